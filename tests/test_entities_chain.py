"""The entity chain (chain.cfg → chain.py → components.py): its order, its settings, and single
components run alone on hand-made Docs. All texts are invented."""

import datetime

import pytest

from assets.entities.chain import (
    Extractors, Found, article_doc, build_pipeline, chain_config, extractors, load_pipeline,
)
from assets.entities.extract import PersonIndex, Span
from assets.entities.types import ArticleText, Entity, Mention

FOUND = extractors()


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def hand_made(nlp, body, spans=(), published=None):
    """A Doc of body that no component has seen, with the given working entity spans."""
    doc = article_doc(nlp, ArticleText("chain-test", body, [(0, len(body))], published))
    doc._.entity_spans = list(spans)
    return doc


def test_pipeline_runs_the_components_in_the_declared_order(nlp):
    declared = list(chain_config()["nlp"]["pipeline"])
    assert nlp.pipe_names == declared
    assert declared.index("ner") < declared.index("gazetteer_ruler") < declared.index("disambiguation")
    assert declared.index("model_spans") < declared.index("disambiguation")
    assert declared.index("resolution") < declared.index("coreference") < declared.index("relations")


def test_a_component_is_added_with_one_pipeline_entry_and_its_section():
    from spacy.language import Language

    @Language.factory("test_chain_mention_count")
    def mention_count(nlp, name):
        def component(doc):
            doc.user_data["mentions before relations"] = len(doc._.mentions)
            return doc
        return component

    config = chain_config().copy()
    pipeline = list(config["nlp"]["pipeline"])
    pipeline.insert(pipeline.index("relations"), "mention_count")
    config["nlp"]["pipeline"] = pipeline
    config["components"]["mention_count"] = {"factory": "test_chain_mention_count"}
    nlp = build_pipeline(config)
    assert nlp.pipe_names == pipeline
    doc = nlp("Talks between Chile and Peru resumed.")
    assert doc.user_data["mentions before relations"] == 2


def test_plain_text_is_one_article_of_one_sentence(nlp):
    doc = nlp("Ministers from Chile met in Lima. Peru agreed.")
    assert [m.text for m in doc._.mentions] == ["Chile", "Lima", "Peru"]
    assert {m.sentence_index for m in doc._.mentions} == {0}
    assert doc._.article.published is None


def test_confidences_and_extractor_names_come_from_the_config():
    table = chain_config()["extractors"]
    assert FOUND.honorific_person == Found(table["honorific_person"]["confidence"],
                                           table["honorific_person"]["extractor"])
    with pytest.raises(ValueError, match="missing.*'ner'"):
        Extractors.from_config({k: v for k, v in table.items() if k != "ner"})


def test_honorific_component_alone_adds_the_person_no_span_touches(nlp):
    body = "Talks stalled until Mr Vantongeren arrived from the coast."
    doc = nlp.get_pipe("honorific_people")(hand_made(nlp, body))
    (span,) = doc._.entity_spans
    assert (body[span.start:span.end], span.label, span.how) == ("Vantongeren", "PERSON", FOUND.honorific_person)


def test_trimming_component_alone_trims_and_drops_junk(nlp):
    body = "The Orvell Foundation's grant went to node operators."
    spans = [Span(0, 24, "ORG", None, FOUND.ner), Span(38, 42, "ORG", None, FOUND.ner)]
    doc = nlp.get_pipe("trimmed_spans")(hand_made(nlp, body, spans))
    assert [body[s.start:s.end] for s in doc._.entity_spans] == ["Orvell Foundation"]


def test_resolution_component_alone_resolves_with_configured_confidences(nlp):
    body = "Dana Whitcombe spoke in Kenya. Whitcombe left."
    spans = [Span(0, 14, "PERSON", None, FOUND.ner), Span(24, 29, "COUNTRY", "country:KEN", FOUND.gazetteer),
             Span(31, 40, "PERSON", None, FOUND.ner)]
    doc = hand_made(nlp, body, spans)
    doc._.people = PersonIndex(["Dana Whitcombe"])
    doc = nlp.get_pipe("resolution")(doc)
    assert [(m.entity_id, m.confidence, m.extractor) for m in doc._.mentions] == [
        ("person:dana-whitcombe", FOUND.ner.confidence, FOUND.ner.extractor),
        ("country:KEN", FOUND.gazetteer.confidence, FOUND.gazetteer.extractor),
        ("person:dana-whitcombe", FOUND.ner_surname.confidence, FOUND.ner_surname.extractor),
    ]


def test_dates_component_alone_leaves_out_years_inside_mentions(nlp):
    body = "The Lakeside Agenda 2030 was adopted last year."
    doc = hand_made(nlp, body, published=datetime.date(2021, 3, 5))
    for model_component in ("gazetteer_ruler", "ner"):  # the model's DATE spans
        doc = nlp.get_pipe(model_component)(doc)
    doc._.mentions = []
    assert {d.text for d in nlp.get_pipe("dates")(doc)._.dates} == {"2030", "last year"}
    start, end = body.index("Lakeside"), body.index(" was")
    policy = Entity("policy:lakeside-agenda-2030", "POLICY", body[start:end])
    doc._.mentions = [Mention(start, end, body[start:end], 0, policy, 0.75, "ner")]
    assert {d.text for d in nlp.get_pipe("dates")(doc)._.dates} == {"last year"}
