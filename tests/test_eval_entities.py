"""The re3d and CoNLL-2003 scoring of pipelines.eval_entities on hand-made examples, and a slow run on
real data."""

import json
from types import SimpleNamespace

import pytest

from assets.entities.types import Entity, Extraction, Mention, Relation
from pipelines.eval_entities import (CONLL2003, RE3D, Document, Labelled, conll_labels, load_conll,
                                     load_re3d, main, our_labels, overlaps, prf, relation_precision, score)


def test_prf_by_hand():
    assert prf(1, 2, 1, 4) == {"precision": 0.5, "recall": 0.25, "f1": pytest.approx(1 / 3),
                               "predicted": 2, "gold": 4}
    assert prf(0, 0, 0, 3)["f1"] == 0.0


def test_overlap_needs_a_shared_character():
    assert overlaps(Labelled(0, 5, "Person"), Labelled(4, 9, "Person"))
    assert not overlaps(Labelled(0, 5, "Person"), Labelled(5, 9, "Person"))


def test_exact_and_overlap_by_hand():
    # "Foreign Minister Ana Ruiz met Lisbon officials": gold Person 0-25, Location 30-36,
    # Organisation 30-46 (a type we never predict); predicted Person 17-25, Location 30-36,
    # Organisation 0-7 (wrong).
    gold = [Labelled(0, 25, "Person"), Labelled(30, 36, "Location"), Labelled(30, 46, "Organisation")]
    predicted = [Labelled(17, 25, "Person"), Labelled(30, 36, "Location"), Labelled(0, 7, "Organisation")]
    result = score([(gold, predicted)])
    exact, overlap = result["exact"], result["overlap"]
    # exact: only Location matches -> P 1/3, R 1/3
    assert exact["micro"]["precision"] == pytest.approx(1 / 3)
    assert exact["micro"]["recall"] == pytest.approx(1 / 3)
    assert exact["Person"]["f1"] == 0.0
    # overlap: Person and Location match, the Organisation prediction overlaps no Organisation
    assert overlap["micro"]["precision"] == pytest.approx(2 / 3)
    assert overlap["micro"]["recall"] == pytest.approx(2 / 3)
    assert overlap["Person"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "predicted": 1, "gold": 1}
    assert overlap["Organisation"]["predicted"] == 1 and overlap["Organisation"]["recall"] == 0.0


def test_one_long_prediction_covering_two_gold_spans():
    gold = [Labelled(0, 4, "Location"), Labelled(6, 10, "Location")]
    result = score([(gold, [Labelled(0, 10, "Location")])])["overlap"]["Location"]
    assert (result["precision"], result["recall"]) == (1.0, 1.0)
    assert score([(gold, [Labelled(0, 10, "Location")])])["exact"]["Location"]["f1"] == 0.0


def test_scores_add_up_over_documents_and_ignore_duplicates():
    first = ([Labelled(0, 3, "Money")], [Labelled(0, 3, "Money"), Labelled(0, 3, "Money")])
    second = ([Labelled(0, 3, "Money")], [])
    money = score([first, second])["exact"]["Money"]
    assert (money["precision"], money["recall"], money["gold"]) == (1.0, 0.5, 2)


@pytest.mark.slow
def test_eval_runs_on_a_subset(tmp_path, monkeypatch, capsys):
    if not RE3D.is_dir():
        pytest.skip("../shared/eval/re3d is absent")
    monkeypatch.setenv("WIREHOUSE_HOME", str(tmp_path))
    assert len(load_re3d()) > 10
    assert main(["--limit", "10"]) == 0
    assert "micro" in capsys.readouterr().out
    assert (tmp_path / "eval" / "entities.json").is_file()
    if CONLL2003.is_dir():
        result = json.loads((tmp_path / "eval" / "conll2003.json").read_text())
        assert result["valid"]["documents"] == 10 and result["valid"]["ours"]["micro"]["gold"] > 0


def test_skips_cleanly_without_the_data(tmp_path, monkeypatch, capsys):
    import pipelines.eval_entities as eval_entities

    monkeypatch.setattr(eval_entities, "RE3D", tmp_path / "absent")
    monkeypatch.setattr(eval_entities, "CONLL2003", tmp_path / "absent")
    assert eval_entities.main([]) == 0
    assert capsys.readouterr().out.count("skipped") == 2


NO_DEMONYMS = SimpleNamespace(is_demonym=lambda text: False)


