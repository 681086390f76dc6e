"""Sector taxonomy and SECTOR mentions (spaCy PhraseMatcher on lower-cased tokens)."""

import random
import re

import pytest

from assets.entities.extract import load_pipeline
from assets.entities.sectors import (ISIC_SECTIONS, SENTENCE_OPENING, find_sectors, load_sectors, opens_sentence,
                                     with_sectors)
from assets.entities.types import Entity, Mention, SentenceLocator


def sectors(text):
    doc = load_pipeline()(text)
    found = find_sectors(doc, SentenceLocator([(0, len(text))]))
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    return [(m.text, m.entity_id) for m in found]


def test_taxonomy_codes_and_isic_mapping_are_consistent():
    taxonomy = load_sectors()
    patterns = [p for sector in taxonomy.values() for p in sector.patterns]
    assert len(patterns) == len(set(patterns)), "a phrase names one sector"
    for code, sector in taxonomy.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", code) and sector.patterns
        assert sector.isic_section is None or sector.isic_section in ISIC_SECTIONS
        assert sector.isic_code is None or re.fullmatch(r"[A-U]|\d{2,4}", sector.isic_code)
        assert all(p == p.lower() for p in sector.patterns)
    assert (taxonomy["steel"].isic_code, taxonomy["non_ferrous_metals"].isic_code) == ("2410", "2420")
    assert (taxonomy["construction"].isic_section, taxonomy["agriculture"].isic_code) == ("F", "01")
    assert taxonomy["tourism"].isic_code is None  # no ISIC class fits, said in its notes
    assert taxonomy["tourism"].notes


def test_phrases_match_lower_cased_with_hyphen_variants():
    assert sectors("Non-ferrous metals and non ferrous metals, agro-industry and water resources grew.") == [
        ("Non-ferrous metals", "sector:non_ferrous_metals"), ("non ferrous metals", "sector:non_ferrous_metals"),
        ("agro-industry", "sector:agriculture"), ("water resources", "sector:water")]


def test_longest_phrase_wins():
    assert sectors("Investors like renewable energy.") == [("renewable energy", "sector:renewable_energy")]


@pytest.mark.parametrize("text", ["He joined Harbour Energy Partners last year.", "Tirana Steel hired him."])
def test_capitalised_words_inside_names_are_not_sectors(text):
    assert sectors(text) == []


def test_sector_mentions_yield_to_other_mentions():
    text = "The Ministry of Energy backs energy projects."
    found = find_sectors(load_pipeline()(text), SentenceLocator([(0, len(text))]))
    ministry = Mention(4, 22, "Ministry of Energy", 0, Entity("org:ministry-of-energy", "ORG", "Ministry of Energy"),
                       0.9, "test")
    merged = with_sectors([ministry], found)
    assert [(m.text, m.entity_type) for m in merged] == [("Ministry of Energy", "ORG"), ("energy", "SECTOR")]


def test_sentence_opening_looks_back_over_whitespace_only_as_the_whole_prefix_search_did():
    # the bounded look-back must answer as SENTENCE_OPENING searched over all the text before the span
    rng = random.Random(7)
    marks = "ab .!?:;\"“‘(\n\t"
    for _ in range(20000):
        body = "".join(rng.choice(marks) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(body))
        assert opens_sentence(body, start) == (SENTENCE_OPENING.search(body[:start]) is not None), (body, start)
