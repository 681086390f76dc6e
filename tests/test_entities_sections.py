"""Captions and the author's bio are read with the body: every row says its section, its offsets
point into that section's text and sentence indexes run on after the body's. Invented texts."""

from assets.entities.extract import ArticleText, EntityExtractor
from assets.parsed.model import Caption, ParsedArticle
from assets.parsed.sentences import split_sections, split_sentences

BODY = ("Ghana's finance minister Kofi Mensah met Norwegian trade minister Ingrid Dahl in Accra on Monday. "
        "The two discussed a $300 million credit line for Ghanaian cocoa farmers.")
CAPTIONS = [Caption("Kofi Mensah and Ingrid Dahl shake hands before their meeting in Accra.", "Reuters"),
            Caption("Cocoa pods drying near Kumasi.", "AFP")]
BIO = "Ama Owusu covers West African trade for Reuters."


def article() -> ParsedArticle:
    return ParsedArticle(parser="layout", paragraphs=[BODY], captions=CAPTIONS, author_bio=BIO,
                         pull_quotes=["The two discussed a $300 million credit line"])


def texts_by_section(parsed: ParsedArticle) -> dict[str, str]:
    """Every section's text by name, the body's first: what row offsets point into."""
    return {"body": parsed.body, **dict(parsed.section_texts())}


def test_section_texts_join_captions_and_leave_pull_quotes_out():
    texts = texts_by_section(article())
    assert list(texts) == ["body", "caption", "bio"]
    assert texts["caption"] == CAPTIONS[0].text + "\n\n" + CAPTIONS[1].text
    assert texts["bio"] == BIO
    assert ParsedArticle(parser="layout", paragraphs=[BODY], author_bio="  ").section_texts() == []


def test_rows_carry_their_section_and_offsets_into_it():
    parsed = article()
    [body_spans] = split_sentences([parsed.body])
    [section_spans] = split_sections([parsed.section_texts()])
    text = ArticleText("a1", parsed.body, body_spans, None).with_sections(
        [(section, section_text, spans) for (section, section_text), spans in zip(parsed.section_texts(), section_spans)])
    [extraction] = EntityExtractor().extract([text])
    texts = texts_by_section(parsed)
    rows = [*extraction.mentions, *extraction.amounts, *extraction.dates]
    assert {r.section for r in rows} == {"body", "caption", "bio"}
    for row in rows:
        assert texts[row.section][row.start:row.end] == row.text, row
    caption_sentence = len(body_spans)
    assert {m.sentence_index for m in extraction.mentions if m.section == "caption"} <= {caption_sentence, caption_sentence + 1}
    assert {m.text for m in extraction.mentions if m.section == "bio"} >= {"Ama Owusu", "Reuters"}
    # the caption's meeting is the body's, told again: one event, from the body
    meetings = [e for e in extraction.events if e.event_type == "meet"]
    assert [(e.section, {p.entity_id for p in e.parties}) for e in meetings] == [
        ("body", {"person:kofi-mensah", "person:ingrid-dahl"})]
    for event in extraction.events:
        assert texts[event.section][event.start:event.end]


def test_the_parsed_layer_makes_section_texts_once_for_the_entities_stage_and_the_view():
    """parsed.sections (staged, then loaded) is ParsedArticle.section_texts: the entities compute
    reads it from the stage, the view parsed.section_texts (the GX offset checks') from the table."""
    import duckdb
    import pandas as pd

    from assets.entities.rows import ARTICLE_COLUMNS, SECTION_COLUMNS, SENTENCE_COLUMNS, stage_texts
    from assets.parsed.rows import PARSED_TABLES, parsed_rows
    from warehouse.db import append_rows, create_schema

    parsed = article()
    [body_spans] = split_sentences([parsed.body])
    [section_spans] = split_sections([parsed.section_texts()])
    tables = parsed_rows("a1", "b1", parsed, body_spans, section_spans)
    assert [(row["section"], row["text"]) for row in tables["parsed.sections"]] == parsed.section_texts()
    assert parsed_rows("a2", "b1", parsed, None)["parsed.sections"] == []  # a body that is no article: no sections

    frames = {name: pd.DataFrame(rows) for name, rows in tables.items()}
    [text] = stage_texts(frames["parsed.articles"][ARTICLE_COLUMNS], frames["parsed.sentences"][SENTENCE_COLUMNS],
                         frames["parsed.sections"][SECTION_COLUMNS])
    assert [(section, section_text) for section, section_text, _ in text.sections] == parsed.section_texts()
    assert [spans for _, _, spans in text.sections] == section_spans

    con = duckdb.connect()
    create_schema(con)
    for name in PARSED_TABLES:
        append_rows(con, name, frames[name])
    view = con.execute("SELECT section, text FROM parsed.section_texts ORDER BY list_position(['body', 'caption', 'bio'], section)")
    assert view.fetchall() == [("body", parsed.body), *parsed.section_texts()]
