"""Markdown input (a scraper's or reader service's output) is read as the text it shows."""

import json

import pytest

from assets.parsed.dispatch import parse_document
from assets.parsed.markdown_text import looks_like_markdown, markdown_to_text

ARTICLE = """# Brenmark Group buys Talvik Shipping for $1.2bn

![The Talvik Star in Bergen](https://img.example.com/talvik.jpg)

**OSLO** - [Brenmark Group](https://example.com/brenmark) said on Tuesday it had agreed to buy
*Talvik Shipping* for $1.2 billion in cash, its largest deal.

> "This deal doubles our fleet," Brenmark chief executive Ola Dahl said.

- The deal must be approved by regulators.
- It is expected to close in the third quarter.

| Fleet | Ships |
|---|---|
| Brenmark | 40 |

<div class="promo">Subscribe</div>

```
tracking();
```
"""


def test_a_markdown_file_is_read_as_the_text_it_shows():
    article = parse_document(ARTICLE, "text/plain")
    assert article.headline == "Brenmark Group buys Talvik Shipping for $1.2bn"
    assert article.dateline == "OSLO"
    # the link by its text (not its address), emphasis without its marks; no image, HTML or code
    assert article.paragraphs == [
        "Brenmark Group said on Tuesday it had agreed to buy Talvik Shipping for $1.2 billion in cash, its largest deal.",
        '"This deal doubles our fleet," Brenmark chief executive Ola Dahl said.',
        "The deal must be approved by regulators.",
        "It is expected to close in the third quarter.",
    ]  # the table's rows, short lines after the story, are a stray tail to the layout parser
    assert markdown_to_text(ARTICLE).endswith("Fleet | Ships\n\nBrenmark | 40")


@pytest.mark.parametrize("text, is_markdown", [
    ("Velkor, says [its filing](https://example.com/f), will sell.", True),  # one link is enough
    ("# Velkor sells\n\n**LONDON** - Velkor sold its unit.", True),  # a heading with emphasis
    ("PRESS RELEASE\n\nVelkor sold its unit.\n\n# # #", False),  # a press release's end mark
    ("Velkor sold its unit (see page 4) [updated].", False),  # brackets of prose
    ("# 1 hit: Velkor's single tops the chart", False),  # a heading-like line with no emphasis
])
def test_markdown_is_told_by_its_links_or_by_headings_with_emphasis(text, is_markdown):
    assert looks_like_markdown(text) is is_markdown


def test_a_hard_line_break_keeps_its_line_and_a_soft_one_joins():
    assert markdown_to_text("By Ivo Marek  \nReuters\n\nHalvard Bank lent\n$300 million.") == (
        "By Ivo Marek\nReuters\n\nHalvard Bank lent $300 million.")


def test_a_json_records_markdown_text_is_read_the_same_way():
    record = {"metadata": {"title": "x"}, "markdown": "Read [Velkor's filing](https://example.com/f) on **Monday**.",
              "title": "Velkor files"}
    article = parse_document(json.dumps(record), "application/json")
    assert article.paragraphs == ["Read Velkor's filing on Monday."]


def test_md_files_are_accepted_as_text():
    from assets.raw.intake import read_document

    [document] = read_document("story.md", ARTICLE.encode(), 1_000_000)
    assert (type(document).__name__, document.content_type) == ("Accepted", "text/plain")
