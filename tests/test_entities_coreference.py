"""Pronoun, speaker and title references to named people (assets/entities/coreference.py), on
invented text: the named PERSON mentions are given, as the resolution component would produce them."""

import re

import pytest

from assets.entities.coreference import find_quotations, find_references, place_references
from assets.entities.extract import ArticleText, EntityExtractor
from assets.entities.relations import find_relations
from assets.entities.types import Entity, Mention, SentenceLocator


def sentences(body: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^.!?\n]+(?:[.!?]+[\"”]?|\n|$)", body)]


def person(body: str, name: str, occurrence: int = 0, *, entity_name: str | None = None,
           title: str | None = None, entity_type: str = "PERSON", extractor: str = "ner") -> Mention:
    start = [m.start() for m in re.finditer(re.escape(name), body)][occurrence]
    canonical = entity_name or name
    entity = Entity(f"{entity_type.lower()}:{canonical.lower().replace(' ', '-')}", entity_type, canonical)
    locator = SentenceLocator(sentences(body))
    return Mention(start, start + len(name), name, locator.index_of(start), entity, 0.75, extractor,
                   title=title)


def resolve(body: str, mentions: list[Mention]) -> list[tuple[str, int, str, str]]:
    """(text, start, canonical name, extractor) of each reference, after checking its offsets."""
    references = find_references(body, sorted(mentions, key=lambda m: m.start), SentenceLocator(sentences(body)))
    for ref in references:
        assert body[ref.start:ref.end] == ref.text
    return [(r.text, r.start, r.entity.canonical_name, r.extractor) for r in references]


def texts(found) -> list[tuple[str, str]]:
    return [(text, name) for text, _, name, _ in found]


def test_pronoun_joins_the_one_person_before_it():
    body = "Marta Ilves opened the new port on Monday. She said it would double exports."
    found = resolve(body, [person(body, "Marta Ilves")])
    assert found == [("She", body.index("She"), "Marta Ilves", "coreference:pronoun")]


def test_resolved_pronoun_carries_the_chain_and_the_entity():
    body = "Marta Ilves opened the port. She thanked the workers. Later she left for the capital."
    mentions = [person(body, "Marta Ilves")]
    references = find_references(body, mentions, SentenceLocator(sentences(body)))
    assert [r.text for r in references] == ["She", "she"]
    assert all(r.entity is mentions[0].entity and r.confidence == 0.6 for r in references)
    assert [r.sentence_index for r in references] == [1, 2]


def test_no_pronoun_resolved_without_a_person_before_it():
    body = "He arrived late. The port opened on Monday, said Marta Ilves."
    assert resolve(body, [person(body, "Marta Ilves")]) == []


def test_person_too_far_back_is_not_joined():
    body = "Marta Ilves opened the port. Ships came. Trade grew. Prices fell. He was pleased."
    assert resolve(body, [person(body, "Marta Ilves")]) == []


def test_two_people_make_the_pronoun_ambiguous():
    body = "In the capital, Marta Ilves met Tomas Berg. He said the talks went well."
    assert resolve(body, [person(body, "Marta Ilves"), person(body, "Tomas Berg")]) == []


def test_gender_from_an_honorific_settles_two_people():
    body = "Mrs Ilves met Mr Berg in the capital. He said the talks went well, and she agreed."
    found = resolve(body, [person(body, "Ilves"), person(body, "Berg")])
    assert texts(found) == [("He", "Berg"), ("she", "Ilves")]


def test_reported_speech_chooses_its_speaker():
    body = "Tomas Berg mentioned Anton Kask twice. Berg told the court that he was innocent."
    mentions = [person(body, "Tomas Berg"), person(body, "Anton Kask"),
                person(body, "Berg", 1, entity_name="Tomas Berg")]
    assert texts(resolve(body, mentions)) == [("he", "Tomas Berg")]


def test_sentence_subject_carries_over_to_he():
    body = "Tomas Berg fired Anton Kask in May. He later hired three engineers."
    mentions = [person(body, "Tomas Berg"), person(body, "Anton Kask")]
    assert texts(resolve(body, mentions)) == [("He", "Tomas Berg")]


def test_person_introduced_without_a_name_blocks_the_pronoun():
    body = "Tomas Berg visited the mill. A worker whose shift had ended said he was tired."
    assert resolve(body, [person(body, "Tomas Berg")]) == []


def test_apposition_introduces_no_one_else():
    body = "Tomas Berg, a former engineer, visited the mill. He said it would reopen."
    assert texts(resolve(body, [person(body, "Tomas Berg")])) == [("He", "Tomas Berg")]


