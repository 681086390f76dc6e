"""Trap cases of issue 11 item 1 on invented sentences: a known organisation the gazetteer finds
inside the model's span of a longer name of one of its units, outlets or services ("BBC Radio 4",
"Google Video") is one organisation by the longer name, not the known one and a stray remainder;
a product's name after its maker's ("Microsoft Windows") and a possessive keep the maker
(disambiguation.names_unit). Likewise a town opening the model's span of a club's name, where the
name ends in a club's word or the text makes it a side, is the club ("Manchester City beat ...":
disambiguation.names_club), and a people's adjective opening the model's event is the event's
name ("the French Open"), not the country; the town alone stays the town, the country the country."""

import pytest

from assets.entities.chain import extractors
from assets.entities.disambiguation import ArticleCountries, Candidate, weighed_spans
from assets.entities.extract import ArticleText, EntityExtractor, Span
from assets.entities.gazetteer import load_gazetteer

FOUND = extractors()


@pytest.fixture(scope="module")
def extractor():
    return EntityExtractor()


def named(extractor, body):
    """{mention text: entity id} of one invented article, less figures and pronouns."""
    (result,) = extractor.extract([ArticleText("t", body, [(0, len(body))], None)])
    return {m.text: m.entity.entity_id for m in result.mentions
            if not m.extractor.startswith("coreference") and m.entity_type != "QUANTITY"}


# ---- the model's span alone against the gazetteer's organisation inside it --------------------------

@pytest.mark.parametrize("body, model_text, model_label, name, entity_id, kept", [
    # a unit, outlet or service: the longer name, typed ORG whatever the model read it as
    ("He spoke to BBC Radio 4 today.", "BBC Radio 4", "ORG", "BBC", "org:bbc", ("BBC Radio 4", "ORG", None)),
    ("He told the BBC World Service so.", "the BBC World Service", "ORG", "BBC", "org:bbc",
     ("the BBC World Service", "ORG", None)),
    ("She told BBC Sport Wales so.", "BBC Sport Wales", "PERSON", "BBC", "org:bbc", ("BBC Sport Wales", "ORG", None)),
    ("It airs on BBC Two tonight.", "BBC Two", "ORG", "BBC", "org:bbc", ("BBC Two", "ORG", None)),
    ("Google Video added channels.", "Google Video", "ORG", "Google", "org:google", ("Google Video", "ORG", None)),
    # a product's own name after its maker's, or a possessive: the maker stays
    ("Players that run Microsoft Windows sold.", "Microsoft Windows", "ORG", "Microsoft", "org:microsoft",
     ("Microsoft", "ORG", "org:microsoft")),
    ("The Apple Powerbook 100 won.", "Apple Powerbook 100", "ORG", "Apple", "org:apple", ("Apple", "ORG", "org:apple")),
    ("Microsoft's Windows Service failed.", "Microsoft's Windows Service", "ORG", "Microsoft", "org:microsoft",
     ("Microsoft", "ORG", "org:microsoft")),
    # the known name inside, not opening, the model's span is no unit's owner
    ("The Orvel Google News panel met.", "Orvel Google News", "ORG", "Google", "org:google",
     ("Google", "ORG", "org:google")),
    # a club's name a town opens: one organisation, whatever the model typed it as
    ("Manchester City beat Dorne 2-0 on Sunday.", "Manchester City", "GPE", "Manchester", "place:manchester",
     ("Manchester City", "ORG", None)),
    ("Fans of Manchester United sang.", "Manchester United", "GPE", "Manchester", "place:manchester",
     ("Manchester United", "ORG", None)),
    # a side elsewhere in the article makes the name a club's at each use
    ("Fans of Manchester City sang. Manchester City beat Dorne 2-0.", "Manchester City", "GPE", "Manchester",
     "place:manchester", ("Manchester City", "ORG", None)),
    # the same words as no side of anything: the town stays
    ("The council of Manchester City met.", "Manchester City", "GPE", "Manchester", "place:manchester",
     ("Manchester", "PLACE", "place:manchester")),
    # a people's adjective opening an event's name: the event's; the country's own name stays the country's
    ("She won the French Open twice.", "the French Open", "EVENT", "French", "country:FRA",
     ("the French Open", "EVENT", None)),
    ("They spoke of the France Week fair.", "the France Week", "EVENT", "France", "country:FRA",
     ("France", "COUNTRY", "country:FRA")),
])
def test_known_name_opening_the_model_span(body, model_text, model_label, name, entity_id, kept):
    gazetteer = load_gazetteer()
    model_start = body.index(model_text)
    model = [Span(model_start, model_start + len(model_text), model_label, None, FOUND.ner)]
    start = body.index(name)
    candidate = Candidate(start, start + len(name), entity_id)
    spans = weighed_spans(body, model, [candidate], gazetteer, ArticleCountries.of(body, [candidate], gazetteer), FOUND)
    assert kept in {(body[s.start:s.end], s.label, s.entity_id) for s in spans}


# ---- through the whole chain ------------------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("She presented a programme on BBC Radio 4 for ten years.", "BBC Radio 4"),
    ("He told the BBC News website on Monday that the plan would work.", "BBC News"),
    ("The BBC World Service programme Go Digital said it would help.", "BBC World Service"),
    ("Founding member Geoff Barrow told BBC 6 Music the record was done.", "BBC 6 Music"),
    ("The company said Google Video would add more channels.", "Google Video"),
    ("Steve Jobs founded Apple Computer in a garage in California.", "Apple Computer"),
])
def test_a_units_name_is_one_organisation(extractor, body, name):
    found = named(extractor, body)
    assert found.get(name, "").startswith("org:")
    remainder = name.split(" ", 1)[1]
    assert remainder not in found and name.split(" ", 1)[0] not in found


@pytest.mark.parametrize("body, maker", [
    ("Players that support Microsoft Windows can play the files.", "Microsoft"),
    ("Microsoft's Windows software runs on most computers.", "Microsoft"),
    ("The Apple Powerbook 100 was named the greatest gadget.", "Apple"),
])
def test_a_products_maker_stays_the_known_organisation(extractor, body, maker):
    assert named(extractor, body).get(maker) == f"org:{maker.lower()}"


@pytest.mark.parametrize("body, name, kind", [
    ("Manchester City beat Dorne Rovers 2-0 on Saturday.", "Manchester City", "org:"),
    ("Manchester United beat Dorne Rovers 2-0 on Saturday.", "Manchester United", "org:"),
    ("She won the French Open last year and lost in Paris this year.", "French Open", "event:"),
    ("He reached the semi-finals of the Australian Open in January.", "Australian Open", "event:"),
])
def test_a_name_a_place_opens_is_one_name(extractor, body, name, kind):
    found = named(extractor, body)
    assert found.get(name, "").startswith(kind)
    assert name.split()[0] not in found and name.split()[-1] not in found


@pytest.mark.parametrize("body, name, entity_id", [
    ("He grew up in Manchester before moving to Leeds.", "Manchester", "place:manchester"),
    ("New Zealand won the match by ten points.", "New Zealand", "country:NZL"),
    ("French voters rejected the plan.", "French", "country:FRA"),
    ("Officials at the US Treasury said the dollar would fall.", "US Treasury", "org:us-treasury"),
])
def test_a_place_alone_stays_itself(extractor, body, name, entity_id):
    assert named(extractor, body).get(name) == entity_id
