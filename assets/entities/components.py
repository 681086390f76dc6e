"""The spaCy factories of the entity chain (order and settings: chain.cfg; Doc attributes:
chain.DOC_ATTRIBUTES). Each component is a thin wrapper: it reads what earlier components left on
the Doc, calls the pure function that does the work, and leaves the result on the Doc. The body
is read from doc._.article (spaCy's doc.text joins every token again on each call).

Imported by chain.load_pipeline only, so importing the entities layer does not import spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans, minibatch

from . import extract, names
from .chain import DOC_ATTRIBUTES, Extractors
from .coreference import find_references, name_variants
from .dates import find_dates
from .disambiguation import (
    ArticleCountries,
    Candidate,
    capitals_runs,
    in_capitals,
    known_in_capitals,
    placed,
    weighed_spans,
)
from .events import find_events_of_articles
from .gazetteer import Gazetteer, load_gazetteer
from .money import amount_countries, find_amounts
from .name_countries import (
    foreign_adjective_organisations,
    names_without_countries,
    parties_not_common_nouns,
    without_adjective_heads,
)
from .organisations import described_at_openings, organisations_by_role, with_names_listed_beside_organisations, with_one_type_per_name
from .patterns import Intervals
from .quantities import find_quantities
from .relations import find_relations, meetings_met_with
from .roles import assign_country_roles
from .sectors import find_sectors, with_sectors
from .types import ArticleText, SentenceLocator

# the key of the gazetteer ruler's candidates in doc.spans
GAZETTEER_SPANS = "gazetteer"

for attribute in DOC_ATTRIBUTES:
    if not Doc.has_extension(attribute):
        Doc.set_extension(attribute, default=None)


@dataclass(frozen=True)
class Settings:
    """What a component is built with: its [extractors] (None when its config gives none) and
    the gazetteer."""

    found: Extractors | None
    gazetteer: Gazetteer


def chain_component(factory: str) -> Callable:
    """Register work(doc, settings), which updates the Doc's attributes, as the spaCy factory
    `factory`; a component's config may give `extractors` (chain.cfg's [extractors])."""
    def register(work: Callable[[Doc, Settings], None]) -> Callable[[Doc, Settings], None]:
        @Language.factory(factory, default_config={"extractors": None})
        def make(nlp: Language, name: str, extractors: dict | None):
            settings = Settings(Extractors.from_config(extractors) if extractors else None, load_gazetteer())

            def component(doc: Doc) -> Doc:
                work(doc, settings)
                return doc
            return component
        return work
    return register


@chain_component("wirehouse_article")
def article(doc: Doc, settings: Settings) -> None:
    """A Doc made by nlp(text) rather than chain.article_doc is an article of one sentence with no
    publication date; a Doc of article_doc keeps its article."""
    if doc._.article is None:
        doc._.article = ArticleText("", doc.text, [(0, len(doc.text))], None)
        doc._.locator = SentenceLocator(doc._.article.sentences)


@Language.factory("wirehouse_gazetteer_ruler", default_config={"phrase_matcher_attr": "ORTH"})
def gazetteer_ruler(nlp: Language, name: str, phrase_matcher_attr: str):
    """spaCy's SpanRuler with the gazetteer's patterns (gazetteers/*.csv, pycountry, GeoNames),
    after the model's `ner`: its hits are candidates in doc.spans[GAZETTEER_SPANS], each span's id
    the gazetteer entity's, which the disambiguation component weighs against the model's spans."""
    from spacy.pipeline import SpanRuler

    ruler = SpanRuler(nlp, name, spans_key=GAZETTEER_SPANS, phrase_matcher_attr=phrase_matcher_attr)
    ruler.add_patterns(load_gazetteer().ruler_patterns())  # tokenised with the model's `ner` off
    return ruler


# --- entity spans (doc._.entity_spans) ------------------------------------------------------------


@chain_component("wirehouse_model_spans")
def model_spans(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.doc_spans(doc, settings.found)


@chain_component("wirehouse_disambiguation")
def disambiguation(doc: Doc, settings: Settings) -> None:
    """The ruler's candidates, read in capitals by their title-case forms, weighed against the
    model's spans and the article's countries; in capitals only the gazetteer's names stand."""
    body, gazetteer = doc._.article.body, settings.gazetteer
    runs = capitals_runs(body)
    candidates = in_capitals(body, [Candidate(span.start_char, span.end_char, span.id_)
                                    for span in filter_spans(doc.spans.get(GAZETTEER_SPANS, []))], gazetteer, runs)
    doc._.countries = ArticleCountries.of(body, candidates, gazetteer, doc._.entity_spans)
    doc._.entity_spans = weighed_spans(body, doc._.entity_spans, candidates, gazetteer, doc._.countries,
                                       settings.found)
    doc._.entity_spans = known_in_capitals(doc._.entity_spans, runs)


@chain_component("wirehouse_city_surnames")
def city_surnames(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.merge_city_surnames(doc._.article.body, doc._.entity_spans, settings.gazetteer.cities)


@chain_component("wirehouse_organisation_merges")
def organisation_merges(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.merge_organisations(doc._.article.body, doc._.entity_spans, settings.found)


@chain_component("wirehouse_headed_organisations")
def headed_organisations(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.add_headed_organisations(doc._.article.body, doc._.entity_spans, settings.found)


@chain_component("wirehouse_institutions")
def institutions(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.add_institutions(doc._.article.body, doc._.entity_spans, settings.gazetteer, settings.found)


@chain_component("wirehouse_places")
def places(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.add_places(doc._.article.body, doc._.entity_spans, settings.gazetteer, settings.found)


@chain_component("wirehouse_acronyms")
def acronyms(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.add_acronyms(doc._.article.body, doc._.entity_spans, settings.found)


@chain_component("wirehouse_honorific_people")
def honorific_people(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.add_honorific_people(doc._.article.body, doc._.entity_spans, settings.found,
                                                      settings.gazetteer.cities)


@chain_component("wirehouse_office_names")
def office_names(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.add_office_names(doc._.article.body, doc._.entity_spans, settings.found)


@chain_component("wirehouse_trimmed_spans")
def trimmed_spans(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.trimmed_spans(doc._.article.body, doc._.entity_spans, settings.found)


@chain_component("wirehouse_described_openings")
def described_openings(doc: Doc, settings: Settings) -> None:
    """A sentence opening on what a company is before its name ("Carmaker Fiat said"): the name."""
    doc._.entity_spans = described_at_openings(doc._.article.body, doc._.article.sentences, doc._.entity_spans,
                                               settings.gazetteer, settings.found)


@chain_component("wirehouse_label_corrections")
def label_corrections(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.corrected_labels(doc._.article.body, doc._.entity_spans, settings.found)


@chain_component("wirehouse_acting_organisations")
def acting_organisations(doc: Doc, settings: Settings) -> None:
    """Names the grammar shows acting as organisations, ORG wherever used (organisations.py)."""
    products = frozenset(e.start_char for e in doc.ents if e.label_ == "PRODUCT")
    # what the model read as dates, figures, money or a product's name is no organisation's name,
    # nor what it read as a work's, unless a cue says so (organisations.with_cued_runs): the model
    # reads many names of firms and papers in news as titles of works
    taken = Intervals((e.start_char, e.end_char) for e in doc.ents
                      if e.label_ not in extract.NER_LABEL_TYPES and e.label_ != "WORK_OF_ART")
    works = Intervals((e.start_char, e.end_char) for e in doc.ents if e.label_ == "WORK_OF_ART")
    doc._.entity_spans = organisations_by_role(doc._.article.body, doc._.entity_spans, settings.gazetteer, products,
                                               taken, works, settings.found)


@chain_component("wirehouse_titled_people")
def titled_people(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.titled_people(doc._.article.body, doc._.entity_spans, settings.gazetteer, settings.found)


@chain_component("wirehouse_cued_people")
def cued_people(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.cued_people(doc._.article.body, doc._.entity_spans, settings.gazetteer, settings.found)


@chain_component("wirehouse_person_index")
def person_index(doc: Doc, settings: Settings) -> None:
    doc._.people = extract.person_index(doc._.article.body, doc._.entity_spans, settings.gazetteer, settings.found)


@chain_component("wirehouse_locative_places")
def locative_places(doc: Doc, settings: Settings) -> None:
    body, people, found = doc._.article.body, doc._.people, settings.found
    doc._.entity_spans = [extract.place_not_organisation(body, extract.place_not_person(body, span, people, found), found)
                          for span in doc._.entity_spans]


@chain_component("wirehouse_towns_not_names")
def towns_not_names(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = [extract.town_not_name(doc._.article.body, span, doc._.people, settings.gazetteer,
                                                doc._.countries, settings.found)
                          for span in doc._.entity_spans]


@chain_component("wirehouse_surnames_not_cities")
def surnames_not_cities(doc: Doc, settings: Settings) -> None:
    cities = settings.gazetteer.cities
    doc._.entity_spans = [extract.surname_not_city(doc._.article.body, span, doc._.people, cities, settings.found)
                          for span in doc._.entity_spans]


@chain_component("wirehouse_places_named_again")
def places_named_again(doc: Doc, settings: Settings) -> None:
    doc._.entity_spans = extract.places_named_again(doc._.article.body, doc._.entity_spans, doc._.people, settings.found)


@chain_component("wirehouse_name_back_references")
def name_back_references(doc: Doc, settings: Settings) -> None:
    spans = doc._.entity_spans
    added = extract.name_back_references(doc._.article.body, spans, doc._.people, settings.found)
    added += extract.organisation_back_references(doc._.article.body, spans + added, settings.found)
    doc._.entity_spans = sorted(spans + added, key=lambda s: s.start)


@chain_component("wirehouse_one_type_per_name")
def one_type_per_name(doc: Doc, settings: Settings) -> None:
    """Names listed beside organisations typed ORG, then one type for each name's uses."""
    taken = Intervals((e.start_char, e.end_char) for e in doc.ents if e.label_ not in extract.NER_LABEL_TYPES)
    spans = with_names_listed_beside_organisations(doc._.article.body, doc._.entity_spans, taken, settings.found)
    doc._.entity_spans = with_one_type_per_name(doc._.article.body, spans, settings.gazetteer, settings.found)


@chain_component("wirehouse_work_titles")
def work_titles(doc: Doc, settings: Settings) -> None:
    """No country or place inside a work's title ("the sitcom Little Peru")."""
    doc._.entity_spans = names.outside_work_titles(doc._.article.body, doc._.entity_spans)


@chain_component("wirehouse_common_words_not_places")
def common_words_not_places(doc: Doc, settings: Settings) -> None:
    """No place from one common word nothing marks as a place ("Broadband has become ...")."""
    body, gazetteer = doc._.article.body, settings.gazetteer
    model_places = {(e.start_char, e.end_char) for e in doc.ents if e.label_ in names.MODEL_PLACE_LABELS}
    doc._.entity_spans = names.common_words_not_places(
        body, doc._.entity_spans, model_places, gazetteer, lambda body, start, end: placed(body, start, end, gazetteer),
        lambda word, label: label == "LOC" and extract.REGION_WORDS.search(word) is not None)


@chain_component("wirehouse_surname_demonyms")
def surname_demonyms(doc: Doc, settings: Settings) -> None:
    """No country from an adjective of one that names a person ("French and Lindqvist") or a
    language ("the Spanish word"), nor from a country's name that is a person's first name
    ("Jordan Reyes ... Jordan said")."""
    body, is_demonym = doc._.article.body, settings.gazetteer.is_demonym
    spans = names.surname_demonyms(body, doc._.entity_spans, is_demonym)
    spans = names.languages_not_countries(body, spans, is_demonym)
    doc._.entity_spans = names.first_names_not_countries(body, spans, is_demonym, settings.found.ner_surname)


@chain_component("wirehouse_country_named_nouns")
def country_named_nouns(doc: Doc, settings: Settings) -> None:
    """No country or place from the first word of a common noun named after it ("French fries",
    "a Dutch auction", "Brussels sprouts")."""
    doc._.entity_spans = names.country_named_nouns(doc._.article.body, doc._.entity_spans)


@chain_component("wirehouse_adjectives_not_organisations")
def adjectives_not_organisations(doc: Doc, settings: Settings) -> None:
    """No organisation from a word the tagger reads as an adjective ("were White people"): only
    the sentences of one-word organisations the model found alone are tagged."""
    body, spans = doc._.article.body, doc._.entity_spans
    candidates = names.adjective_candidates(body, spans)
    if not candidates:
        return
    from .events import load_parser

    sentences = doc._.article.sentences
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for start, end in candidates:
        by_sentence.setdefault(doc._.locator.index_of(start), []).append((start, end))
    tagger = load_parser()
    adjectives = set()
    with tagger.select_pipes(enable=["tok2vec", "tagger"]):
        texts = (body[slice(*sentences[index])] for index in by_sentence)
        for (index, words), tagged in zip(by_sentence.items(), tagger.pipe(texts)):
            sentence_start = sentences[index][0]
            for start, end in words:
                token = tagged.char_span(start - sentence_start, end - sentence_start)
                if token is not None and len(token) == 1 and token[0].tag_.startswith("JJ"):
                    adjectives.add(body[start:end])
    doc._.entity_spans = names.adjectives_not_organisations(body, spans, adjectives)


@chain_component("wirehouse_countries_in_names")
def countries_in_names(doc: Doc, settings: Settings) -> None:
    """No country from a country's or place's word inside a longer name the model read whole, nor
    from a curated organisation another country's adjective qualifies, nor from "the military"
    of "the military wing of", nor from a party's name read as a common noun (name_countries.py)."""
    body, gazetteer = doc._.article.body, settings.gazetteer
    model = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    spans = names_without_countries(body, doc._.entity_spans, model, gazetteer, settings.found)
    spans = foreign_adjective_organisations(body, spans, gazetteer, settings.found)
    spans = without_adjective_heads(body, spans, gazetteer)
    doc._.entity_spans = parties_not_common_nouns(body, spans, model, gazetteer)


# --- mentions and what is said about them ---------------------------------------------------------


@chain_component("wirehouse_resolution")
def resolution(doc: Doc, settings: Settings) -> None:
    """Each entity span resolved to its canonical entity: doc._.mentions."""
    doc._.mentions = extract.resolved_mentions(doc._.article.body, doc._.entity_spans, doc._.locator, settings.gazetteer,
                                               doc._.people, doc._.countries, settings.found)


@chain_component("wirehouse_person_titles")
def person_titles(doc: Doc, settings: Settings) -> None:
    extract.attach_titles(doc._.article.body, doc._.mentions)


@chain_component("wirehouse_country_roles")
def country_roles(doc: Doc, settings: Settings) -> None:
    assign_country_roles(doc._.article.body, doc._.mentions, settings.gazetteer.is_demonym)


@chain_component("wirehouse_sectors")
def sectors(doc: Doc, settings: Settings) -> None:
    """Sector mentions (sectors.py) where no other mention is."""
    doc._.mentions = with_sectors(doc._.mentions, find_sectors(doc, doc._.locator))


@chain_component("wirehouse_coreference")
def coreference(doc: Doc, settings: Settings) -> None:
    """Short forms of a name joined to its long form's entity, then pronouns, titles, "the town":
    doc._.references (they take part in no relation)."""
    doc._.mentions = name_variants(doc._.article.body, doc._.mentions)
    doc._.references = find_references(doc._.article.body, doc._.mentions, doc._.locator)


@chain_component("wirehouse_dates")
def dates(doc: Doc, settings: Settings) -> None:
    model_dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    named = Intervals((m.start, m.end) for m in doc._.mentions)
    doc._.dates = [
        date for date in find_dates(doc._.article.body, doc._.article.published, doc._.locator, model_dates)
        # a year inside a name ("Strategy 2050", "Agenda 2030") is not a date mention
        if not named.contain(date.start, date.end)
    ]


@chain_component("wirehouse_amounts")
def amounts(doc: Doc, settings: Settings) -> None:
    """Amounts, each with the countries of its sentence that are party to it."""
    body = doc._.article.body
    doc._.amounts = find_amounts(body, doc._.article.published, doc._.locator)
    by_sentence: dict[int, list] = {}  # an amount's countries are its sentence's: not every mention per amount
    for mention in doc._.mentions:
        by_sentence.setdefault(mention.sentence_index, []).append(mention)
    for amount in doc._.amounts:
        amount.countries = amount_countries(body, amount, by_sentence.get(amount.sentence_index, []))


@chain_component("wirehouse_quantities")
def quantities(doc: Doc, settings: Settings) -> None:
    """Figures that no mention, reference, amount or date takes."""
    taken = [(x.start, x.end) for x in (*doc._.mentions, *doc._.references, *doc._.amounts, *doc._.dates)]
    doc._.quantities = find_quantities(doc._.article.body, doc, doc._.locator, taken)


@chain_component("wirehouse_relations")
def relations(doc: Doc, settings: Settings) -> None:
    """Relations between mentions; figures and references take part in none."""
    doc._.relations = find_relations(doc._.article.body, doc._.mentions)


@chain_component("wirehouse_meeting_relations")
def meeting_relations(doc: Doc, settings: Settings) -> None:
    """met_with for the meetings the events found and the relation patterns did not."""
    doc._.relations = doc._.relations + meetings_met_with(doc._.article.body, doc._.events, doc._.mentions,
                                                          doc._.relations, doc._.references)


@Language.factory("wirehouse_events")
def events(nlp: Language, name: str):
    return EventsComponent()


class EventsComponent:
    """Events between mentions; references count ("the bank agreed to lend" names its lender by
    one). nlp.pipe hands it batches of Docs, whose sentences to parse go through the parser
    together (events.find_events_of_articles)."""

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            found = find_events_of_articles([
                (doc._.article.body, doc._.article.sentences,
                 sorted([*doc._.mentions, *doc._.references], key=lambda m: m.start), doc._.amounts, doc._.dates)
                for doc in batch])
            for doc, events in zip(batch, found):
                doc._.events = events
                yield doc
