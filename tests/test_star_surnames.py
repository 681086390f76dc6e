"""The surname rule of the star layer (assets/star/surnames.py) on invented warehouses."""

import datetime

from assets.star.surnames import AMBIGUOUS, NOT_A_PERSON, RESOLVED, UNKNOWN, Occurrence, resolve_lone_names

DAY = datetime.date(2005, 3, 1)


def person(article, name, published=DAY):
    return Occurrence(article, "person:" + name.lower().replace(" ", "-"), "PERSON", name, published)


def org(article, name, entity_type="ORG", published=DAY):
    return Occurrence(article, f"{entity_type.lower()}:" + name.lower().replace(" ", "-"), entity_type, name, published)


def resolutions(occurrences, only=None):
    return {(r.article_id, r.entity_id): (r.status, r.resolved_id)
            for r in resolve_lone_names(occurrences, only)}


def test_a_surname_resolves_to_the_one_person_of_that_surname():
    found = resolutions([person("a1", "Tony Blair"), person("a2", "Tony Blair"), person("a3", "Blair")])
    assert found == {("a3", "person:blair"): (RESOLVED, "person:tony-blair")}


def test_context_picks_the_person_of_the_same_affairs():
    """Two Williamses: the one named beside the same club as this article wins."""
    occurrences = [person("a1", "Serena Williams"), org("a1", "Wimbledon", "EVENT"),
                   person("a2", "Serena Williams"), org("a2", "WTA"),
                   person("a3", "Shane Williams"), org("a3", "Ospreys"),
                   person("a4", "Shane Williams"), org("a4", "Ospreys"),
                   person("a5", "Williams"), org("a5", "Ospreys")]
    assert resolutions(occurrences)[("a5", "person:williams")] == (RESOLVED, "person:shane-williams")


def test_no_dominant_person_stays_ambiguous():
    occurrences = [person("a1", "Gordon Brown"), person("a2", "Gordon Brown"),
                   person("a3", "James Brown"), person("a4", "James Brown"), person("a5", "Brown")]
    assert resolutions(occurrences)[("a5", "person:brown")] == (AMBIGUOUS, None)


def test_without_context_one_article_is_too_little():
    occurrences = [person("a1", "David Frost"), person("a2", "Frost")]
    assert resolutions(occurrences)[("a2", "person:frost")] == (AMBIGUOUS, None)


def test_people_of_another_period_do_not_count():
    long_ago = DAY - datetime.timedelta(days=3000)
    occurrences = [person("a1", "Tony Blair", long_ago), person("a2", "Tony Blair", long_ago),
                   person("a3", "Blair")]
    assert resolutions(occurrences)[("a3", "person:blair")] == (AMBIGUOUS, None)


def test_undated_articles_are_not_kept_apart():
    occurrences = [person("a1", "Tony Blair", None), person("a2", "Tony Blair", None), person("a3", "Blair")]
    assert resolutions(occurrences)[("a3", "person:blair")] == (RESOLVED, "person:tony-blair")


def test_the_full_name_in_the_same_article_wins():
    occurrences = [person("a1", "Gordon Brown"), person("a2", "Gordon Brown"), person("a3", "Gordon Brown"),
                   person("a4", "James Brown"), person("a4", "Brown")]
    assert resolutions(occurrences)[("a4", "person:brown")] == (RESOLVED, "person:james-brown")


def test_parties_companies_and_awards_are_not_people():
    occurrences = [org("a1", "Labour"), org("a2", "Yukos"), org("a3", "Oscars", "EVENT"),
                   person("a4", "Labour"), person("a4", "Yukos"), person("a4", "Oscar")]
    found = resolutions(occurrences)
    assert found[("a4", "person:labour")] == (NOT_A_PERSON, "org:labour")
    assert found[("a4", "person:yukos")] == (NOT_A_PERSON, "org:yukos")
    assert found[("a4", "person:oscar")] == (NOT_A_PERSON, "event:oscars")


def test_a_person_of_that_surname_outranks_an_entity_of_that_name():
    occurrences = [person("a1", "Didier Drogba"), person("a2", "Didier Drogba"), org("a3", "Drogba"),
                   person("a4", "Drogba")]
    assert resolutions(occurrences)[("a4", "person:drogba")] == (RESOLVED, "person:didier-drogba")


def test_a_name_nobody_carries_stays_unknown():
    assert resolutions([person("a1", "Druyun")]) == {("a1", "person:druyun"): (UNKNOWN, None)}


def test_only_the_articles_asked_for_are_resolved():
    occurrences = [person("a1", "Tony Blair"), person("a2", "Blair"), person("a3", "Blair")]
    assert set(resolutions(occurrences, only={"a3"})) == {("a3", "person:blair")}


def test_a_one_name_person_cued_as_a_person_stays_a_person_though_typed_org_elsewhere():
    # a singer known by one name: titled or called "she" in two articles, typed ORG in one
    cued = [Occurrence(article, "person:jamelia", "PERSON", "Jamelia", DAY, person_cue=True) for article in ("a1", "a2")]
    found = resolutions([*cued, org("a3", "Jamelia"), person("a4", "Jamelia")])
    assert found[("a4", "person:jamelia")] == (UNKNOWN, None)


def test_a_company_the_model_rarely_cues_as_a_person_is_still_not_one():
    # one stray "he" linked to the company does not outweigh the articles that type it ORG
    stray = Occurrence("a1", "person:yukos", "PERSON", "Yukos", DAY, person_cue=True)
    found = resolutions([stray, org("a2", "Yukos"), org("a3", "Yukos"), person("a4", "Yukos")])
    assert found[("a4", "person:yukos")] == (NOT_A_PERSON, "org:yukos")
