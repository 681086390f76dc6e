"""A text written in capitals, as old wire feeds are, is read in restored case: its names and
events are found as in mixed case, every row keeps the text as written at its own offsets, and a
mixed-case story's capitals (a slug, a headline) are left as they are. Invented texts."""

from assets.entities.casing import in_capitals, recased, restored_case
from assets.entities.extract import ArticleText, EntityExtractor
from assets.parsed.sentences import split_sentences

WIRE_IN_CAPITALS = (  # the body, its dateline kept apart by the parsed layer
    "THE WORLD BANK HAS AGREED TO LEND KENYA $500 MILLION TO UPGRADE RURAL "
    "ROADS, THE FINANCE MINISTRY SAID ON TUESDAY.\n\n"
    "PRESIDENT WILLIAM RUTO MET CHINESE FOREIGN MINISTER WANG YI IN NAIROBI ON MONDAY TO DISCUSS TRADE.")


def extraction_of(body: str):
    [spans] = split_sentences([body])
    [extraction] = EntityExtractor().extract([ArticleText("caps", body, spans, None)])
    return extraction


def test_a_sentence_is_in_capitals_when_nearly_all_its_words_are():
    assert in_capitals("THE WORLD BANK HAS AGREED TO LEND KENYA $500 MILLION.")
    assert not in_capitals("The IMF and the ECB met in Frankfurt.")
    assert not in_capitals("IMF, ECB.")  # too few words to tell prose from a list of acronyms
    assert not in_capitals("NEW YORK")


def test_recasing_changes_only_the_case_of_letters():
    sentence = "KENYA’S PRESIDENT SAID THE U.S. WOULD LEND $500 MLN TO THE WORLD BANK'S FUND."
    restored = recased(sentence)
    assert len(restored) == len(sentence) and restored.lower() == sentence.lower()
    assert restored.startswith("Kenya’s president said the U.S. would lend $500 mln to the World Bank's")
    # a name the gazetteer writes in capitals stays so where the model would read a word ("us")
    assert recased("US TRADE GAP HITS RECORD AS EU AND IMF WARN.") == "US trade gap hits record as EU and IMF warn."
    assert recased("THE MINISTER, WHO ARRIVED ON MONDAY, MET THEM.") == "The minister, who arrived on Monday, met them."
    # the story's first word opens a sentence after its dateline too
    assert recased("NAIROBI, MARCH 4 (REUTERS) - THE WORLD BANK HAS AGREED TO LEND KENYA $500 MILLION.").startswith(
        "Nairobi, March 4 (Reuters) - The World Bank has agreed to lend Kenya")


def test_a_story_in_mixed_case_keeps_its_capitals():
    body = ("CRICKET - ENGLAND V PAKISTAN SCOREBOARD\n"
            "England beat Pakistan by nine wickets at Lord's on Sunday, the team's coach said after the match.")
    [spans] = split_sentences([body])
    assert restored_case(body, spans) is body
    [spans] = split_sentences([WIRE_IN_CAPITALS])
    assert restored_case(WIRE_IN_CAPITALS, spans) != WIRE_IN_CAPITALS


def test_a_wire_story_in_capitals_gives_its_names_and_events_with_the_text_as_written():
    extraction = extraction_of(WIRE_IN_CAPITALS)
    found = {(m.text, m.entity_id) for m in extraction.mentions}
    assert {("WORLD BANK", "org:world-bank"), ("KENYA", "country:KEN"), ("WILLIAM RUTO", "person:william-ruto"),
            ("WANG YI", "person:wang-yi")} <= found
    for row in [*extraction.mentions, *extraction.amounts, *extraction.dates]:
        assert WIRE_IN_CAPITALS[row.start:row.end] == row.text, row
    events = {(e.event_type, tuple(sorted(p.entity_id for p in e.parties))) for e in extraction.events}
    assert events == {("lend", ("country:KEN", "org:world-bank")),
                      ("meet", ("person:wang-yi", "person:william-ruto"))}
    [lend] = [e for e in extraction.events if e.event_type == "lend"]
    assert lend.amount.text == "$500 MILLION" and lend.amount.amount_max == 500e6
    assert {p.mention.text for p in lend.parties} == {"WORLD BANK", "KENYA"}
