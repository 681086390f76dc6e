"""Long text cut into pieces a model can take, each with its offset in the whole text.

spaCy refuses a text over its `max_length` (E088) and needs about a gigabyte per million characters,
so every layer that feeds a body to spaCy cuts it here first: at paragraph breaks, then at sentence
ends, then at spaces, and only as a last resort in the middle of a run of characters. Offsets found
in a piece become offsets in the whole text by adding the piece's `start`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Where a cut is least harmful, best first: a paragraph break, a sentence end, any space.
CUT_POINTS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


@dataclass(frozen=True)
class Piece:
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def text_pieces(text: str, max_chars: int) -> list[Piece]:
    """Consecutive pieces of `text`, each at most `max_chars` long, cut at the best boundary
    available; the whitespace at a cut belongs to no piece. Work is linear in the text's length."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    return _cut(text, 0, len(text), max_chars, 0)


def _cut(text: str, start: int, end: int, max_chars: int, level: int) -> list[Piece]:
    if end - start <= max_chars:
        return [Piece(start, text[start:end])] if text[start:end].strip() else []
    if level == len(CUT_POINTS):
        return [Piece(s, text[s:min(s + max_chars, end)]) for s in range(start, end, max_chars)]
    segments, segment_start = [], start
    for match in CUT_POINTS[level].finditer(text, start, end):
        segments.append((segment_start, match.start()))
        segment_start = match.end()
    segments.append((segment_start, end))

    pieces: list[Piece] = []
    open_span: list[int] | None = None  # [start, end] of the piece being filled

    def close() -> None:
        if open_span and text[open_span[0]:open_span[1]].strip():
            pieces.append(Piece(open_span[0], text[open_span[0]:open_span[1]]))

    for segment_start, segment_end in segments:
        if segment_end - segment_start > max_chars:  # too long alone: cut it at the next kind of boundary
            close()
            open_span = None
            pieces.extend(_cut(text, segment_start, segment_end, max_chars, level + 1))
        elif open_span and segment_end - open_span[0] <= max_chars:
            open_span[1] = segment_end
        else:
            close()
            open_span = [segment_start, segment_end]
    close()
    return pieces
