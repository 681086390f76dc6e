"""Entity rules found on restructuring and competition news (invented and written blind by a
helper, then read after scoring): the first two words of an organisation's long name used alone
are that organisation, not a person the model reads there; an office before a form of address
and a name is the person's ("chief executive Dr. Thabo Mokoena"). On invented articles through the
whole chain; the tests that also pass without the rule are guards, said so in their comments."""

from tests.test_entities_company_forms import extraction, extractor  # noqa: F401 (a fixture)


def entities_of(extractor, body, text):
    return [(m.entity_type, m.entity.entity_id) for m in extraction(extractor, body).mentions if m.text == text]


def test_the_first_two_words_of_a_long_name_used_alone_are_that_organisation(extractor):
    body = ("Kestrel Ridge Offshore Ltd., the Houston-based operator of drilling rigs, said on Monday it had emerged "
            "from bankruptcy. Kestrel Ridge also announced two new drilling contracts.")
    assert entities_of(extractor, body, "Kestrel Ridge") == [("ORG", "org:kestrel-ridge-offshore-ltd")]


def test_two_words_given_as_a_person_stay_a_person(extractor):
    # a guard: "said he" gives the two words as a person's name
    body = ("Dana Whitmore Holdings said sales rose in the year. Dana Whitmore, who founded the group, said he was "
            "proud of its staff.")
    assert [kind for kind, _ in entities_of(extractor, body, "Dana Whitmore")] == ["PERSON"]


def test_an_office_before_a_form_of_address_and_a_name_is_the_person_s(extractor):
    body = '"This order changes that," said Nortega Vaccines chief executive Dr. Thabo Mokoena.'
    assert [(m.title, m.affiliation.entity_id) for m in extraction(extractor, body).mentions
            if m.text == "Thabo Mokoena"] == [("chief executive", "org:nortega-vaccines")]