def test_our_spans_take_re3d_leading_article_for_names_only():
    body = "The Harbour Authority said the Netherlands and the Portuguese staff agreed."
    def mention(text, entity_type):
        start = body.index(text)
        return Mention(start, start + len(text), text, 0, Entity(f"x:{text}", entity_type, text), 0.9, "ner")
    extraction = Extraction(
        mentions=[mention("Harbour Authority", "ORG"), mention("Netherlands", "COUNTRY"),
                  mention("Portuguese", "NORP")],
        amounts=[], dates=[], relations=[])
    labels = our_labels(body, extraction, NO_DEMONYMS)
    assert [body[label.start:label.end] for label in labels] == [
        "The Harbour Authority", "the Netherlands", "Portuguese"]  # the adjective keeps its own span
    plain = our_labels(body, extraction, NO_DEMONYMS, determiners=False)
    assert [body[label.start:label.end] for label in plain] == ["Harbour Authority", "Netherlands", "Portuguese"]


def test_a_country_is_scored_by_its_role():
    body = "Canada condemns it. Refugees fled into Chad. Kenyans and Chilean officials wait. A Chilean poet."
    country = Entity("country:X", "COUNTRY", "X")
    # (phrase locating the mention, role); the mention is the phrase's first word
    roles = [("Canada", "actor"), ("Chad", "place"), ("Kenyans", "people"), ("Chilean officials", "people"),
             ("Chilean poet", None)]
    mentions = []
    for phrase, role in roles:
        start, word = body.index(phrase), phrase.split()[0]
        mentions.append(Mention(start, start + len(word), word, 0, country, 0.9, "test", role=role))
    gazetteer = SimpleNamespace(is_demonym=lambda text: text == "Chilean")
    labels = our_labels(body, Extraction(mentions, [], [], []), gazetteer)
    assert [(body[label.start:label.end], label.label) for label in labels] == [
        ("Canada", "Organisation"), ("Chad", "Location"), ("Kenyans", "Organisation"),
        ("Chilean", "Organisation"), ("Chilean", "Nationality")]


class Demonyms:
    def is_demonym(self, text):
        return text in ("Peruvian", "Ghanaian")


def mention(body, surface, entity_id, entity_type, title=None, after=0):
    start = body.index(surface, after)
    found = Mention(start, start + len(surface), surface, 0, Entity(entity_id, entity_type, surface), 0.9, "test")
    if title:
        found.title, found.title_start = title, body.index(title)
        found.title_end = found.title_start + len(title)
    return found


def gold_relation(body, kind, source, target):
    s, t = body.index(source), body.index(target)
    return {"type": kind, "sourceBegin": s, "sourceEnd": s + len(source),
            "targetBegin": t, "targetEnd": t + len(target)}


def precision(body, gold_persons, gold_relations, entity_types, mentions, relations):
    spans = [Labelled(body.index(p), body.index(p) + len(p), "Person") for p in gold_persons]
    types = {(body.index(text), body.index(text) + len(text)): kind for text, kind in entity_types}
    document = Document("d", body, spans, gold_relations, types)
    result = relation_precision([document], [Extraction(mentions, [], [], relations)], Demonyms())
    return {predicate: (row["correct"], row["relations"])
            for predicate, row in result.items() if predicate != "all"}


def test_a_title_and_its_owner_inside_one_gold_person_confirm_works_for():
    body = "Peruvian Foreign Minister Ana Flores met Secretary of State Li Wen."
    peru = mention(body, "Peruvian", "country:PER", "COUNTRY")
    ana = mention(body, "Ana Flores", "person:ana-flores", "PERSON", "Foreign Minister")
    state = mention(body, "State", "org:state", "ORG")
    li = mention(body, "Li Wen", "person:li-wen", "PERSON", "Secretary of State")
    relations = [Relation("person:ana-flores", "works_for", "country:PER", 0, 0.85, "t"),
                 Relation("person:ana-flores", "holds_title", "country:PER", 0, 0.85, "t",
                          {"title": "Foreign Minister"}),
                 Relation("person:li-wen", "works_for", "org:state", 0, 0.85, "t")]
    assert precision(body, ["Peruvian Foreign Minister Ana Flores", "Secretary of State Li Wen"], [], [],
                     [peru, ana, state, li], relations) == {"works_for": (1, 2), "holds_title": (1, 1)}


def test_is_synonym_of_a_gold_title_holding_the_owner_confirms_works_for():
    body = "Ana Flores, the Ghanaian Special Envoy, said so."
    ana = mention(body, "Ana Flores", "person:ana-flores", "PERSON", "Special Envoy")
    ghana = mention(body, "Ghanaian", "country:GHA", "COUNTRY")
    gold = [gold_relation(body, "IsSynonymOf", "Ana Flores", "the Ghanaian Special Envoy")]
    relations = [Relation("person:ana-flores", "holds_title", "country:GHA", 0, 0.85, "t", {"title": title})
                 for title in ("Special Envoy", "Envoy, said")]
    assert precision(body, ["Ana Flores", "the Ghanaian Special Envoy"], gold, [], [ana, ghana],
                     relations) == {"holds_title": (1, 2)}


