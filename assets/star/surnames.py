"""One entity across articles: a one-word PERSON name ("Blair", "Yukos") in an article, resolved
against every article the warehouse holds.

Within an article the entities layer links "Blair" to "Tony Blair" when both are written there.
An article that gives only the surname leaves a PERSON entity of one word; here it is resolved to

  resolved      the full-name person whose surname it is ("Blair" → "Tony Blair"): the article
                itself names one, or one is clearly dominant among the articles of the same period
                that share context with this one (another person, organisation or event named in
                both); with no shared context, dominant among the period's articles alone
  not_a_person  when no person carries it as a surname and the warehouse knows the name, or its
                plural, as an organisation, party, award, place or other non-person entity
                ("Labour", "Yukos", "Oscar" beside "Oscars") in more articles than it names the
                name as a person by a cue only people have (a title, an honorific, he or she
                for it): a singer known by one name ("Jamelia") the model typed ORG elsewhere
                stays a person
  ambiguous     several people carry it and none is dominant, or the only one is too rarely seen
  unknown       no full-name person and no other entity carries the name

Pure Python: the star asset reads the occurrences from the warehouse and writes the answers back.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

RESOLVED, NOT_A_PERSON, AMBIGUOUS, UNKNOWN = "resolved", "not_a_person", "ambiguous", "unknown"
# Entity types whose sharing between two articles says they tell of the same affairs; countries
# and places are named in too many unrelated articles to say so.
CONTEXT_TYPES = frozenset({"PERSON", "ORG", "EVENT", "POLICY"})
PERIOD = datetime.timedelta(days=365)  # articles further apart do not speak of the same people
DOMINANCE = 2  # the chosen person has at least this many times the support of the next one
MIN_SUPPORT_WITHOUT_CONTEXT = 2  # articles, when no article shares context with this one


@dataclass(frozen=True)
class Occurrence:
    """One entity named in one article (however many times)."""

    article_id: str
    entity_id: str
    entity_type: str
    name: str  # canonical name
    published: datetime.date | None
    person_cue: bool = False  # the article names it with a title, an honorific or he/she


@dataclass(frozen=True)
class Resolution:
    article_id: str
    entity_id: str  # the one-word PERSON entity
    status: str  # RESOLVED | NOT_A_PERSON | AMBIGUOUS | UNKNOWN
    resolved_id: str | None  # the entity it stands for (RESOLVED, NOT_A_PERSON)


def is_lone_name(occurrence: Occurrence) -> bool:
    return occurrence.entity_type == "PERSON" and len(occurrence.name.split()) == 1


def surname(name: str) -> str | None:
    """The last word of a PERSON name of two words or more, as written."""
    words = name.split()
    return words[-1] if len(words) > 1 else None


def same_period(first: datetime.date | None, second: datetime.date | None) -> bool:
    """Unknown dates (undated copy) do not keep two articles apart."""
    return first is None or second is None or abs(first - second) <= PERIOD


def resolve_lone_names(occurrences: Iterable[Occurrence], articles_to_resolve: set[str] | None = None
                       ) -> list[Resolution]:
    """A Resolution for every one-word PERSON entity of every article (of `articles_to_resolve`
    when given), from all `occurrences` (every article the warehouse holds that names such an
    entity, a person of that surname or an entity of that name)."""
    occurrences = list(occurrences)
    by_article: dict[str, list[Occurrence]] = defaultdict(list)
    people_by_surname: dict[str, dict[str, list[Occurrence]]] = defaultdict(lambda: defaultdict(list))
    others_by_name: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    cued_as_person: dict[str, int] = defaultdict(int)  # lone name -> articles naming it with a person cue
    for occurrence in occurrences:
        by_article[occurrence.article_id].append(occurrence)
        if is_lone_name(occurrence) and occurrence.person_cue:
            cued_as_person[occurrence.name.casefold()] += 1
        if occurrence.entity_type == "PERSON":
            last = surname(occurrence.name)
            if last:
                people_by_surname[last.casefold()][occurrence.entity_id].append(occurrence)
        else:
            key = occurrence.name.casefold()
            others_by_name[key][occurrence.entity_id] += 1
            if key.endswith("s"):
                others_by_name[key[:-1]][occurrence.entity_id] += 1  # "Oscars" names "Oscar"
    context = {article_id: {o.entity_id for o in found if o.entity_type in CONTEXT_TYPES}
               for article_id, found in by_article.items()}

    resolutions = []
    for occurrence in occurrences:
        if not is_lone_name(occurrence) or (articles_to_resolve is not None
                                            and occurrence.article_id not in articles_to_resolve):
            continue
        key = occurrence.name.casefold()
        people = people_by_surname.get(key, {})
        status, resolved_id = choose_person(occurrence, people, context)
        if status == UNKNOWN and key in others_by_name:
            # no person of that surname, and the warehouse reads the name as something else: it
            # stands for the most often named entity of that name (a typing the model got right
            # elsewhere outweighs the model's PERSON: "Yukos", "Oscar" are named as people more
            # often than not), unless articles that cue a person outnumber that entity's
            other_id, other_articles = max(others_by_name[key].items(), key=lambda item: (item[1], item[0]))
            if other_articles >= cued_as_person[key]:
                status, resolved_id = NOT_A_PERSON, other_id
        resolutions.append(Resolution(occurrence.article_id, occurrence.entity_id, status, resolved_id))
    return resolutions


def choose_person(lone: Occurrence, people: dict[str, list[Occurrence]],
                  context: dict[str, set[str]]) -> tuple[str, str | None]:
    """(status, person id) for a lone name among the full-name people of its surname."""
    if not people:
        return UNKNOWN, None
    in_article = [person_id for person_id, found in people.items()
                  if any(o.article_id == lone.article_id for o in found)]
    if len(in_article) == 1:
        return RESOLVED, in_article[0]
    own_context = context.get(lone.article_id, set()) - {lone.entity_id}
    in_period = {person_id: {o.article_id for o in found if same_period(o.published, lone.published)}
                 for person_id, found in people.items()}
    with_context = {person_id: sum(1 for article_id in articles
                                   if own_context & (context[article_id] - {person_id}))
                    for person_id, articles in in_period.items()}
    if any(with_context.values()):
        return dominant(with_context, minimum=1)
    return dominant({person_id: len(articles) for person_id, articles in in_period.items()},
                    minimum=MIN_SUPPORT_WITHOUT_CONTEXT)


def dominant(support: dict[str, int], minimum: int) -> tuple[str, str | None]:
    """The person with the most support when it has at least `minimum` and DOMINANCE times the
    next one's; ties between ids are no choice."""
    ranked = sorted(support.items(), key=lambda item: -item[1])
    best_id, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best >= minimum and best >= DOMINANCE * runner_up:
        return RESOLVED, best_id
    return AMBIGUOUS, None