def test_name_typed_as_an_organisation_in_subject_place_blocks_the_pronoun():
    body = "Tomas Berg praised the crew. Valdor was promoted in June, after he won the race."
    mentions = [person(body, "Tomas Berg"), person(body, "Valdor", entity_type="ORG")]
    assert resolve(body, mentions) == []


def test_possessive_her_is_left_out_object_her_is_kept():
    body = "Marta Ilves lost her bag. The police gave her a receipt."
    assert texts(resolve(body, [person(body, "Marta Ilves")])) == [("her", "Marta Ilves")]
    assert resolve(body, [person(body, "Marta Ilves")])[0][1] == body.rindex("her")


def test_third_person_pronoun_inside_a_quotation_is_left_out():
    body = 'Tomas Berg spoke at the mill. "He will never come back," Berg said.'
    mentions = [person(body, "Tomas Berg"), person(body, "Berg", 1, entity_name="Tomas Berg")]
    assert resolve(body, mentions) == []


def test_person_named_inside_a_quotation_is_no_antecedent_outside():
    body = '"I admire Ada Roe," he says.'
    assert resolve(body, [person(body, "Ada Roe")]) == []


def test_first_person_in_a_quotation_joins_the_speaker_after_it():
    body = 'Exports rose. "I expect more of the same next year, and they told me so," said Anton Kask.'
    found = resolve(body, [person(body, "Anton Kask")])
    assert [(t, n, e) for t, _, n, e in found] == [("I", "Anton Kask", "coreference:speaker"),
                                                  ("me", "Anton Kask", "coreference:speaker")]


def test_first_person_in_a_quotation_joins_the_speaker_before_it():
    body = 'Anton Kask told reporters: "I will not resign."'
    assert texts(resolve(body, [person(body, "Anton Kask")])) == [("I", "Anton Kask")]


def test_speaker_may_be_a_resolved_pronoun_with_an_apposition():
    body = 'Anton Kask runs the mill. "I hire locally," he says.\n"I pay well," Kask, the owner, added.'
    mentions = [person(body, "Anton Kask"), person(body, "Kask", 1, entity_name="Anton Kask")]
    assert texts(resolve(body, mentions)) == [("I", "Anton Kask"), ("he", "Anton Kask"), ("I", "Anton Kask")]


def test_quotation_without_an_attribution_stays_unresolved():
    body = 'Anton Kask visited the port. "I never saw so many ships."'
    assert resolve(body, [person(body, "Anton Kask")]) == []


def test_first_person_outside_quotations_is_the_writer_not_a_source():
    body = "Anton Kask runs the mill. I visited it in May."
    assert resolve(body, [person(body, "Anton Kask")]) == []


def test_quoted_paragraph_after_the_speakers_one_goes_on_in_their_words():
    body = ('Anton Kask issued the following statement:\n"We mourn a colleague."\n'
            '"I send my condolences to his family."\nThe mill closed for a day.')
    found = resolve(body, [person(body, "Anton Kask")])
    assert texts(found) == [("I", "Anton Kask")]


def test_statement_after_said_colon_is_in_the_speakers_words():
    body = ("The Trade Minister, Marta Ilves, said:\n\nI welcome the agreement. It helps exporters.\n\n"
            "I thank both delegations.\n\nFurther information\n\nI is a letter.")
    found = resolve(body, [person(body, "Marta Ilves", title="Trade Minister")])
    assert texts(found) == [("I", "Marta Ilves"), ("I", "Marta Ilves")]


def test_statement_ends_at_a_paragraph_without_the_first_person():
    paragraphs = find_quotations("Ann Roe said:\n\nI agree.\n\nThe talks ended.\n\nI left.")
    assert [(q.start, q.whole) for q in paragraphs] == [(15, True)]


def test_roman_numeral_i_is_no_pronoun():
    body = 'Anton Kask said: "The archive covers World War I, and my grandfather."'
    assert resolve(body, [person(body, "Anton Kask")]) == []


def test_title_reference_joins_the_person_holding_that_office():
    body = ("Foreign Minister Marta Ilves met the envoy. Trade rose. Prices fell. Ships came.\n"
            "The Foreign Minister said talks would go on. Later the minister left.")
    found = resolve(body, [person(body, "Marta Ilves", title="Foreign Minister")])
    assert [(t, n, e) for t, _, n, e in found] == [
        ("The Foreign Minister", "Marta Ilves", "coreference:title"),
        ("the minister", "Marta Ilves", "coreference:title")]


