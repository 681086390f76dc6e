"""Governments, armed forces and named coalitions as ORG entities (institutions.py), on invented text."""

import re

import pytest

from assets.entities.extract import ArticleText, EntityExtractor
from assets.entities.gazetteer import load_gazetteer


def extract(body):
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body)]
    (result,) = EntityExtractor().extract([ArticleText("i", body, spans, None)])
    return result.mentions


def ids(body):
    return [(m.text, m.entity_id) for m in extract(body) if m.entity_type == "ORG"]


def test_every_country_has_a_government_and_armed_forces():
    gazetteer = load_gazetteer()
    government = gazetteer.entities[gazetteer.institutions["government", "CHL"]]
    assert (government.entity_id, government.canonical_name, government.kind, government.country_code) == (
        "org:government-of-chile", "Government of Chile", "government", "CHL")
    forces = gazetteer.entities[gazetteer.institutions["military", "USA"]]
    assert (forces.entity_id, forces.kind) == ("org:armed-forces-of-the-united-states", "military")
    assert len(gazetteer.institutions) == 2 * len({c for _, c in gazetteer.institutions})


@pytest.mark.parametrize("phrase", [
    "The Chilean government", "The government of Chile", "Chile's government", "Chile’s regime",
    "The Chilean regime"])
def test_government_phrases(phrase):
    mentions = extract(f"{phrase} raised copper royalties on Tuesday.")
    assert [(m.entity_type, m.entity_id) for m in mentions][:1] == [("ORG", "org:government-of-chile")]
    # the demonym or country inside is the organisation, not a country mention of its own
    assert not [m for m in mentions if m.entity_type == "COUNTRY"]


@pytest.mark.parametrize("phrase", [
    "Peruvian troops", "The Peruvian army", "Peru's armed forces", "Peruvian security forces",
    "The armed forces of Peru", "Peruvian government forces", "The Peruvian navy"])
def test_armed_forces_phrases(phrase):
    mentions = extract(f"{phrase} patrolled the border river at dawn.")
    assert mentions[0].entity_id == "org:armed-forces-of-peru"
    assert mentions[0].entity.kind == "military" and mentions[0].entity.country_code == "PER"
    assert not [m for m in mentions if m.entity_type == "COUNTRY"]


def test_named_group_with_a_demonym_is_not_the_state():
    # a capitalised word before the demonym makes it a longer name, not the national army
    assert "org:armed-forces-of-bolivia" not in [i for _, i in ids("The Free Bolivian Army seized a mine.")]
    # a name continuing after the head word is not the bare institution
    assert "org:armed-forces-of-bolivia" not in [i for _, i in ids("Bolivian Army Day is in August.")]


def test_bare_reference_joins_the_nearest_named_institution():
    found = ids("Chile's government met Peruvian troops in May. Later the government raised "
                "royalties and the army withdrew.")
    assert ("government", "org:government-of-chile") in found
    assert ("army", "org:armed-forces-of-peru") in found


def test_bare_reference_without_a_named_institution_stays_unlinked():
    assert ids("Later the government raised royalties and the army withdrew.") == []


def test_coalition_reference_needs_a_named_coalition():
    named = ids("Envoys of the Global Coalition against Daesh met in Oslo. The coalition said "
                "Coalition forces and coalition partners would keep training police.")
    assert named.count(("coalition", "org:global-coalition-to-defeat-isis")) == 1
    assert ("Coalition forces", "org:global-coalition-to-defeat-isis") in named
    assert all(text != "coalition partners" for text, _ in named)
    assert ids("The coalition government in the capital collapsed on Friday.") == []


def test_us_forces_and_the_government_of_a_the_country():
    found = ids("U.S. forces and the government of the United Kingdom signed a deal.")
    assert ("U.S. forces", "org:armed-forces-of-the-united-states") in found
    assert ("government of the United Kingdom", "org:government-of-the-united-kingdom") in found


def test_coalition_reference_through_the_adversary_it_was_formed_against():
    named = ids("Daesh fighters left the town after the US-led coalition bombed the bridge. "
                "Coalition military forces also hit two depots.")
    assert ("US-led coalition", "org:global-coalition-to-defeat-isis") in named
    assert ("Coalition military forces", "org:global-coalition-to-defeat-isis") in named
    assert all(entity_id != "org:global-coalition-to-defeat-isis"
               for _, entity_id in ids("Rebels fled as the US-led coalition bombed the bridge."))