def test_a_gold_relation_confirms_only_between_ends_of_our_types():
    body = "Li Wen met the Peruvian Foreign Minister in Lima."
    li = mention(body, "Li Wen", "person:li-wen", "PERSON")
    peru = mention(body, "Peruvian", "country:PER", "COUNTRY")
    gold = [gold_relation(body, "CommWith", "Li Wen", "the Peruvian Foreign Minister")]
    types = [("Li Wen", "Person"), ("the Peruvian Foreign Minister", "Person")]
    relations = [Relation("person:li-wen", "met_with", "country:PER", 0, 0.8, "t")]
    assert precision(body, [], gold, types, [li, peru], relations) == {"met_with": (0, 1)}
    ana = mention(body, "Peruvian Foreign Minister", "person:x", "PERSON")
    relations = [Relation("person:li-wen", "met_with", "person:x", 0, 0.8, "t")]
    assert precision(body, [], gold, types, [li, ana], relations) == {"met_with": (1, 1)}


def test_mentions_inside_a_scored_title_are_part_of_the_person():
    body = "Russian Foreign Minister Ivan Petrov met Russian traders."
    name_start = body.index("Ivan")
    russia = Entity("country:RUS", "COUNTRY", "Russia")
    person = Mention(name_start, name_start + len("Ivan Petrov"), "Ivan Petrov", 0,
                     Entity("person:ivan-petrov", "PERSON", "Ivan Petrov"), 0.9, "ner",
                     title="Foreign Minister", title_start=body.index("Foreign"), title_end=name_start - 1)
    owner = Mention(0, 7, "Russian", 0, russia, 0.9, "gazetteer")
    later = body.rindex("Russian")
    traders = Mention(later, later + 7, "Russian", 0, russia, 0.9, "gazetteer")
    gazetteer = SimpleNamespace(is_demonym=lambda text: text == "Russian")
    labels = our_labels(body, Extraction([owner, person, traders], [], [], []), gazetteer)
    assert [(body[label.start:label.end], label.label) for label in labels] == [
        ("Russian Foreign Minister Ivan Petrov", "Person"), ("Russian", "Nationality")]
    assert labels[1].start == later


def test_subset_rows_keep_named_people_and_money_with_figures():
    from pipelines.eval_entities import SUBSETS

    keep = {key: test for key, _, _, _, test in SUBSETS}
    assert [keep["person_without_pronouns"](t) for t in ("He", "Ana Ruiz", "the minister")] == [False, True, True]
    assert [keep["money_with_figures"](t) for t in ("$135 million", "millions of dollars", "wages", "money")] == [
        True, True, False, False]


# ---- CoNLL-2003 --------------------------------------------------------------------------------

CONLL_SAMPLE = """-DOCSTART- -X- -X- O

Marta NNP B-NP B-PER
Lind NNP I-NP I-PER
joins VBZ B-VP O
Harbour NNP B-NP B-ORG
Freight NNP I-NP I-ORG
. . O O

OSLO NNP B-NP B-LOC
1997-03-04 CD I-NP O

-DOCSTART- -X- -X- O

Danish JJ B-NP I-MISC
fans NNS I-NP O
cheer NN I-NP O
Lind NNP I-NP I-PER
Brandt NNP I-NP B-PER
"""


def test_load_conll_joins_tokens_and_sentences_and_reads_iob(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text(CONLL_SAMPLE)
    first, second = load_conll(path)
    assert first.text == "Marta Lind joins Harbour Freight .\nOSLO 1997-03-04"
    assert [(first.text[g.start:g.end], g.label) for g in first.gold] == [
        ("Marta Lind", "PER"), ("Harbour Freight", "ORG"), ("OSLO", "LOC")]
    # IOB1: I- opens a span after O; B- splits two spans of one type
    assert [(second.text[g.start:g.end], g.label) for g in second.gold] == [
        ("Danish", "MISC"), ("Lind", "PER"), ("Brandt", "PER")]


def test_conll_labels_map_types_demonyms_and_leave_out_references():
    body = "Danish officials met Marta Lind in Oslo. She praised Denmark."
    demonyms = SimpleNamespace(is_demonym=lambda text: text == "Danish")

    def mention(surface, entity_type, extractor="ner", occurrence=0):
        start = body.index(surface) if not occurrence else body.rindex(surface)
        return Mention(start, start + len(surface), surface, 0, Entity(surface, entity_type, surface),
                       0.9, extractor)

    extraction = Extraction([mention("Danish", "COUNTRY", "gazetteer"), mention("Marta Lind", "PERSON"),
                             mention("Oslo", "PLACE"), mention("She", "PERSON", "coreference:pronoun"),
                             mention("Denmark", "COUNTRY", "gazetteer")], [], [], [])
    labels = conll_labels(extraction, demonyms)
    assert [(body[l.start:l.end], l.label) for l in labels] == [
        ("Danish", "MISC"), ("Marta Lind", "PER"), ("Oslo", "LOC"), ("Denmark", "LOC")]
