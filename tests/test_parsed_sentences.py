"""Sentence spans from spaCy's senter, never crossing a paragraph."""

from assets.parsed.model import ParsedArticle
from assets.parsed.sentences import sentence_model, sentence_rows, split_sentences


def _article() -> ParsedArticle:
    return ParsedArticle(
        parser="layout",
        paragraphs=[
            "Mr. Abenov met officials from the U.S. Treasury on Monday. They discussed sanctions.",
            "Exports fell 4% in May",  # no closing punctuation: must not run into the next paragraph
            "“We expect a rebound,” the minister said. Analysts were less sure.",
        ],
    )


def test_spans_cover_exact_trimmed_sentence_text():
    body = _article().body
    (spans,) = split_sentences([body])
    texts = [body[start:end] for start, end in spans]
    assert texts == [
        "Mr. Abenov met officials from the U.S. Treasury on Monday.",
        "They discussed sanctions.",
        "Exports fell 4% in May",
        "“We expect a rebound,” the minister said.",
        "Analysts were less sure.",
    ]
    assert all(text and text == text.strip() for text in texts)


def test_sentences_never_cross_a_paragraph_boundary():
    article = _article()
    (spans,) = split_sentences([article.body])
    for start, end in spans:
        assert "\n\n" not in article.body[start:end]
        assert any(p_start <= start and end <= p_end for p_start, p_end in article.paragraph_spans())


def test_several_bodies_in_batches_and_empty_bodies():
    bodies = [_article().body, "", "One short body. With two sentences."]
    spans = split_sentences(bodies, batch_size=2)
    assert len(spans) == 3
    assert spans[1] == []
    assert [bodies[2][s:e] for s, e in spans[2]] == ["One short body.", "With two sentences."]


def test_model_is_loaded_once_with_only_the_senter():
    nlp = sentence_model()
    assert sentence_model() is nlp
    assert nlp.pipe_names == ["senter"]


def test_sentence_rows_give_each_sentence_its_paragraph():
    article = _article()
    (spans,) = split_sentences([article.body])
    rows = sentence_rows(article.body, spans, article.paragraph_spans())
    assert [row.paragraph_index for row in rows] == [0, 0, 1, 2, 2]
    assert rows[3].text == "“We expect a rebound,” the minister said."
    assert [row.index for row in rows] == list(range(5))


def test_a_paragraph_longer_than_a_spacy_piece_is_split_in_pieces(monkeypatch):
    import assets.parsed.sentences as sentences

    monkeypatch.setattr(sentences, "SPACY_PIECE_CHARS", 200)
    sentence = "The ferry to the island leaves at noon on weekdays."
    body = " ".join([sentence] * 30)  # one 1,500-character paragraph
    (spans,) = split_sentences([body])
    assert [body[start:end] for start, end in spans] == [sentence] * 30


def test_a_form_of_address_with_its_full_stop_ends_no_sentence():
    body = ("Minister Solheim will hold talks with the Minister for Finance, Hon. Dr. Juma Mwakilema, on Friday. "
            "The memorandum was signed by Managing Director Eng. Baraka Otieno.")
    (spans,) = split_sentences([body])
    assert len(spans) == 2


def test_no_sentence_opens_on_a_word_in_lower_case():
    body = ("Hungarian manufacturer Morava Rail Systems Kft. and the national railway company Tengri Zholy signed a "
            "contract on Monday. eBay shares rose.")
    (spans,) = split_sentences([body])
    assert [body[start:end] for start, end in spans] == [
        "Hungarian manufacturer Morava Rail Systems Kft. and the national railway company Tengri Zholy signed a "
        "contract on Monday.", "eBay shares rose."]


def test_a_lower_case_word_opening_a_paragraph_is_no_part_of_the_one_before():
    # guard: only within a paragraph is a sentence joined to the one before it
    body = "Exports fell in May.\n\nmore details follow. They came late."
    (spans,) = split_sentences([body])
    assert [body[start:end] for start, end in spans][0] == "Exports fell in May."
