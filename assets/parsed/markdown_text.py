"""Markdown as the text it shows.

Scrapers and reader services hand articles over as Markdown ("# Headline", "[Velkor](https://...)",
"**LONDON** –"). Read as plain text, its markup becomes words of the article: a link's address
stands where the company's name was meant to. markdown-it-py (CommonMark, with tables) parses it;
each paragraph, heading, list item, quote and table row becomes one block of its shown text (a
link by its text, emphasis without its marks), blocks separated by a blank line, for the layout
parser to read as it reads any copied page. Images, raw HTML and code blocks show no words of the
article and are left out.
"""

from __future__ import annotations

import re

# Markup no copied page shows as text: an inline link or image to an address, an ATX heading, strong
# emphasis. One link is enough; a heading or emphasis alone may be a press release's "# # #" or a
# line of asterisks, so those need each other.
MARKDOWN_LINK = re.compile(r"!?\[[^\]\n]+\]\((?:https?://|mailto:|\.{0,2}/|#)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+[^\W_]", re.MULTILINE)
MARKDOWN_STRONG = re.compile(r"(\*\*|__)(?=\S)[^\n]+?(?<=\S)\1")
TABLE_CELL_SEPARATOR = " | "


def looks_like_markdown(text: str) -> bool:
    return bool(MARKDOWN_LINK.search(text)) or bool(MARKDOWN_HEADING.search(text) and MARKDOWN_STRONG.search(text))


def read_markdown(text: str) -> str:
    """The text Markdown shows (markdown_to_text) when `text` looks like Markdown, else `text` itself."""
    return markdown_to_text(text) if looks_like_markdown(text) else text


def markdown_to_text(text: str) -> str:
    """The blocks Markdown `text` shows, one per paragraph, heading, list item, quote or table row."""
    from markdown_it import MarkdownIt

    blocks: list[str] = []
    row: list[str] | None = None
    for token in MarkdownIt("commonmark").enable("table").parse(text):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                blocks.append(TABLE_CELL_SEPARATOR.join(row))
            row = None
        elif token.type == "inline":
            shown = shown_text(token.children or [])
            if row is not None:
                row.append(shown)
            elif shown:
                blocks.append(shown)
    return "\n\n".join(blocks)


def shown_text(children) -> str:
    """An inline token's text as shown: text and code spans, a soft line break as a space, a hard
    one as a newline; link and emphasis marks, images and inline HTML leave nothing."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()
