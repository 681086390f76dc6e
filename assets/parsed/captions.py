"""Photo captions and their credits: "... Photo: Reuters", "... (AFP)", "... Credit: Jane Doe/EPA"."""

from __future__ import annotations

import re

from assets.parsed.bylines import AGENCIES
from assets.parsed.model import Caption

# Credit-only words that show up in parentheses after a caption.
PHOTO_CREDIT_WORDS = {
    "handout", "file", "file photo", "supplied", "shutterstock", "alamy", "sipa", "zuma",
    "nurphoto", "imaginechina", "pa images", "ap photo", "afp photo", "reuters photo",
    "getty", "getty images", "scmp pictures", "courtesy", "screengrab", "screenshot",
}

_CREDIT_LABEL = r"(?:Photo(?:graph)?s?|Pictures?|Image|Illustration|Graphic|(?:Photo )?Credit)"
# "Photo: X" anywhere at the end; "(Image by X)" only in brackets, where "by" cannot be prose.
LABELLED_CREDIT = re.compile(
    rf"\s*(?:[(\[]\s*{_CREDIT_LABEL}(?:\s*:|\s+by)|\b{_CREDIT_LABEL}\s*:)"
    r"\s*(?P<credit>[^()\[\]:]{2,80}?)[)\]]?\s*$",
    re.IGNORECASE,
)
# A caption describes a photo in a sentence, so ends in a full stop (inside quotes or not); a
# headline does not, whether it ends in a word, a question mark or a quote.
SENTENCE_END = re.compile(r"\.[\"'”’)\]]*$")
BRACKETED_CREDIT = re.compile(r"\s*[(\[](?P<credit>[^()\[\]]{2,60})[)\]]\s*$")


def _is_credit_name(text: str) -> bool:
    """A bracketed tail is a credit when it names an agency or photo service, or has the
    "Photographer/Agency" shape."""
    lowered = text.lower().strip()
    if lowered in AGENCIES or lowered in PHOTO_CREDIT_WORDS:
        return True
    if "/" in text:
        return all(part.strip()[:1].isupper() for part in text.split("/") if part.strip())
    first = re.split(r"[\s/,-]", lowered)[0]
    return first in AGENCIES or first in PHOTO_CREDIT_WORDS


def _is_credit_shaped(credit: str) -> bool:
    """Credits are short capitalised names, not the rest of a sentence ("its image: the firm ...")."""
    credit = credit.strip()
    return bool(credit) and credit[0].isupper() and len(credit.split()) <= 6


def split_credit(text: str) -> tuple[str, str | None]:
    """(caption text, credit) — the credit is None when the text carries none."""
    match = LABELLED_CREDIT.search(text)
    if match is not None and not _is_credit_shaped(match.group("credit")):
        match = None
    if match is None:
        match = BRACKETED_CREDIT.search(text)
        if match is None or not _is_credit_name(match.group("credit")):
            return text, None
    credit = match.group("credit").strip(" .")
    return text[: match.start()].rstrip(" ,;—–-"), credit or None


def caption_from_line(line: str) -> Caption | None:
    """A caption when the line ends in a credit and has words before it. A bare agency in
    brackets after words that end no sentence is a wire headline's source tag ("Storm Closes
    Schools Across Region (AP)", "Will the ferries run? (AP)"), not a photo credit."""
    text, credit = split_credit(line)
    if credit is None or len(text.split()) < 3:
        return None
    if credit.lower() in AGENCIES and line.rstrip().endswith((")", "]")) and not SENTENCE_END.search(text):
        return None
    return Caption(text=text, credit=credit)


def credit_only(line: str) -> str | None:
    """The credit of a line that holds nothing but a credit ("Photo: AFP", "(Reuters)")."""
    text, credit = split_credit(line)
    return credit if not text else None