def test_title_reference_needs_the_same_office_and_a_single_holder():
    body = ("Foreign Minister Marta Ilves met Defence Minister Tomas Berg. The minister said little. "
            "The Foreign Minister smiled. The president arrived.")
    mentions = [person(body, "Marta Ilves", title="Foreign Minister"),
                person(body, "Tomas Berg", title="Defence Minister")]
    assert texts(resolve(body, mentions)) == [("The Foreign Minister", "Marta Ilves")]


def test_a_bare_title_reference_is_the_holder_of_the_bare_office_not_of_one_of_a_body():
    body = ("President Ana Roe met the envoy. Tom Kask, the president of the Farm Bureau, wrote to her. "
            "The president announced a deal.")
    mentions = [person(body, "Ana Roe", title="President"),
                person(body, "Tom Kask", title="president of the Farm Bureau")]
    found = [(text, start, name) for text, start, name, _ in resolve(body, mentions)]
    assert ("The president", body.rindex("The president"), "Ana Roe") in found
    body = "President Ana Roe met President Tom Kask. The president announced a deal."
    mentions = [person(body, "Ana Roe", title="President"), person(body, "Tom Kask", title="President")]
    assert resolve(body, mentions) == []


def test_title_reference_is_no_deputy_of_that_office():
    body = ("Deputy Prime Minister Ivo Sarna opened the port. The prime minister was abroad. "
            "The deputy prime minister said the port would grow.")
    found = resolve(body, [person(body, "Ivo Sarna", title="Deputy Prime Minister")])
    assert texts(found) == [("The deputy prime minister", "Ivo Sarna")]
    body = "Vice President Ana Roe spoke. The president did not."
    assert resolve(body, [person(body, "Ana Roe", title="Vice President")]) == []


def test_the_premier_is_the_prime_minister_and_no_deputy():
    body = "Prime Minister Ivo Sarna landed in Tarvo. The premier is due to meet the mayor."
    assert texts(resolve(body, [person(body, "Ivo Sarna", title="Prime Minister")])) == [("The premier", "Ivo Sarna")]
    body = "Premier Ana Roe landed in Tarvo. The prime minister is due to meet the mayor."
    assert texts(resolve(body, [person(body, "Ana Roe", title="Premier")])) == [("The prime minister", "Ana Roe")]
    body = "Deputy Prime Minister Ivo Sarna landed in Tarvo. The premier stayed at home."
    assert resolve(body, [person(body, "Ivo Sarna", title="Deputy Prime Minister")]) == []
    body = "Foreign Minister Ivo Sarna landed in Tarvo. The premier stayed at home."
    assert resolve(body, [person(body, "Ivo Sarna", title="Foreign Minister")]) == []


def test_title_before_a_name_is_not_a_reference():
    body = "Foreign Minister Marta Ilves spoke. Later the Foreign Minister Tomas Berg replied."
    mentions = [person(body, "Marta Ilves", title="Foreign Minister"),
                person(body, "Tomas Berg", title="Foreign Minister")]
    assert resolve(body, mentions) == []


def test_no_references_without_named_people():
    assert resolve("He said the minister left. \"I agree,\" she said.", []) == []


@pytest.fixture(scope="module")
def extraction():
    body = ("Foreign Minister Marta Ilves opened the Port of Valdmere on Monday. "
            "She said the port would double exports. "
            '"I am proud of the workers," the Foreign Minister told reporters.')
    article = ArticleText("c1", body, sentences(body), None)
    (result,) = EntityExtractor().extract([article])
    return body, result


def test_extractor_adds_references_as_mentions_of_the_named_entity(extraction):
    body, result = extraction
    named = next(m for m in result.mentions if m.text == "Marta Ilves")
    references = [m for m in result.mentions if m.extractor.startswith("coreference:")]
    assert [(m.text, m.extractor) for m in references] == [
        ("She", "coreference:pronoun"), ("I", "coreference:speaker"),
        ("the Foreign Minister", "coreference:title")]
    others = {m.entity_id for m in result.mentions if not m.extractor.startswith("coreference:")}
    assert {m.entity_id for m in references} <= others  # no new entities (entities.entities rows)
    for mention in references:
        assert body[mention.start:mention.end] == mention.text
        assert mention.entity is named.entity or mention.entity == named.entity
        assert 0.0 < mention.confidence < named.confidence


