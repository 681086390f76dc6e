"""Long text cut into pieces under a size limit, at the best boundary, offsets kept."""

import pytest

from assets.text_pieces import text_pieces

TEXT = (
    "The port authority met on Monday. It approved the dredging plan!\n\n"
    "A second paragraph follows, with a longer sentence about the new container cranes. "
    + "Zx" * 40 + " ends it.\n\n\n"
)


@pytest.mark.parametrize("limit", [5, 12, 30, 60, 90, 1000])
def test_pieces_fit_the_limit_and_point_back_into_the_text(limit):
    pieces = text_pieces(TEXT, limit)
    assert pieces
    assert all(0 < len(piece.text) <= limit for piece in pieces)
    assert all(TEXT[piece.start:piece.end] == piece.text for piece in pieces)
    assert [p.start for p in pieces] == sorted(p.start for p in pieces)
    # Nothing but whitespace is left out.
    covered = "".join(piece.text for piece in pieces)
    assert "".join(covered.split()) == "".join(TEXT.split())


def test_cuts_prefer_paragraphs_then_sentences_then_spaces():
    assert [p.text for p in text_pieces(TEXT, 90)][0] == "The port authority met on Monday. It approved the dredging plan!"
    assert [p.text for p in text_pieces(TEXT, 40)][:2] == ["The port authority met on Monday.", "It approved the dredging plan!"]
    assert text_pieces("one two three four", 9)[0].text == "one two"


def test_a_short_text_is_one_piece_and_blank_text_none():
    assert [(p.start, p.text) for p in text_pieces("A brief note.", 100)] == [(0, "A brief note.")]
    assert text_pieces(" \n\n ", 100) == []
    with pytest.raises(ValueError):
        text_pieces("text", 0)
