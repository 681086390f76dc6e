"""The extractor end to end on invented articles: spaCy pipeline, gazetteer ruler, resolution."""

import dataclasses
import datetime
import re
import time

import pytest

from assets.entities.extract import (
    DATE_RESOLUTIONS,
    ENTITY_TYPES,
    RELATION_TYPES,
    ArticleText,
    EntityExtractor,
    load_pipeline,
)

PUBLISHED = datetime.date(2019, 4, 26)

BODY = (
    "Uzbek President Shavkat Mirziyoyev met with Xi Jinping in Beijing this week. "
    "Xi said the Belt and Road Initiative would bring about $10 billion to central Asia. "
    "The Export-Import Bank of China and the Asian Infrastructure Investment Bank will fund the railway. "
    "Sichuan province is paired with Uzbekistan and Tajikistan for textile projects. "
    "The loans were signed in March, according to the Ministry of Commerce. "
    "Kazakh exporters and the U.S. Treasury were not consulted."
)


def sentence_spans(body):
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body)]


@pytest.fixture(scope="module")
def extraction():
    article = ArticleText("a1", BODY, sentence_spans(BODY), PUBLISHED)
    (result,) = EntityExtractor().extract([article])
    return result


def by_text(extraction):
    return {m.text: m for m in extraction.mentions}


def test_pipeline_is_ner_then_ruler_and_no_other_model_component():
    nlp = load_pipeline()
    assert nlp.pipe_names.index("ner") + 1 == nlp.pipe_names.index("gazetteer_ruler")
    assert not {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)


def test_offsets_and_sentences(extraction):
    spans = sentence_spans(BODY)
    for row in (*extraction.mentions, *extraction.amounts, *extraction.dates):
        assert BODY[row.start:row.end] == row.text
        start, end = spans[row.sentence_index]
        assert start <= row.start < end
    for mention in extraction.mentions:
        assert mention.entity_type in ENTITY_TYPES
    for date in extraction.dates:
        assert date.resolution in DATE_RESOLUTIONS
    for relation in extraction.relations:
        assert relation.predicate in RELATION_TYPES


def test_gazetteer_entities(extraction):
    mentions = by_text(extraction)
    assert mentions["Export-Import Bank of China"].entity_id == "org:export-import-bank-of-china"
    assert mentions["Export-Import Bank of China"].entity_type == "ORG"
    assert mentions["Asian Infrastructure Investment Bank"].entity.kind == "development_bank"
    assert mentions["central Asia"].entity_id == "region:central-asia"
    assert mentions["Belt and Road Initiative"].entity_type == "POLICY"
    assert mentions["U.S. Treasury"].entity_id == "org:us-treasury"
    assert mentions["Beijing"].entity.country_code == "CHN"


def test_demonyms_become_countries(extraction):
    mentions = by_text(extraction)
    assert mentions["Uzbek"].entity_id == "country:UZB"
    assert mentions["Kazakh"].entity_id == "country:KAZ"
    assert mentions["Kazakh"].entity_type == "COUNTRY"


def test_subdivision_with_type_word(extraction):
    sichuan = by_text(extraction)["Sichuan province"]
    assert (sichuan.entity_id, sichuan.entity.iso_code, sichuan.entity.country_code) == (
        "subdivision:CN-SC", "CN-SC", "CHN")


def test_surname_links_to_full_name(extraction):
    xi = [m for m in extraction.mentions if m.text == "Xi"]
    assert xi and all(m.entity_id == "person:xi-jinping" for m in xi)


def test_leading_article_trimmed(extraction):
    texts = [m.text for m in extraction.mentions]
    assert "Ministry of Commerce" in texts
    assert not any(t.lower().startswith("the ") for t in texts)


def test_money_and_dates_are_not_mentions(extraction):
    assert not any(m.text in ("$10 billion", "March", "this week") for m in extraction.mentions)
    (amount,) = extraction.amounts
    assert (amount.text, amount.currency, amount.amount_min, amount.qualifier) == (
        "$10 billion", "USD", 1e10, "about")
    assert {(d.text, d.value) for d in extraction.dates} >= {("this week", "2019-W17"), ("March", "2019-03")}


