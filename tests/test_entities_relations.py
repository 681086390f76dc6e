"""Relations from mentions: co-occurrence and precise surface patterns (no spaCy needed)."""

from assets.entities.relations import find_relations
from assets.entities.types import RELATION_TYPES, Entity, Mention

TYPES = {"country": "COUNTRY", "person": "PERSON", "org": "ORG", "subdivision": "SUBDIVISION"}


def mentions(body, *pairs, sentence=0):
    """Mentions for (surface, entity_id) pairs, found left to right in body."""
    found, cursor = [], 0
    for surface, entity_id in pairs:
        start = body.index(surface, cursor)
        cursor = start + len(surface)
        entity = Entity(entity_id, TYPES[entity_id.split(":")[0]], surface)
        found.append(Mention(start, cursor, surface, sentence, entity, 0.9, "test"))
    return found


def triples(body, found, predicate=None):
    return {(r.subject_id, r.predicate, r.object_id) for r in find_relations(body, found)
            if predicate in (None, r.predicate)}


def test_co_occurrence_once_per_unordered_pair_with_ordered_ids():
    body = "Uzbekistan and China, then China again, signed with Uzbekistan."
    found = mentions(body, ("Uzbekistan", "country:UZB"), ("China", "country:CHN"),
                     ("China", "country:CHN"), ("Uzbekistan", "country:UZB"))
    relations = find_relations(body, found)
    assert [(r.subject_id, r.predicate, r.object_id, r.confidence) for r in relations] == [
        ("country:CHN", "co_occurs_with", "country:UZB", 0.3)]


def test_no_co_occurrence_across_sentences():
    body = "Mongolia grew. Laos shrank."
    found = mentions(body, ("Mongolia", "country:MNG")) + mentions(body, ("Laos", "country:LAO"), sentence=1)
    assert triples(body, found) == set()


def test_met_with():
    body = "Uzbek envoy Aziz Karimov met with Li Wen, head of the fund, in Tashkent."
    found = mentions(body, ("Aziz Karimov", "person:aziz-karimov"), ("Li Wen", "person:li-wen"))
    assert ("person:aziz-karimov", "met_with", "person:li-wen") in triples(body, found, "met_with")


def test_met_with_needs_adjacent_subject():
    body = "Aziz Karimov said officials met with Li Wen."
    found = mentions(body, ("Aziz Karimov", "person:aziz-karimov"), ("Li Wen", "person:li-wen"))
    assert triples(body, found, "met_with") == set()


def test_works_for_owner_title_person():
    body = "Mongolia’s minister for mining, Bold Batbayar, opened the mine."
    found = mentions(body, ("Mongolia", "country:MNG"), ("Bold Batbayar", "person:bold-batbayar"))
    assert triples(body, found, "works_for") == {("person:bold-batbayar", "works_for", "country:MNG")}


def test_works_for_title_to_country():
    body = "Mongolia’s ambassador to Japan, Bold Batbayar, arrived."
    found = mentions(body, ("Mongolia", "country:MNG"), ("Japan", "country:JPN"),
                     ("Bold Batbayar", "person:bold-batbayar"))
    assert triples(body, found, "works_for") == {("person:bold-batbayar", "works_for", "country:MNG")}


def test_works_for_person_title_at_possessed_org():
    body = "Li Wen, chief economist at China’s Silk Road Fund, disagreed."
    found = mentions(body, ("Li Wen", "person:li-wen"), ("China", "country:CHN"),
                     ("Silk Road Fund", "org:silk-road-fund"))
    assert triples(body, found, "works_for") == {("person:li-wen", "works_for", "org:silk-road-fund")}


def test_works_for_demonym_title_name():
    body = "Chinese Premier Li Wen visited."
    found = mentions(body, ("Chinese", "country:CHN"), ("Li Wen", "person:li-wen"))
    assert triples(body, found, "works_for") == {("person:li-wen", "works_for", "country:CHN")}


def test_no_works_for_without_a_title():
    body = "China’s Li Wen visited."
    found = mentions(body, ("China", "country:CHN"), ("Li Wen", "person:li-wen"))
    assert triples(body, found, "works_for") == set()


def test_paired_with_list():
    body = "Yunnan province is paired with Laos, Myanmar and Vietnam for rail projects."
    found = mentions(body, ("Yunnan province", "subdivision:CN-YN"), ("Laos", "country:LAO"),
                     ("Myanmar", "country:MMR"), ("Vietnam", "country:VNM"))
    assert triples(body, found, "paired_with") == {
        ("subdivision:CN-YN", "paired_with", f"country:{c}") for c in ("LAO", "MMR", "VNM")}


def test_funded_by():
    body = "The smelter of Altai Metals is financed by the China Development Bank and the World Bank."
    found = mentions(body, ("Altai Metals", "org:altai-metals"),
                     ("China Development Bank", "org:china-development-bank"),
                     ("World Bank", "org:world-bank"))
    assert triples(body, found, "funded_by") == {
        ("org:altai-metals", "funded_by", "org:china-development-bank"),
        ("org:altai-metals", "funded_by", "org:world-bank")}


def test_every_predicate_is_documented():
    body = "Yunnan province is paired with Laos. "
    found = mentions(body, ("Yunnan province", "subdivision:CN-YN"), ("Laos", "country:LAO"))
    assert {r.predicate for r in find_relations(body, found)} <= set(RELATION_TYPES)