def test_references_take_part_in_no_relation(extraction):
    body, result = extraction
    named = [m for m in result.mentions
             if not m.extractor.startswith("coreference:") and m.entity_type != "QUANTITY"]
    assert result.relations == find_relations(body, named)


def test_speaker_before_is_the_name_an_apposition_follows():
    body = 'Ann Roe, editor of The Herald, said: "I doubt it."'
    mentions = [person(body, "Ann Roe"), person(body, "Herald")]
    assert texts(resolve(body, mentions)) == [("I", "Ann Roe")]


def test_sentence_subject_is_the_name_after_its_title():
    body = "Party spokesman Ann Roe met Tomas Berg. He said little."
    mentions = [person(body, "Party"), person(body, "Ann Roe"), person(body, "Tomas Berg")]
    assert texts(resolve(body, mentions)) == [("He", "Ann Roe")]


def test_honorific_name_typed_as_an_organisation_blocks_the_pronoun():
    body = 'Tomas Berg spoke first. The plan is costly, according to Mr Kask. "It fails," he said.'
    mentions = [person(body, "Tomas Berg"), person(body, "Mr Kask", entity_type="ORG")]
    assert resolve(body, mentions) == []


def test_first_person_inside_a_quoted_dialogue_is_not_the_speaker():
    body = '"When I complained, he said, \'I don\'t care,\' and left," Ann Roe told researchers.'
    assert [r[1] for r in resolve(body, [person(body, "Ann Roe")])] == [body.index("I")]


def test_we_in_a_quotation_joins_the_speakers_organisation():
    body = 'Acme spokeswoman Ann Roe said: "We regret the delay and I apologise to us all."'
    acme = person(body, "Acme", entity_type="ORG", extractor="gazetteer")
    roe = person(body, "Ann Roe", title="spokeswoman")
    roe.affiliation = acme.entity
    found = resolve(body, [acme, roe])
    assert [(t, n, e) for t, _, n, e in found] == [
        ("We", "Acme", "coreference:speaker_organisation"), ("I", "Ann Roe", "coreference:speaker"),
        ("us", "Acme", "coreference:speaker_organisation")]


def test_we_stays_unresolved_when_the_speaker_has_no_organisation():
    body = 'Ann Roe said: "We regret the delay."'
    assert resolve(body, [person(body, "Ann Roe")]) == []


def test_honorific_settles_two_people():
    body = "Mrs Jean Roe met Mr Pat Hansen in Oslo. She said the talks went well; he agreed."
    found = resolve(body, [person(body, "Jean Roe"), person(body, "Pat Hansen")])
    assert texts(found) == [("She", "Jean Roe"), ("he", "Pat Hansen")]


@pytest.mark.parametrize("between", ["An Estonian who fled the war said", "Berg's assistant said",
                                     "Another resident said"])
def test_other_people_introduced_without_a_name_block_the_pronoun(between):
    body = f"Tomas Berg visited the mill. {between} he was tired."
    assert resolve(body, [person(body, "Tomas Berg")]) == []


def test_a_predicate_noun_describes_the_person_and_blocks_nothing():
    body = "Tomas Berg has been a loyal colleague. He will retire in May."
    assert texts(resolve(body, [person(body, "Tomas Berg")])) == [("He", "Tomas Berg")]


def test_place_references_join_the_one_town_or_country_named_just_before():
    body = ("Floods cut off Valdmere on Monday. Rescuers reached the town by boat. "
            "Estonia sent aid. The country will rebuild the city of Tartu. "
            "Kask visited Valdmere and Narva. The town mayor was away.")
    locator = SentenceLocator(sentences(body))
    def place(text, entity_type, nth=0):
        start = [m.start() for m in re.finditer(re.escape(text), body)][nth]
        return Mention(start, start + len(text), text, locator.index_of(start),
                       Entity(f"{entity_type.lower()}:{text}", entity_type, text), 0.9, "gazetteer")
    mentions = [place("Valdmere", "PLACE"), place("Estonia", "COUNTRY"), place("Tartu", "PLACE"),
                place("Valdmere", "PLACE", 1), place("Narva", "PLACE")]
    found = place_references(body, sorted(mentions, key=lambda m: m.start), locator)
    assert [(m.text, m.entity_id, m.extractor) for m in found] == [
        ("the town", "place:Valdmere", "coreference:place"),
        ("The country", "country:Estonia", "coreference:place")]  # "the city of Tartu" names it; two towns fit "The town"
    assert all(body[m.start:m.end] == m.text for m in found)