def test_relations(extraction):
    triples = {(r.subject_id, r.predicate, r.object_id) for r in extraction.relations}
    assert ("person:shavkat-mirziyoyev", "met_with", "person:xi-jinping") in triples
    assert ("person:shavkat-mirziyoyev", "works_for", "country:UZB") in triples
    assert ("subdivision:CN-SC", "paired_with", "country:TJK") in triples
    co = [r for r in extraction.relations if r.predicate == "co_occurs_with"]
    assert all(r.subject_id < r.object_id and r.confidence == 0.3 for r in co)


def test_possessive_is_outside_the_span():
    body = "China’s exports and Russia's imports grew."
    (result,) = EntityExtractor().extract([ArticleText("p", body, [(0, len(body))], None)])
    assert [(m.text, m.entity_id) for m in result.mentions] == [
        ("China", "country:CHN"), ("Russia", "country:RUS")]


def test_mention_outside_sentences_attaches_to_preceding_sentence():
    body = "Trade grew. \n\nKyrgyzstan agreed."
    (result,) = EntityExtractor().extract([ArticleText("s", body, [(0, 11)], None)])
    assert [(m.text, m.sentence_index) for m in result.mentions] == [("Kyrgyzstan", 0)]


def test_one_extraction_per_article_in_order():
    bodies = ["Mongolia signed.", "Nothing here.", "Laos and Thailand agreed."]
    articles = [ArticleText(str(i), b, [(0, len(b))], None) for i, b in enumerate(bodies)]
    results = list(EntityExtractor().extract(iter(articles)))
    assert [[m.entity_id for m in r.mentions] for r in results] == [
        ["country:MNG"], [], ["country:LAO", "country:THA"]]


def test_ids_are_stable_across_articles():
    bodies = ["The IMF warned Pakistan.", "Pakistan thanked the International Monetary Fund."]
    articles = [ArticleText(str(i), b, [(0, len(b))], None) for i, b in enumerate(bodies)]
    ids = [{m.entity_id for m in r.mentions} for r in EntityExtractor().extract(articles)]
    assert ids[0] == ids[1] == {"org:international-monetary-fund", "country:PAK"}


