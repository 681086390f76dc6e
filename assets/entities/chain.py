"""The entity chain as a spaCy pipeline, built from chain.cfg.

chain.cfg declares, in one place, every component an article's Doc goes through, their order and
their settings (the confidence and extractor name of each way a mention is found among them).
The factories are registered in components.py; each is a thin wrapper over a pure function of
extract.py, names.py, places.py, ... so a pass can be read, and tested, alone.

The components hand their work on through the Doc extension attributes of DOC_ATTRIBUTES
(`doc._.<name>`); EntityExtractor reads the Extraction off them. A later component is added
with one entry in the pipeline list of chain.cfg and one [components.<name>] section.

The model runs without tagger and parser, which keeps NER fast. A component that needs the
dependency parse loads a parsing pipeline of its own once (assets.english_model.load_english,
keeping tok2vec and the parser that listens to it) and runs it on the sentences it selects
(doc._.article.sentences), so the text it has no use for is never parsed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from pathlib import Path
from typing import NamedTuple

from assets.text_pieces import text_pieces

from .types import ArticleText, SentenceLocator

CHAIN_CONFIG = Path(__file__).with_name("chain.cfg")
# A body longer than this goes through the model's components in pieces (long_article_doc):
# spaCy refuses a text over its max_length (E088) and its memory grows with the text it holds.
LONG_BODY_CHARS = 100_000
# About a normal article, so a batch of pieces weighs what a batch of articles does.
PIECE_CHARS = 10_000
# The components that run on each piece of a long body; the rest run once on the rebuilt Doc.
MODEL_COMPONENTS = ("gazetteer_ruler", "ner")

DOC_ATTRIBUTES = {
    "article": "the ArticleText the Doc was made from: sentence spans and publication date",
    "locator": "SentenceLocator of the article's sentences",
    "countries": "disambiguation.ArticleCountries: how often the article names each country (from "
                 "disambiguation on)",
    "entity_spans": "list of extract.Span, in text order: the working entity spans before resolution "
                    "(offsets trimmed from trimmed_spans on)",
    "people": "extract.PersonIndex of the people the spans name (from person_index on)",
    "mentions": "list of Mention in text order: resolved entities, then sectors (from resolution on)",
    "references": "list of Mention: pronouns, titles and 'the town' that refer to mentions",
    "dates": "list of DateMention",
    "amounts": "list of Amount",
    "quantities": "list of Mention of type QUANTITY",
    "relations": "list of Relation between the mentions",
    "events": "list of Event: transactions and meetings between the mentions, from the dependency "
              "parse of the sentences that may state one",
}


class Found(NamedTuple):
    """How a mention was found: its confidence and the extractor name it is stored with."""

    confidence: float
    extractor: str


@dataclass(frozen=True)
class Extractors:
    """The [extractors] table of chain.cfg: one Found per way a mention is found."""

    gazetteer: Found
    ner_gazetteer: Found
    institution: Found
    ner_surname: Found
    titled_person: Found
    ner: Found
    honorific_person: Found
    acronym: Found
    facility: Found
    ner_fuzzy: Found
    ner_merged: Found
    cued_person: Found
    cued_place: Found
    headed_pattern: Found
    institution_reference: Found
    organisation_cue: Found
    short_name: Found

    @classmethod
    def from_config(cls, table: dict) -> Extractors:
        missing = {f.name for f in fields(cls)} - table.keys()
        unknown = table.keys() - {f.name for f in fields(cls)}
        if missing or unknown:
            raise ValueError(f"{CHAIN_CONFIG.name} [extractors]: missing {sorted(missing)}, unknown {sorted(unknown)}")
        return cls(**{way: Found(float(s["confidence"]), str(s["extractor"])) for way, s in table.items()})


@functools.lru_cache(maxsize=1)
def chain_config():
    """chain.cfg, interpolated (thinc's config format, as spaCy's own config.cfg)."""
    from thinc.api import Config

    return Config().from_disk(CHAIN_CONFIG)


def extractors() -> Extractors:
    return Extractors.from_config(chain_config()["extractors"])


@functools.lru_cache(maxsize=1)
def load_pipeline():
    """The pipeline of chain.cfg (loaded once per process)."""
    return build_pipeline(chain_config())


def build_pipeline(config):
    """The small English model's `ner` with the chain's components around it, in the order of
    config["nlp"]["pipeline"]."""
    from assets.english_model import load_english

    from . import components  # noqa: F401  registers the factories and Doc attributes

    nlp = load_english(exclude=config["nlp"]["exclude"])
    previous = None
    for name in config["nlp"]["pipeline"]:
        if name not in nlp.pipe_names:  # the model's own components stay where the model has them
            settings = dict(config["components"][name])
            factory = settings.pop("factory")
            position = {"after": previous} if previous else {"first": True}
            nlp.add_pipe(factory, name=name, config=settings, **position)
        previous = name
    if nlp.pipe_names != list(config["nlp"]["pipeline"]):
        raise ValueError(f"{CHAIN_CONFIG.name}: the pipeline came out as {nlp.pipe_names}, "
                         f"not as declared: {list(config['nlp']['pipeline'])}")
    return nlp


def article_doc(nlp, article: ArticleText):
    """A tokenised Doc of the article's body carrying the article, ready for nlp.pipe."""
    doc = nlp.make_doc(article.body)
    doc._.article = article
    doc._.locator = SentenceLocator(article.sentences)
    return doc


def is_long(article: ArticleText) -> bool:
    return len(article.body) > LONG_BODY_CHARS


def long_article_doc(nlp, article: ArticleText):
    """The Doc of a long body, through every component: the ruler and `ner` run on consecutive
    pieces of it (text_pieces' cut points; each range runs to the next piece's start, so together
    they are the body, whitespace included), the pieces' Docs are joined into one Doc whose text is
    the body, and the later components run on that Doc, so every offset is the body's own."""
    from spacy.tokens import Doc

    body = article.body
    starts = [piece.start for piece in text_pieces(body, PIECE_CHARS)]
    starts[0:1] = [0]  # leading whitespace belongs to the first range
    ranges = (body[start:end] for start, end in zip(starts, [*starts[1:], len(body)]))
    later = [name for name in nlp.pipe_names if name not in MODEL_COMPONENTS]
    pieces = list(nlp.pipe(ranges, batch_size=batch_size(), disable=later))
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    del pieces
    doc._.article = article
    doc._.locator = SentenceLocator(article.sentences)
    return nlp(doc, disable=list(MODEL_COMPONENTS))


def batch_size() -> int:
    return int(chain_config()["nlp"]["batch_size"])