def test_dataclasses_match_table_columns():
    import duckdb

    from warehouse.db import migrate

    con = duckdb.connect()
    migrate(con)  # the tables as every migration leaves them

    def columns(table):
        return {name for (name,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'entities' AND table_name = ?", [table]).fetchall()}

    from assets.entities.types import Amount, DateMention, Entity, Mention, Relation

    caller = {"article_id", "batch_id", "mention_index", "amount_index", "date_index", "relation_index", "extractor_version"}
    renamed = {"start": "start_char", "end": "end_char"}

    def fields(cls):
        return {renamed.get(f.name, f.name) for f in dataclasses.fields(cls)}

    assert columns("entities") - caller == fields(Entity)
    assert columns("amounts") - caller == fields(Amount)
    assert columns("dates") - caller == fields(DateMention)
    assert columns("relations") - caller == fields(Relation)
    # a person's title, affiliation and past role reach the warehouse as relations, not mention columns
    titles = {"title", "title_start", "title_end", "affiliation", "former"}
    assert columns("mentions") - caller == (fields(Mention) - {"entity"} - titles) | {"entity_type", "entity_id"}


def test_organisation_named_after_a_country_is_one_org():
    body = "Loans came from Mongolia Mining Investment Corporation last spring."
    (result,) = EntityExtractor().extract([ArticleText("o", body, [(0, len(body))], None)])
    assert [(m.text, m.entity_type) for m in result.mentions] == [
        ("Mongolia Mining Investment Corporation", "ORG")]


def test_misspelt_country_resolves_fuzzily():
    body = "Exports from Turkmenistsan rose while Kyrgyzstan stalled."
    (result,) = EntityExtractor().extract([ArticleText("f", body, [(0, len(body))], None)])
    resolved = {m.text: (m.entity_id, m.extractor) for m in result.mentions}
    assert resolved.get("Turkmenistsan", ("country:TKM", "ner+fuzzy"))[0] == "country:TKM"
    assert resolved["Kyrgyzstan"] == ("country:KGZ", "gazetteer")


def extract_one(body):
    (result,) = EntityExtractor().extract([ArticleText("t", body, [(0, len(body))], None)])
    return result


def person(result, text):
    return next(m for m in result.mentions if m.text == text and m.entity_type == "PERSON")


def test_title_and_owner_before_a_comma_name():
    result = extract_one("Mongolia’s ambassador to Japan, Batbold Ganzorig, opened the fair.")
    envoy = person(result, "Batbold Ganzorig")
    assert (envoy.title, envoy.affiliation.entity_id) == ("ambassador to Japan", "country:MNG")
    assert result.mentions and envoy.title_start == result.mentions[0].end + len("’s ")


def test_demonym_owner_and_capitalised_title():
    result = extract_one("Turkish Finance Minister Mehmet Yilmazer arrived on Tuesday.")
    minister = person(result, "Mehmet Yilmazer")
    assert (minister.title, minister.affiliation.entity_id) == ("Finance Minister", "country:TUR")


def test_title_in_apposition_after_the_name():
    result = extract_one("Olga Petrenko, the Ukrainian trade minister, said exports would rise.")
    minister = person(result, "Olga Petrenko")
    assert (minister.title, minister.affiliation.entity_id) == ("trade minister", "country:UKR")


def test_owner_after_of_inside_the_title():
    result = extract_one("The plan was drafted by Hamid Farouk, head of the World Food Programme.")
    head = person(result, "Hamid Farouk")
    assert (head.title, head.affiliation.entity_id) == ("head of the World Food Programme",
                                                         "org:world-food-programme")


def test_ranks_and_honorifics_mark_names():
    result = extract_one("Lt. Gen. Marta Quill briefed Mr Okonjo before noon.")
    general = person(result, "Marta Quill")
    assert (general.title, general.affiliation) == ("Lt. Gen.", None)
    assert person(result, "Okonjo").title is None  # an honorific is not an office


def test_title_turns_a_mistyped_name_into_a_person_not_a_fuzzy_country():
    result = extract_one("President Hollande spoke first.")
    leader = person(result, "Hollande")
    assert (leader.entity_id, leader.title) == ("person:hollande", "President")


def test_a_crown_prince_is_the_same_person_as_the_name_alone():
    """ "Crown Prince" is a title, so a caption's bare name and the body's titled one are one person
    (and a caption's meeting retelling the body's merges into it)."""
    result = extract_one("Crown Prince Mohammed bin Salman met Fumio Kishida. Mohammed bin Salman left on Friday.")
    people = {m.text: m.entity_id for m in result.mentions if m.entity_type == "PERSON"}
    assert people["Mohammed bin Salman"] == "person:mohammed-bin-salman"
    assert "Crown Prince Mohammed bin Salman" not in people
    assert person(result, "Mohammed bin Salman").title == "Crown Prince"


def test_named_event_and_armed_group():
    result = extract_one("Hezbollah fighters were blamed, weeks before Expo 2017 opened.")
    found = {m.text: (m.entity_id, m.entity.kind) for m in result.mentions}
    assert found["Hezbollah"] == ("org:hezbollah", "armed_group")
    assert found["Expo 2017"] == ("event:expo-2017", None)
    assert not any("2017" in d.text for d in result.dates)  # a year inside a name is no date


def test_capitalised_preposition_is_outside_the_place():
    result = extract_one("Near Kandahar, the convoy stopped.")
    assert [(m.text, m.entity_type) for m in result.mentions if m.entity_type != "PERSON"][:1] == [
        ("Kandahar", "PLACE")]


def test_former_states_are_countries_under_their_own_codes():
    """1990s wire copy names states that no longer exist: countries of their own (pycountry's
    historic codes), not places only the model knows, and their demonyms stand for them."""
    result = extract_one("Yugoslavia and Zaire signed a deal. The Soviet Union had backed it. "
                         "Yugoslav officials met Czechoslovakia's envoy.")
    countries = {m.text: m.entity.entity_id for m in result.mentions if m.entity_type == "COUNTRY"}
    assert countries == {"Yugoslavia": "country:YUG", "Zaire": "country:ZAR", "Soviet Union": "country:SUN",
                         "Yugoslav": "country:YUG", "Czechoslovakia": "country:CSK"}


def test_a_company_name_whose_second_word_the_model_reads_as_a_person_is_one_organisation():
    result = extract_one("Lockheed Martin was awarded a $2 billion contract by the U.S. Navy.")
    assert [(m.text, m.entity_type) for m in result.mentions if m.text.startswith("Lockheed")] == [
        ("Lockheed Martin", "ORG")]
    # an office's portfolio before its holder's surname stays apart
    result = extract_one("Secretary of State Kerry met the Russian foreign minister in Geneva.")
    assert ("Kerry", "PERSON") in [(m.text, m.entity_type) for m in result.mentions]
