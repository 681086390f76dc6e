"""Events from the dependency parse (events.py), one construction per test, on invented sentences.
Mentions are given by hand so each test is about the event rules, not the NER; the parse, the
amounts and the dates are the real ones."""

import datetime
from pathlib import Path

import pytest

from assets.entities.dates import find_dates
from assets.entities.events import find_events_of_articles
from assets.entities.money import find_amounts
from assets.entities.titles import is_past_role
from assets.entities.types import Entity, Mention, SentenceLocator

TYPES = {"country": "COUNTRY", "person": "PERSON", "org": "ORG", "place": "PLACE", "sector": "SECTOR",
         "policy": "POLICY", "subdivision": "SUBDIVISION"}
PUBLISHED = datetime.date(2024, 5, 2)


def sentence_spans(body):
    """Sentences end at ". " or a line break (after a headline) in these texts."""
    spans, start = [], 0
    for index, char in enumerate(body):
        if char == "\n":
            spans.append((start, index))
            start = index + 1
        elif char == "." and (index + 1 == len(body) or body[index + 1] == " "):
            spans.append((start, index + 1))
            start = index + 2
    if start < len(body):  # a headline alone, with no full stop
        spans.append((start, len(body)))
    return spans


def events_of(body, *pairs, kind=None, titles=None, affiliations=None, extractors=None):
    """Events of body with mentions for (surface, entity_id[, kind]) pairs found left to right;
    `titles` gives a person's office as written before the name ({surface: title}),
    `affiliations` the entity id of the body that office belongs to ({surface: entity_id}), and
    `extractors` how a mention was found, where it matters ({surface: "ner"}: the model alone)."""
    sentences = sentence_spans(body)
    locator = SentenceLocator(sentences)
    found, cursor = [], 0
    for surface, entity_id, *org_kind in pairs:
        start = body.index(surface, cursor)
        cursor = start + len(surface)
        entity = Entity(entity_id, TYPES[entity_id.split(":")[0]], surface, kind=(org_kind or [None])[0])
        mention = Mention(start, cursor, surface, locator.index_of(start), entity, 0.9, (extractors or {}).get(surface, "test"))
        if titles and surface in titles:
            mention.title = titles[surface]
            mention.title_start = body.rindex(mention.title, 0, start)
            mention.title_end = mention.title_start + len(mention.title)
            mention.former = is_past_role(body, mention.title_start, mention.title_end)  # as attach_titles sets it
        found.append(mention)
    entities = {m.entity_id: m.entity for m in found}
    for mention in found:
        if affiliations and mention.text in affiliations:
            mention.affiliation = entities[affiliations[mention.text]]
    amounts = find_amounts(body, PUBLISHED, locator)
    dates = find_dates(body, PUBLISHED, locator, [])
    [events] = find_events_of_articles([(body, sentences, found, amounts, dates)])
    return [e for e in events if kind in (None, e.event_type)]


def summary(event):
    def ids(role):
        return tuple(p.entity_id for p in event.role(role))

    if event.event_type in ("agreement", "meet"):
        return event.event_type, event.status, tuple(sorted(p.entity_id for p in event.parties))
    return event.event_type, event.status, ids("agent"), ids("recipient")


def test_agreed_to_lend_with_indirect_object_and_amount():
    body = "The Nordic Investment Bank has agreed to lend Estonia $300 million for a new tram line."
    [event] = events_of(body, ("Nordic Investment Bank", "org:nib"), ("Estonia", "country:EST"))
    assert summary(event) == ("lend", "agreed", ("org:nib",), ("country:EST",))
    assert event.amount.text == "$300 million" and event.amount.amount_min == 300e6
    assert body[event.start:event.end].startswith("Nordic Investment Bank") and event.extractor == "dependency"


def test_loan_noun_with_purpose_clause_names_the_borrower():
    body = "The Islamic Development Bank approved a $90 million loan to help Senegal upgrade its ports."
    [event] = events_of(body, ("Islamic Development Bank", "org:isdb"), ("Senegal", "country:SEN"))
    assert summary(event) == ("lend", "agreed", ("org:isdb",), ("country:SEN",))
    assert event.amount.text == "$90 million"


def test_passive_loan_takes_the_by_agent():
    body = "Zambia was lent $500 million by the African Export-Import Bank in March."
    [event] = events_of(body, ("Zambia", "country:ZMB"), ("African Export-Import Bank", "org:afrexim"))
    assert summary(event) == ("lend", "done", ("org:afrexim",), ("country:ZMB",))
    assert event.date.value == "2024-03"


@pytest.mark.parametrize("body", ["The Gulf Fund lent Brenna Copper 25bn pounds.",
                                  "The Gulf Fund lent Northern Rock 25bn pounds."])
def test_a_borrower_the_parse_folds_into_the_sum_is_the_borrower(body):
    borrower = body.split(" lent ")[1].split(" 25bn")[0]
    [event] = events_of(body, ("Gulf Fund", "org:gulf"), (borrower, "org:borrower"))
    assert summary(event) == ("lend", "done", ("org:gulf",), ("org:borrower",))
    assert event.amount.text == "25bn pounds"


@pytest.mark.parametrize("body, lender, sum_text", [
    ("China lends Laos $1 billion for rail link.", "China", "$1 billion"),
    ("Pelora lends Laos $300 million to rebuild its ports.", "Pelora", "$300 million"),
])
def test_a_borrower_the_parse_reads_as_the_sum_s_quantity_is_the_borrower(body, lender, sum_text):
    # a headline's present tense: the small model may hang the borrower on the "$" as a quantity
    [event] = events_of(body, (lender, "country:lender"), ("Laos", "country:LAO"))
    assert summary(event) == ("lend", "done", ("country:lender",), ("country:LAO",))
    assert event.amount.text == sum_text


def test_a_sum_with_no_borrower_names_none():
    body = "The Gulf Fund lent a record 25bn pounds to banks."
    assert [summary(e) for e in events_of(body, ("Gulf Fund", "org:gulf"))] == []


@pytest.mark.parametrize("body, giver", [
    ("Iraq received $18bn in US reconstruction funds.", ("US", "country:USA")),
    ("Iraq has won $2bn in EU structural funds since 2004.", ("EU", "org:eu")),
])
def test_a_giver_named_as_the_received_moneys_modifier_gives_it(body, giver):
    [event] = events_of(body, ("Iraq", "country:IRQ"), giver)
    assert summary(event) == ("fund", "done", (giver[1],), ("country:IRQ",))


@pytest.mark.parametrize("body", ["Veltrix Motors will invest 100m pounds in its Sunderland plant.",
                                  "Veltrix Motors will invest 100m pounds in the Sunderland factory."])
def test_the_place_that_names_a_plant_invested_in_is_the_target(body):
    [event] = events_of(body, ("Veltrix Motors", "org:veltrix"), ("Sunderland", "place:sunderland"))
    assert summary(event) == ("invest", "planned", ("org:veltrix",), ("place:sunderland",))


def test_a_place_naming_something_else_than_works_is_no_target():
    body = "Veltrix Motors will invest 100m pounds in the Sunderland football club."
    assert events_of(body, ("Veltrix Motors", "org:veltrix"), ("Sunderland", "place:sunderland")) == []


@pytest.mark.parametrize("body, status", [
    ("Norland will fund a new railway in Kenya.", "planned"),
    ("Norland has financed a $3bn railway project in Kenya.", "done"),
])
def test_works_funded_in_a_place_fund_that_place(body, status):
    [event] = events_of(body, ("Norland", "country:NOR"), ("Kenya", "country:KEN"))
    assert summary(event) == ("fund", status, ("country:NOR",), ("country:KEN",))


@pytest.mark.parametrize("body", ["Veltrix Holdings funded its own plant in Kenya.",
                                  "Veltrix Holdings funded research in Kenya."])
def test_own_works_or_research_funded_in_a_place_fund_no_one(body):
    assert events_of(body, ("Veltrix Holdings", "org:veltrix"), ("Kenya", "country:KEN"), kind="fund") == []


def test_borrowing_from_turns_the_roles_round():
    body = "Sri Lanka borrowed $1 billion from India last year."
    [event] = events_of(body, ("Sri Lanka", "country:LKA"), ("India", "country:IND"))
    assert summary(event) == ("lend", "done", ("country:IND",), ("country:LKA",))


def test_coordinated_funders_make_one_event_each():
    body = "The dam was paid for by several donors, and Norway and Japan funded the clinics in Kabul."
    found = events_of(body, ("Norway", "country:NOR"), ("Japan", "country:JPN"), ("Kabul", "place:kabul"),
                      kind="fund")
    assert found == []  # no recipient named: the clinics are nobody
    body = "Norway and Japan funded Malawi's vaccination programme."
    found = events_of(body, ("Norway", "country:NOR"), ("Japan", "country:JPN"), ("Malawi", "country:MWI"))
    assert sorted(summary(e) for e in found) == [
        ("fund", "done", ("country:JPN",), ("country:MWI",)), ("fund", "done", ("country:NOR",), ("country:MWI",))]


def test_funders_listed_after_a_colon():
    body = "The three plants are largely funded by two state lenders: Banco Andino and the Caribe Fund."
    found = events_of(body, ("Banco Andino", "org:banco-andino"), ("Caribe Fund", "org:caribe-fund"))
    assert found == []  # the plants are not named
    body = ("Its suppliers include Verano Textiles, all of which are funded by two state lenders: "
            "Banco Andino and the Caribe Fund.")
    found = events_of(body, ("Verano Textiles", "org:verano"), ("Banco Andino", "org:banco-andino"),
                      ("Caribe Fund", "org:caribe-fund"))
    assert sorted(summary(e) for e in found) == [
        ("fund", "done", ("org:banco-andino",), ("org:verano",)),
        ("fund", "done", ("org:caribe-fund",), ("org:verano",))]


def test_investment_in_a_place_is_planned_with_a_modal():
    body = "Marrow Lithium will invest $1.2 billion in Jujuy over the next four years."
    [event] = events_of(body, ("Marrow Lithium", "org:marrow"), ("Jujuy", "place:jujuy"))
    assert summary(event) == ("invest", "planned", ("org:marrow",), ("place:jujuy",))
    assert event.amount.text == "$1.2 billion"


def test_possessive_purchase_of_is_an_acquisition():
    body = "Halvard Foods' purchase of Orchard Dairy was completed in January."
    [event] = events_of(body, ("Halvard Foods", "org:halvard"), ("Orchard Dairy", "org:orchard"))
    assert summary(event) == ("acquire", "done", ("org:halvard",), ("org:orchard",))


def test_bought_from_names_the_seller():
    body = "Kestrel Energy bought Vardo Refining from Polar Oil for $400m."
    [event] = events_of(body, ("Kestrel Energy", "org:kestrel"), ("Vardo Refining", "org:vardo"),
                        ("Polar Oil", "org:polar"))
    assert event.event_type == "acquire" and [p.entity_id for p in event.role("agent")] == ["org:kestrel"]
    assert [p.entity_id for p in event.role("seller")] == ["org:polar"]
    assert event.amount.text == "$400m"


def test_won_a_contract_from_a_client():
    body = "Daewon Construction won a $2 billion contract from Qatar Energy to build a gas terminal."
    [event] = events_of(body, ("Daewon Construction", "org:daewon"), ("Qatar Energy", "org:qatar-energy"))
    assert summary(event) == ("contract", "done", ("org:daewon",), ("org:qatar-energy",))
    assert event.amount.text == "$2 billion"


def test_awarding_a_contract_makes_the_indirect_object_the_contractor():
    body = "The Lagos state government awarded Ikenna Builders a contract for a new bridge."
    [event] = events_of(body, ("Lagos state government", "org:lagos-government"), ("Ikenna Builders", "org:ikenna"))
    assert summary(event) == ("contract", "done", ("org:ikenna",), ("org:lagos-government",))


def test_a_receiver_read_as_a_first_direct_object_is_the_indirect_one():
    # the small model reads "Larsen & Toubro" as a first direct object before "a contract"
    body = "Velmora awarded Larsen & Toubro a $1.2 billion contract for the metro line."
    [event] = events_of(body, ("Velmora", "country:VEL"), ("Larsen & Toubro", "org:larsen"))
    assert summary(event) == ("contract", "done", ("org:larsen",), ("country:VEL",))


def test_coordinated_signatories_of_an_agreement_and_its_place():
    body = "Chile and Peru signed a fisheries agreement in Lima on Monday."
    [event] = events_of(body, ("Chile", "country:CHL"), ("Peru", "country:PER"), ("Lima", "place:lima"))
    assert summary(event) == ("agreement", "done", ("country:CHL", "country:PER"))
    assert event.place.entity_id == "place:lima"


def test_loan_agreement_is_a_loan_from_the_financier():
    body = "Montenegro signed a €200 million loan agreement with the Danube Development Bank."
    [event] = events_of(body, ("Montenegro", "country:MNE"),
                        ("Danube Development Bank", "org:ddb", "development_bank"))
    assert summary(event) == ("lend", "done", ("org:ddb",), ("country:MNE",))
    assert event.amount.currency == "EUR"


def test_meeting_the_person_in_apposition_not_their_country():
    body = "Tamar Beridze met Armenia's finance minister, Aram Hakobyan, in Yerevan."
    [event] = events_of(body, ("Tamar Beridze", "person:tamar-beridze"), ("Armenia", "country:ARM"),
                        ("Aram Hakobyan", "person:aram-hakobyan"), ("Yerevan", "place:yerevan"))
    assert summary(event) == ("meet", "done", ("person:aram-hakobyan", "person:tamar-beridze"))
    assert event.place.entity_id == "place:yerevan"


def test_meeting_planned():
    body = "Ana Ruiz will meet Jonas Berg in Oslo next week."
    [event] = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Jonas Berg", "person:jonas-berg"),
                        ("Oslo", "place:oslo"))
    assert summary(event)[:2] == ("meet", "planned")


@pytest.mark.parametrize("body", [
    "Veltrix ruled out a takeover of Omnia Steel.",
    "Veltrix did not buy Omnia Steel.",
    "Veltrix could buy Omnia Steel.",
    "If Veltrix buys Omnia Steel, prices will rise.",
    "Veltrix hopes to buy Omnia Steel.",
    "Analysts expect Veltrix to buy Omnia Steel.",
    "Veltrix and Omnia Steel reached no agreement.",
])
def test_negated_hypothetical_and_hoped_for_events_are_not_events(body):
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Omnia Steel", "org:omnia")) == []


def test_a_transaction_told_twice_is_one_event():
    body = ("The Gulf Fund lent Jordan $250 million in April. "
            "Jordan will use the $250 million that the Gulf Fund lent it to repair water pipes. "
            "The Gulf Fund also lent Jordan money for schools.")
    found = events_of(body, ("Gulf Fund", "org:gulf-fund"), ("Jordan", "country:JOR"),
                      ("Jordan", "country:JOR"), ("Gulf Fund", "org:gulf-fund"),
                      ("Gulf Fund", "org:gulf-fund"), ("Jordan", "country:JOR"))
    [event] = found
    assert event.sentence_index == 0 and event.amount.text == "$250 million"
    assert summary(event) == ("lend", "done", ("org:gulf-fund",), ("country:JOR",))


def test_the_agreement_again_is_the_deal_already_told():
    body = ("Ruritania signed a loan agreement with the Baltic Bank. "
            "Its finance minister, Petra Lind, signed the agreement with the Baltic Bank in Riga.")
    found = events_of(body, ("Ruritania", "country:RUR"), ("Baltic Bank", "org:baltic-bank"),
                      ("Petra Lind", "person:petra-lind"), ("Baltic Bank", "org:baltic-bank"), ("Riga", "place:riga"))
    assert [summary(e) for e in found] == [("lend", "done", ("org:baltic-bank",), ("country:RUR",))]


def test_the_agreement_after_a_meeting_with_one_of_its_sides_is_a_deal_of_its_own():
    body = ("Tomas Berg held talks with Ana Kovac on Tuesday. "
            "The ceasefire signed by Ana Kovac and Jonas Brekke last week was on the agenda.")
    found = events_of(body, ("Tomas Berg", "person:berg"), ("Ana Kovac", "person:kovac"),
                      ("Ana Kovac", "person:kovac"), ("Jonas Brekke", "person:brekke"))
    assert [summary(e) for e in found] == [("meet", "done", ("person:berg", "person:kovac")),
                                           ("agreement", "done", ("person:brekke", "person:kovac"))]
    # the deal talks between the same sides were about is no deal of its own
    body = ("Norland held trade talks with Pelora on Tuesday. "
            "A breakthrough in the Norland-Pelora trade deal has remained out of reach.")
    found = events_of(body, ("Norland", "country:NOR"), ("Pelora", "country:PEL"), ("Norland", "country:NOR"),
                      ("Pelora", "country:PEL"))
    assert [summary(e) for e in found] == [("meet", "done", ("country:NOR", "country:PEL"))]


def test_sentences_without_trigger_or_actor_are_not_parsed(monkeypatch):
    import assets.entities.events as events

    def no_parser():
        raise AssertionError("parsed a sentence with no candidate")

    monkeypatch.setattr(events, "load_parser", no_parser)
    body = "Estonia grew fast. The deal was good."
    assert events_of(body, ("Estonia", "country:EST")) == []


def test_a_minority_stake_is_an_investment_a_controlling_one_an_acquisition():
    body = "Corvid Media is buying a 15% stake in Lantern Press."  # under way: agreed, not yet done
    [event] = events_of(body, ("Corvid Media", "org:corvid"), ("Lantern Press", "org:lantern"))
    assert summary(event) == ("invest", "agreed", ("org:corvid",), ("org:lantern",))
    body = "Corvid Media bought a controlling stake in Lantern Press."
    [event] = events_of(body, ("Corvid Media", "org:corvid"), ("Lantern Press", "org:lantern"))
    assert summary(event)[:2] == ("acquire", "done")


def test_selling_a_stake_names_the_buyer_as_investor_in_the_seller():
    body = "Brenner Motors sold Koda Auto a stake in 2001."
    [event] = events_of(body, ("Brenner Motors", "org:brenner"), ("Koda Auto", "org:koda"))
    assert summary(event) == ("invest", "done", ("org:koda",), ("org:brenner",))


def test_an_office_named_back_is_its_one_holder():
    body = ("Moldovan President Irina Vlad arrived in Rome. "
            "On Friday the Moldovan president met Prime Minister Luca Ferri.")
    [event] = events_of(body, ("Moldovan", "country:MDA"), ("Irina Vlad", "person:irina-vlad"),
                        ("Luca Ferri", "person:luca-ferri"), kind="meet", titles={"Irina Vlad": "President"})
    assert summary(event) == ("meet", "done", ("person:irina-vlad", "person:luca-ferri"))


def test_the_company_is_the_one_organisation_just_named():
    body = "Selwyn Grain reported higher profits. The company has bought Talbot Mills."
    [event] = events_of(body, ("Selwyn Grain", "org:selwyn"), ("Talbot Mills", "org:talbot"))
    assert summary(event) == ("acquire", "done", ("org:selwyn",), ("org:talbot",))
    body = "Selwyn Grain and Orla Foods reported higher profits. The company has bought Talbot Mills."
    found = events_of(body, ("Selwyn Grain", "org:selwyn"), ("Orla Foods", "org:orla"), ("Talbot Mills", "org:talbot"))
    assert found == []  # two organisations could be meant


def test_a_visit_to_a_person_is_a_meeting_to_a_place_is_not():
    body = "Senator Ruth Cole visited Chancellor Ida Brandt in Berlin."
    [event] = events_of(body, ("Ruth Cole", "person:ruth-cole"), ("Ida Brandt", "person:ida-brandt"),
                        ("Berlin", "place:berlin"))
    assert summary(event) == ("meet", "done", ("person:ida-brandt", "person:ruth-cole"))
    body = "Senator Ruth Cole visited Berlin and Vienna."
    assert events_of(body, ("Ruth Cole", "person:ruth-cole"), ("Berlin", "place:berlin"),
                     ("Vienna", "place:vienna")) == []


def test_agreeing_with_a_view_is_no_agreement():
    body = "Lord Ashby said he agreed with Ms Carver's view."
    assert events_of(body, ("Ashby", "person:ashby"), ("Carver", "person:carver")) == []


def test_a_canadian_company_is_no_party():
    body = "The ministry awarded the contract to a Canadian company."
    assert events_of(body, ("Canadian", "country:CAN")) == []


def test_a_trigger_word_inside_a_name_is_no_trigger():
    body = "Peru joined the Andean Free Trade Agreement with Chile."
    assert events_of(body, ("Peru", "country:PER"), ("Andean Free Trade Agreement", "org:afta"),
                     ("Chile", "country:CHL")) == []


def test_lending_support_is_no_loan():
    body = "Senator Ruth Cole lent her support to Acme Mining."
    assert events_of(body, ("Ruth Cole", "person:ruth-cole"), ("Acme Mining", "org:acme-mining")) == []


def test_deals_lost_with_two_clubs_are_no_deal_between_them():
    body = "Kitwell lost sponsorship deals with Arsenal and Celtic."
    assert events_of(body, ("Kitwell", "org:kitwell"), ("Arsenal", "org:arsenal"), ("Celtic", "org:celtic")) == []


def test_an_agreement_whose_content_is_told_is_that_transaction():
    body = "Ruritania has agreed a draft plan with the Atlantic Fund to borrow $2bn."
    [event] = events_of(body, ("Ruritania", "country:RUR"), ("Atlantic Fund", "org:atlantic-fund"))
    assert summary(event) == ("lend", "agreed", ("org:atlantic-fund",), ("country:RUR",))
    assert event.amount.text == "$2bn"


def test_a_rejected_takeover_offer_was_made():
    body = "Harbour Exchange rejected a £1.3bn takeover offer from Rhine Boerse."
    [event] = events_of(body, ("Harbour Exchange", "org:harbour"), ("Rhine Boerse", "org:rhine"))
    assert summary(event) == ("acquire", "announced", ("org:rhine",), ("org:harbour",))


def test_is_to_buy_is_planned():
    body = "Harbour Exchange is to buy Rhine Boerse."
    [event] = events_of(body, ("Harbour Exchange", "org:harbour"), ("Rhine Boerse", "org:rhine"))
    assert summary(event) == ("acquire", "planned", ("org:harbour",), ("org:rhine",))


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no shared seeds")
def test_seed_events():
    """The seed through parsing and the entities layer: the policy banks fund, the 25-30 billion
    range goes with the Kazakh-Chinese projects, the ambassador meets the economist."""
    from assets.entities.extract import ArticleText, EntityExtractor
    from assets.parsed.dispatch import parse_document
    from assets.parsed.sentences import split_sentences

    article = parse_document(next(SEEDS.glob("*.txt")).read_text(encoding="utf-8"), "text/plain")
    [spans] = split_sentences([article.body])
    [extraction] = EntityExtractor().extract([ArticleText("seed", article.body, spans, None)])
    funders = {p.entity_id for e in extraction.events if e.event_type in ("fund", "lend") for p in e.role("agent")}
    assert {"org:china-development-bank", "org:export-import-bank-of-china"} <= funders
    [ranged] = [e for e in extraction.events if e.amount is not None and e.amount.bound == "range"]
    assert (ranged.amount.amount_min, ranged.amount.amount_max) == (25e9, 30e9)
    assert {p.entity_id for p in ranged.parties} == {"country:KAZ", "country:CHN"}
    meetings = [{p.mention.entity.canonical_name for p in e.parties} for e in extraction.events if e.event_type == "meet"]
    assert {"Shahrat Nuryshev", "Xu Weihong"} in meetings


def test_discussing_with_someone_is_meeting_them():
    body = "President Ana Ruiz discussed the debt with French president Paul Morel."
    [event] = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Paul Morel", "person:paul-morel"))
    assert summary(event) == ("meet", "done", ("person:ana-ruiz", "person:paul-morel"))
    body = "Veltrix discussed a takeover of Omnia Steel."
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Omnia Steel", "org:omnia")) == []


def test_he_is_the_one_person_named_before():
    body = ("Trade envoy Marek Dolny flew to Lima on Sunday. "
            "There he met Finance Minister Rosa Quintero.")
    [event] = events_of(body, ("Marek Dolny", "person:marek-dolny"), ("Lima", "place:lima"),
                        ("Rosa Quintero", "person:rosa-quintero"), kind="meet")
    assert summary(event) == ("meet", "done", ("person:marek-dolny", "person:rosa-quintero"))
    body = ("Marek Dolny and Ana Sousa flew to Lima on Sunday. "
            "There he met Finance Minister Rosa Quintero.")
    assert events_of(body, ("Marek Dolny", "person:marek-dolny"), ("Ana Sousa", "person:ana-sousa"),
                     ("Lima", "place:lima"), ("Rosa Quintero", "person:rosa-quintero"), kind="meet") == []


def test_she_in_what_a_person_says_is_the_speaker():
    body = "Lena Vogt said she had met Premier Tomas Berg in Oslo."
    [event] = events_of(body, ("Lena Vogt", "person:lena-vogt"), ("Tomas Berg", "person:tomas-berg"),
                        ("Oslo", "place:oslo"), kind="meet")
    assert summary(event) == ("meet", "done", ("person:lena-vogt", "person:tomas-berg"))


def test_a_name_tagged_once_is_the_same_actor_untagged_later():
    body = "Kestrel Air cut 300 jobs. Kestrel Air and Norvik signed a maintenance agreement in May."
    # the first "Kestrel Air" is tagged, the second is not
    [event] = events_of(body, ("Kestrel Air", "org:kestrel"), ("Norvik", "org:norvik"), kind="agreement")
    assert summary(event) == ("agreement", "done", ("org:kestrel", "org:norvik"))


def test_being_in_talks_with_someone_is_a_meeting():
    body = "Halvard Shipping is in talks with Mareno Lines."
    [event] = events_of(body, ("Halvard Shipping", "org:halvard"), ("Mareno Lines", "org:mareno"))
    assert summary(event) == ("meet", "done", ("org:halvard", "org:mareno"))


def test_talks_with_an_unnamed_side_join_no_one():
    body = "Both Halvard Shipping and Mareno Lines held talks with the port authority."
    assert events_of(body, ("Halvard Shipping", "org:halvard"), ("Mareno Lines", "org:mareno")) == []


def test_a_bid_for_nothing_named_is_for_the_firm_the_article_is_about():
    body = ("Orvell Foods rejected approaches last year. Orvell Foods shares rose 4% on Monday. "
            "Shares climbed after a new offer from Brisk Capital.")
    [event] = events_of(body, ("Orvell Foods", "org:orvell"), ("Orvell Foods", "org:orvell"),
                        ("Brisk Capital", "org:brisk"), kind="acquire")
    assert summary(event) == ("acquire", "announced", ("org:brisk",), ("org:orvell",))
    body = "Tavis Party launched its election bid. Voters heard a new offer from Tavis Party."
    assert events_of(body, ("Tavis Party", "org:tavis"), ("Tavis Party", "org:tavis"), kind="acquire") == []


def test_a_bid_thrown_out_by_someone_was_not_made_by_them():
    body = ("Brisk Capital bid for Orvell Foods in May. Orvell Foods had sought a buyer. "
            "The bid was thrown out by regulator Ines Park.")
    found = events_of(body, ("Brisk Capital", "org:brisk"), ("Orvell Foods", "org:orvell"),
                      ("Orvell Foods", "org:orvell"), ("Ines Park", "person:ines-park"), kind="acquire")
    assert all("person:ines-park" not in {p.entity_id for p in e.parties} for e in found)


def test_it_said_by_a_name_tagged_as_a_person_is_that_name():
    body = "Dorvan Pharma said it had bought Kelso Labs."
    [event] = events_of(body, ("Dorvan Pharma", "person:dorvan-pharma"), ("Kelso Labs", "org:kelso"))
    assert summary(event) == ("acquire", "done", ("person:dorvan-pharma",), ("org:kelso",))


def test_it_among_several_firms_is_the_one_the_article_is_about():
    body = ("Selwyn Grain expects profits to rise. Selwyn Grain and Orla Foods cut prices. "
            "It has bought Talbot Mills.")
    [event] = events_of(body, ("Selwyn Grain", "org:selwyn"), ("Selwyn Grain", "org:selwyn"),
                        ("Orla Foods", "org:orla"), ("Talbot Mills", "org:talbot"))
    assert summary(event) == ("acquire", "done", ("org:selwyn",), ("org:talbot",))


def test_an_order_placed_is_a_contract_for_the_maker():
    body = "Corvina Air placed an order for 12 Halden Aero jets."
    [event] = events_of(body, ("Corvina Air", "org:corvina"), ("Halden Aero", "org:halden"))
    assert summary(event) == ("contract", "done", ("org:halden",), ("org:corvina",))
    body = "Halden Aero already has orders from Corvina Air."
    [event] = events_of(body, ("Halden Aero", "org:halden"), ("Corvina Air", "org:corvina"))
    assert summary(event) == ("contract", "done", ("org:halden",), ("org:corvina",))


def test_merging_with_someone_is_an_agreement_between_them():
    body = "Tarrant Steel has agreed to merge with Oskar Metals."
    [event] = events_of(body, ("Tarrant Steel", "org:tarrant"), ("Oskar Metals", "org:oskar"))
    assert summary(event) == ("agreement", "agreed", ("org:oskar", "org:tarrant"))
    body = "Tarrant Steel will be merged with Oskar Metals next year."
    [event] = events_of(body, ("Tarrant Steel", "org:tarrant"), ("Oskar Metals", "org:oskar"))
    assert summary(event) == ("agreement", "planned", ("org:oskar", "org:tarrant"))


def test_a_stake_held_is_no_investment_told():
    body = "Madrid-based Orvado already holds a 40% stake in Kessler Rail."
    assert events_of(body, ("Orvado", "org:orvado"), ("Kessler Rail", "org:kessler")) == []


def test_looking_to_buy_is_no_purchase_yet():
    body = "Orvado was looking to buy Kessler Rail for $2bn."
    assert events_of(body, ("Orvado", "org:orvado"), ("Kessler Rail", "org:kessler")) == []


def test_cancelling_or_freezing_debts_funds_the_debtor():
    body = "Norway has cancelled Malawi's debts."
    [event] = events_of(body, ("Norway", "country:NOR"), ("Malawi", "country:MWI"))
    assert summary(event) == ("fund", "done", ("country:NOR",), ("country:MWI",))
    body = "The Orlen Club offered to freeze debts owed by Tonga."
    [event] = events_of(body, ("Orlen Club", "org:orlen"), ("Tonga", "country:TON"))
    assert summary(event) == ("fund", "announced", ("org:orlen",), ("country:TON",))
    body = "Norway cancelled the concert in Malawi."
    assert events_of(body, ("Norway", "country:NOR"), ("Malawi", "country:MWI")) == []


def test_he_after_an_office_is_its_one_holder():
    body = ("Prime Minister Oskar Lind opened the summit. Delegates arrived late. Rain fell all day. "
            "The prime minister took charge of the talks. He also spoke to President Ana Ruiz.")
    [event] = events_of(body, ("Oskar Lind", "person:oskar-lind"), ("Ana Ruiz", "person:ana-ruiz"),
                        kind="meet", titles={"Oskar Lind": "Prime Minister"})
    assert summary(event) == ("meet", "done", ("person:ana-ruiz", "person:oskar-lind"))


def test_their_meeting_in_a_caption_is_a_meeting_of_the_names_it_opens_with():
    body = ("Ghanaian president Kofi Mensah and Norway's Ingrid Dahl inspect the guard during a ceremony "
            "before their meeting in Accra.")
    [event] = events_of(body, ("Ghanaian", "country:GHA"), ("Kofi Mensah", "person:kofi-mensah"),
                        ("Norway", "country:NOR"), ("Ingrid Dahl", "person:ingrid-dahl"), ("Accra", "place:accra"))
    assert summary(event) == ("meet", "done", ("person:ingrid-dahl", "person:kofi-mensah"))
    body = "The envoys left before their meeting with Tomas Varga."  # "their" names nobody here
    assert events_of(body, ("Tomas Varga", "person:tomas-varga")) == []


def test_a_reflexive_names_no_buyer_the_clause_above_does():
    body = "Stelvio Logistics employs 9,000 people and has itself been busy, paying £90m to buy Arden Freight."
    [event] = events_of(body, ("Stelvio Logistics", "org:stelvio"), ("Arden Freight", "org:arden"))
    assert summary(event) == ("acquire", "done", ("org:stelvio",), ("org:arden",))


def test_what_a_relative_pronoun_stands_for_is_bought():
    body = "The branches belonged to Corran Bank, which Halden Financial bought last year."
    [event] = events_of(body, ("Corran Bank", "org:corran"), ("Halden Financial", "org:halden"))
    assert summary(event) == ("acquire", "done", ("org:halden",), ("org:corran",))


def test_supplying_a_client_is_a_contract_not_supplying_funds_to_a_market():
    body = "Aerion is to supply Baltic Air with up to 30 of its new jets."
    [event] = events_of(body, ("Aerion", "org:aerion"), ("Baltic Air", "org:baltic-air"))
    assert summary(event) == ("contract", "planned", ("org:aerion",), ("org:baltic-air",))
    body = "Crestmoor Mortgage supplies funds to Norland's housing market."
    assert events_of(body, ("Crestmoor Mortgage", "org:crestmoor"), ("Norland", "country:NOR")) == []


def test_building_a_plant_in_a_country_invests_in_it():
    body = "Daeho Motors said it plans to build a second plant in Peru."
    [event] = events_of(body, ("Daeho Motors", "org:daeho"), ("Peru", "country:PER"))
    assert summary(event) == ("invest", "planned", ("org:daeho",), ("country:PER",))


def test_two_ministers_apposed_to_one_noun_both_meet():
    body = ("Agencies reported that Chile's mining minister Mr Soto and Peruvian energy minister "
            "Luis Prado would discuss the pipeline at a meeting on Friday.")
    found = events_of(body, ("Chile", "country:CHL"), ("Soto", "person:soto"), ("Peruvian", "country:PER"),
                      ("Luis Prado", "person:luis-prado"), kind="meet")
    assert [summary(e) for e in found] == [("meet", "planned", ("person:luis-prado", "person:soto"))]


def test_willing_to_buy_is_no_purchase():
    body = "Kessel Motors had been willing to buy Brava Cars."
    assert events_of(body, ("Kessel Motors", "org:kessel"), ("Brava Cars", "org:brava")) == []


def test_agreeing_together_on_a_course_of_action_is_an_agreement():
    body = "Velmar Brewing and Kosi Breweries agreed in 2021 to form a strategic partnership."
    [event] = events_of(body, ("Velmar Brewing", "org:velmar"), ("Kosi Breweries", "org:kosi"))
    assert summary(event) == ("agreement", "agreed", ("org:kosi", "org:velmar"))
    body = "Analysts at Velmar Brewing agreed to disagree."  # one side agrees with nobody
    assert events_of(body, ("Velmar Brewing", "org:velmar")) == []


def test_giving_money_to_a_named_recipient_funds_it():
    body = "Japan gave Indonesia $500 million after the floods."
    [event] = events_of(body, ("Japan", "country:JPN"), ("Indonesia", "country:IDN"))
    assert summary(event) == ("fund", "done", ("country:JPN",), ("country:IDN",))
    assert event.amount.text == "$500 million"
    body = "Norway pledged 40m euros in aid to Malawi."
    [event] = events_of(body, ("Norway", "country:NOR"), ("Malawi", "country:MWI"))
    assert summary(event) == ("fund", "announced", ("country:NOR",), ("country:MWI",))
    body = "Japan gave Indonesia its full support."  # no money given
    assert events_of(body, ("Japan", "country:JPN"), ("Indonesia", "country:IDN")) == []


def test_the_price_paid_for_a_purchase_and_the_sum_a_relative_clause_lends():
    body = "Stelvio Logistics spent £90m to buy Arden Freight."
    [event] = events_of(body, ("Stelvio Logistics", "org:stelvio"), ("Arden Freight", "org:arden"))
    assert summary(event) == ("acquire", "done", ("org:stelvio",), ("org:arden",))
    assert event.amount.text == "£90m"
    body = "Stelvio Logistics spent £90m on buying a 40% stake in Arden Freight from its founders."
    [event] = events_of(body, ("Stelvio Logistics", "org:stelvio"), ("Arden Freight", "org:arden"))
    assert event.amount.text == "£90m"
    body = "The $2bn which Norland Bank lent Pelora Oil came from abroad."
    [event] = events_of(body, ("Norland Bank", "org:norland-bank"), ("Pelora Oil", "org:pelora-oil"))
    assert summary(event) == ("lend", "done", ("org:norland-bank",), ("org:pelora-oil",))
    assert event.amount.text == "$2bn"


def test_a_noun_keeps_the_complement_the_parse_hangs_on_the_name_before_it():
    body = "Regulators compared the deal to a failed bid by Corvane Mining for Talbot Resources in 2019."
    [event] = events_of(body, ("Corvane Mining", "org:corvane"), ("Talbot Resources", "org:talbot"))
    assert summary(event)[::2] == ("acquire", ("org:corvane",))
    assert summary(event)[3] == ("org:talbot",)


def test_a_dinner_is_a_meeting_of_its_host_and_the_people_of_the_clause_it_frames():
    body = "Ana Ruiz hosted a dinner in March where Omar Bello told Lena Vos about the plan."
    [event] = events_of(body, ("Ana Ruiz", "person:ruiz"), ("Omar Bello", "person:bello"), ("Lena Vos", "person:vos"))
    assert summary(event) == ("meet", "done", ("person:bello", "person:ruiz", "person:vos"))
    body = "At a lunch hosted by Ana Ruiz in May, Omar Bello thanked Lena Vos."
    [event] = events_of(body, ("Ana Ruiz", "person:ruiz"), ("Omar Bello", "person:bello"), ("Lena Vos", "person:vos"))
    assert summary(event) == ("meet", "done", ("person:bello", "person:ruiz", "person:vos"))
    body = "At a dinner on Friday, Omar Bello backed Lena Vos's plan."  # her plan was there, not she
    assert events_of(body, ("Omar Bello", "person:bello"), ("Lena Vos", "person:vos")) == []


def test_a_meal_had_with_someone_is_a_meeting_and_one_had_alone_is_none():
    people = (("Ana Ruiz", "person:ruiz"), ("Omar Bello", "person:bello"))
    for body in ("Ana Ruiz had lunch with Omar Bello on Thursday.",
                 "Ana Ruiz shared a private dinner with Omar Bello at the embassy."):
        [event] = events_of(body, *people)
        assert summary(event) == ("meet", "done", ("person:bello", "person:ruiz")), body
    assert events_of("Ana Ruiz had lunch in Brask on Thursday, Omar Bello said.", *people) == []


def test_settling_charges_is_an_agreement_with_the_one_who_brought_them():
    body = "Corvane Mining paid the Pelorian Securities Board $40m to settle charges of fraud."
    [event] = events_of(body, ("Corvane Mining", "org:corvane"), ("Pelorian Securities Board", "org:psb"))
    assert summary(event) == ("agreement", "done", ("org:corvane", "org:psb"))
    assert event.amount.text == "$40m"
    body = "Talbot Resources has settled a lawsuit brought by Omar Bello."
    [event] = events_of(body, ("Talbot Resources", "org:talbot"), ("Omar Bello", "person:bello"))
    assert summary(event) == ("agreement", "done", ("org:talbot", "person:bello"))


def test_goods_bought_by_number_from_their_maker_are_a_supply_contract():
    body = "Norland Air is to buy 12 jets from Aerovia in a deal worth $900m."
    [event] = events_of(body, ("Norland Air", "org:norland-air"), ("Aerovia", "org:aerovia"))
    assert summary(event) == ("contract", "planned", ("org:aerovia",), ("org:norland-air",))
    assert event.amount.text == "$900m"
    body = "Aerovia sold 8 of its freighters to Norland Air."
    [event] = events_of(body, ("Aerovia", "org:aerovia"), ("Norland Air", "org:norland-air"))
    assert summary(event) == ("contract", "done", ("org:aerovia",), ("org:norland-air",))


def test_a_rival_named_by_its_possessor_is_not_the_possessor():
    body = "Aerovia's main rival will sell 8 jets to Norland Air."
    assert events_of(body, ("Aerovia", "org:aerovia"), ("Norland Air", "org:norland-air")) == []


def test_control_taken_or_handed_over_is_an_acquisition():
    body = "Pelora Holdings gave control of Talbot Resources to Corvane Mining for $2bn."
    [event] = events_of(body, ("Pelora Holdings", "org:pelora"), ("Talbot Resources", "org:talbot"),
                        ("Corvane Mining", "org:corvane"))
    assert summary(event) == ("acquire", "done", ("org:corvane",), ("org:talbot",))
    assert [p.entity_id for p in event.role("seller")] == ["org:pelora"]
    body = "The government of Pelora is regaining control of Talbot Resources."
    [event] = events_of(body, ("Pelora", "country:PEL"), ("Talbot Resources", "org:talbot"))
    assert summary(event)[::2] == ("acquire", ("country:PEL",))


def test_an_option_or_a_right_to_buy_is_no_purchase():
    body = "Corvane Mining gave Pelora Holdings the right to sell it Talbot Resources."
    assert events_of(body, ("Corvane Mining", "org:corvane"), ("Pelora Holdings", "org:pelora"),
                     ("Talbot Resources", "org:talbot"), kind="acquire") == []


def test_a_description_refers_to_the_organisation_introduced_with_that_noun():
    body = ("Investors sold shares of mining group Corvane and of Talbot Resources, whose production unit, "
            "Brenna Copper, is for sale. Pelora Holdings bought the unit for $3bn.")
    [event] = events_of(body, ("Corvane", "org:corvane"), ("Talbot Resources", "org:talbot"),
                        ("Brenna Copper", "org:brenna"), ("Pelora Holdings", "org:pelora"), kind="acquire")
    assert summary(event) == ("acquire", "done", ("org:pelora",), ("org:brenna",))


def test_a_description_with_a_nationality_refers_to_the_organisation_named_with_that_country():
    body = ("Talbot Resources sold its stake to Spain's Corvane Mining. "
            "The Spanish group has also bought Brenna Copper.")
    events = events_of(body, ("Talbot Resources", "org:talbot"), ("Spain", "country:ESP"),
                       ("Corvane Mining", "org:corvane"), ("Spanish", "country:ESP"),
                       ("Brenna Copper", "org:brenna"), kind="acquire")
    assert ("acquire", "done", ("org:corvane",), ("org:brenna",)) in [summary(e) for e in events]


def test_it_opening_a_sentence_goes_on_about_the_name_opening_the_one_before():
    body = ("Corvane Mining said it had bought Brenna Copper from Talbot Resources. "
            "It also acquired 60% of Pelora Holdings.")
    events = events_of(body, ("Corvane Mining", "org:corvane"), ("Brenna Copper", "org:brenna"),
                       ("Talbot Resources", "org:talbot"), ("Pelora Holdings", "org:pelora"))
    assert ("acquire", "done", ("org:corvane",), ("org:pelora",)) in [summary(e) for e in events]


def test_a_name_the_parse_misreads_before_the_verb_is_still_its_subject():
    body = "Corvane, meanwhile, has agreed to merge with Talbot Resources."
    [event] = events_of(body, ("Corvane", "org:corvane"), ("Talbot Resources", "org:talbot"))
    assert summary(event) == ("agreement", "agreed", ("org:corvane", "org:talbot"))


def test_for_names_the_recipient_only_when_nothing_else_does():
    body = "Omar Bello made a £2m donation to the Pelora Party for its Election Campaign."
    events = events_of(body, ("Omar Bello", "person:bello"), ("Pelora Party", "org:pelora-party"),
                       ("Election Campaign", "org:campaign"))
    assert [summary(e) for e in events] == [("fund", "done", ("person:bello",), ("org:pelora-party",))]


def test_a_board_meeting_is_no_meeting_between_parties():
    body = "Corvane Mining told Talbot Resources of the board meeting."
    assert events_of(body, ("Corvane Mining", "org:corvane"), ("Talbot Resources", "org:talbot"), kind="meet") == []


def test_a_price_per_share_is_not_the_amount_of_the_deal():
    body = "Corvane Mining acquired Talbot Resources for $31 each."
    [event] = events_of(body, ("Corvane Mining", "org:corvane"), ("Talbot Resources", "org:talbot"))
    assert summary(event) == ("acquire", "done", ("org:corvane",), ("org:talbot",)) and event.amount is None


def test_a_modal_above_an_adjective_blocks_the_bid_it_governs():
    body = "Analysts said Corvane Mining may be ready to launch a bid for Talbot Resources."
    assert events_of(body, ("Corvane Mining", "org:corvane"), ("Talbot Resources", "org:talbot")) == []


def test_a_bracketed_short_form_is_the_same_party():
    body = "Omar Bello met the Pelora Trade Council (PTC) and Lena Vos on Monday."
    [event] = events_of(body, ("Omar Bello", "person:bello"), ("Pelora Trade Council", "org:ptc"),
                        ("PTC", "org:ptc-acronym"), ("Lena Vos", "person:vos"))
    assert summary(event) == ("meet", "done", ("org:ptc", "person:bello", "person:vos"))


def test_a_name_followed_by_its_country_is_not_the_country():
    body = "Aerovia has orders from Pelair of Norland."
    assert events_of(body, ("Aerovia", "org:aerovia"), ("Norland", "country:NOR")) == []


FUNDER_AND_RECIPIENT = (("Harlow Trust", "org:harlow"), ("Velmora", "country:VEL"))
RECIPIENT_AND_FUNDER = (("Velmora", "country:VEL"), ("Harlow Trust", "org:harlow"))


@pytest.mark.parametrize("body, pairs, status", [
    ("The Harlow Trust earmarked $40 million for Velmora.", FUNDER_AND_RECIPIENT, "done"),
    ("Velmora got a £2m gift from the Harlow Trust.", RECIPIENT_AND_FUNDER, "done"),
    ("The Harlow Trust has pledged a $5m bailout for Velmora.", FUNDER_AND_RECIPIENT, "announced"),
    ("Velmora was awarded a $5m grant by the Harlow Trust.", RECIPIENT_AND_FUNDER, "done"),
])
def test_funding_lemmas_and_the_passive_award(body, pairs, status):
    [event] = events_of(body, *pairs)
    assert summary(event) == ("fund", status, ("org:harlow",), ("country:VEL",))


@pytest.mark.parametrize("body, pairs, status", [
    ("The Harlow Trust approved a debt freeze for Velmora.", FUNDER_AND_RECIPIENT, "agreed"),
    ("The Harlow Trust's cancellation of Velmora's debt was welcomed.", FUNDER_AND_RECIPIENT, "done"),
    ("Velmora accepted a debt moratorium offered by the Harlow Trust.", RECIPIENT_AND_FUNDER, "done"),
    ("The Harlow Trust approved Velmora's request for a freeze on its debt repayments.", FUNDER_AND_RECIPIENT,
     "agreed"),
])
def test_a_noun_of_debt_relief_funds_the_debtor(body, pairs, status):
    [event] = events_of(body, *pairs)
    assert summary(event) == ("fund", status, ("org:harlow",), ("country:VEL",))


def test_an_approved_request_for_a_loan_lends_to_the_one_who_asked():
    body = "The Harlow Bank approved Velmora's application for a $3m loan."
    [event] = events_of(body, ("Harlow Bank", "org:harlow"), ("Velmora", "country:VEL"))
    assert summary(event) == ("lend", "agreed", ("org:harlow",), ("country:VEL",))
    assert event.amount.amount_min == 3_000_000


@pytest.mark.parametrize("body", [
    "The Harlow Trust imposed a hiring freeze on Velmora.",
    "The Harlow Trust ruled out a debt freeze for Velmora.",
    "The Harlow Bank rejected Velmora's request for a loan.",
    "The Harlow Trust hopes to earmark $40 million for Velmora.",
])
def test_a_freeze_of_no_debt_and_denied_or_hoped_for_relief_are_no_events(body):
    assert events_of(body, ("Harlow Trust" if "Trust" in body else "Harlow Bank", "org:harlow"),
                     ("Velmora", "country:VEL")) == []


@pytest.mark.parametrize("body, pairs", [
    ("Tamsin Works was awarded a contract by Kestrel Aero.", (("Tamsin Works", "org:tamsin"), ("Kestrel Aero", "org:kestrel"))),
    ("Kestrel Aero ordered 20 jets from Tamsin Works.", (("Kestrel Aero", "org:kestrel"), ("Tamsin Works", "org:tamsin"))),
    ("Kestrel Aero has ordered 20 Tamsin jets.", (("Kestrel Aero", "org:kestrel"), ("Tamsin", "org:tamsin"))),
])
def test_an_order_or_an_award_makes_the_maker_contractor_and_the_buyer_client(body, pairs):
    [event] = events_of(body, *pairs)
    assert summary(event) == ("contract", "done", ("org:tamsin",), ("org:kestrel",))


def test_goods_ordered_from_a_seller_are_its_contract_not_the_contract_of_a_name_before_them():
    body = "Kestrel Aero has ordered 20 Orvex carriers from Tamsin Works, worth about $4 billion."
    [event] = events_of(body, ("Kestrel Aero", "org:kestrel"), ("Orvex", "org:orvex"), ("Tamsin Works", "org:tamsin"))
    assert summary(event) == ("contract", "done", ("org:tamsin",), ("org:kestrel",))


@pytest.mark.parametrize("body", [
    "Kestrel Aero ordered Tamsin Works to halt production.",
    "Kestrel Aero ordered an inquiry into Tamsin Works.",
    "Kestrel Aero did not order 20 jets from Tamsin Works.",
])
def test_an_order_to_act_an_inquiry_or_a_denied_order_is_no_contract(body):
    assert events_of(body, ("Kestrel Aero", "org:kestrel"), ("Tamsin Works", "org:tamsin")) == []


SUPPLIER_AND_CLIENT = (("Norland", "country:NOR"), ("Velmora", "country:VEL"))
CLIENT_AND_SUPPLIER = (("Velmora", "country:VEL"), ("Norland", "country:NOR"))


@pytest.mark.parametrize("body, pairs", [
    ("Velmora signed a $40bn deal to import gas from Norland.", CLIENT_AND_SUPPLIER),
    ("Norland signed a $40bn deal to export gas to Velmora.", SUPPLIER_AND_CLIENT),
    ("Norland signed a $40bn deal to supply gas to Velmora.", SUPPLIER_AND_CLIENT),
])
def test_a_deal_to_trade_goods_is_a_supply_contract_worth_the_deal(body, pairs):
    [event] = events_of(body, *pairs)
    assert summary(event) == ("contract", "done", ("country:NOR",), ("country:VEL",))
    assert event.amount.amount_min == 40e9


@pytest.mark.parametrize("body", [
    "Velmora imports gas from Norland.",
    "Velmora hopes to sign a deal to import gas from Norland.",
    "Velmora rejected a deal to import gas from Norland.",
])
def test_trade_without_a_deal_or_a_deal_only_hoped_for_is_no_contract(body):
    assert events_of(body, *CLIENT_AND_SUPPLIER) == []


def test_the_possessor_of_a_financing_funds_the_one_of_it():
    body = "The Harlow Trust's financing of Velmora has ended."
    [event] = events_of(body, *FUNDER_AND_RECIPIENT)
    assert summary(event) == ("fund", "done", ("org:harlow",), ("country:VEL",))


def test_funded_by_a_loan_from_a_lender_is_the_loan():
    body = "Velmora was financed by a $3m loan from the Harlow Trust."
    [event] = events_of(body, *RECIPIENT_AND_FUNDER)
    assert summary(event) == ("lend", "done", ("org:harlow",), ("country:VEL",))
    assert event.amount.amount_min == 3_000_000


def test_a_law_a_grant_is_received_under_is_its_funder():
    body = "Velmora received a $5m grant under the Clean Rivers Act."
    [event] = events_of(body, ("Velmora", "country:VEL"), ("Clean Rivers Act", "policy:rivers"))
    assert summary(event) == ("fund", "done", ("policy:rivers",), ("country:VEL",))


# --- parties named in another sentence or by a description ------------------------------------


def test_the_two_sides_are_the_pair_named_together_before():
    body = "Norland and Pelora ended a row over Veltrix and Omnia. The two sides signed a trade pact."
    [event] = events_of(body, ("Norland", "country:NOR"), ("Pelora", "country:PEL"),
                        ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summary(event) == ("agreement", "done", ("country:NOR", "country:PEL"))


def test_the_two_sides_after_a_list_of_three_stay_unresolved():
    body = "Norland, Pelora and Veltria ended a row. The two sides signed a trade pact."
    assert events_of(body, ("Norland", "country:NOR"), ("Pelora", "country:PEL"), ("Veltria", "country:VEL")) == []


def test_the_pair_is_the_only_two_people_named_just_before():
    body = "Ann Roe clashed with Tomas Berg. Roe said little. Berg said less. The pair met at the station."
    [event] = events_of(body, ("Ann Roe", "person:ann-roe"), ("Tomas Berg", "person:tomas-berg"),
                        ("Roe", "person:ann-roe"), ("Berg", "person:tomas-berg"))
    assert summary(event) == ("meet", "done", ("person:ann-roe", "person:tomas-berg"))


def test_the_two_men_are_people_not_the_organisations_named():
    body = "Veltrix and Omnia reported profits. The two men met in Oslo."
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")) == []
    body = "Veltrix and Omnia reported profits. The two companies agreed to merge."
    [event] = events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summary(event) == ("agreement", "agreed", ("org:omnia", "org:veltrix"))


def test_he_after_a_sentence_naming_two_people_is_the_one_it_opens_with():
    body = "Gen Tariq Osmani held talks with Ann Roe on Monday. Later he met Tomas Berg in Paris."
    events = events_of(body, ("Tariq Osmani", "person:tariq-osmani"), ("Ann Roe", "person:ann-roe"),
                       ("Tomas Berg", "person:tomas-berg"))
    assert [summary(e) for e in events] == [("meet", "done", ("person:ann-roe", "person:tariq-osmani")),
                                            ("meet", "done", ("person:tariq-osmani", "person:tomas-berg"))]


def test_he_after_a_sentence_not_opening_with_a_person_stays_unresolved():
    body = "On Monday, Tariq Osmani held talks with Ann Roe. Later he met Tomas Berg in Paris."
    events = events_of(body, ("Tariq Osmani", "person:tariq-osmani"), ("Ann Roe", "person:ann-roe"),
                       ("Tomas Berg", "person:tomas-berg"))
    assert [summary(e) for e in events] == [("meet", "done", ("person:ann-roe", "person:tariq-osmani"))]


def test_the_government_is_the_one_country_named_just_before():
    body = "Pelora wants cheaper water. The government is in talks with Aguas Verdes."
    [event] = events_of(body, ("Pelora", "country:PEL"), ("Aguas Verdes", "org:aguas-verdes"))
    assert summary(event) == ("meet", "done", ("country:PEL", "org:aguas-verdes"))


def test_the_government_between_two_countries_stays_unresolved():
    body = "Pelora and Norland want cheaper water. The government is in talks with Aguas Verdes."
    assert events_of(body, ("Pelora", "country:PEL"), ("Norland", "country:NOR"),
                     ("Aguas Verdes", "org:aguas-verdes")) == []


def test_the_exchange_is_the_one_introduced_as_an_exchange():
    body = "The Norvik exchange Boersa gained. The exchange held talks with Pelora Bank."
    [event] = events_of(body, ("Boersa", "org:boersa"), ("Pelora Bank", "org:pelora-bank"))
    assert summary(event) == ("meet", "done", ("org:boersa", "org:pelora-bank"))


def test_talks_with_one_side_reported_by_the_other():
    body = "Talks with Norvik Boersa will continue, Pelora Bank said."
    [event] = events_of(body, ("Norvik Boersa", "org:boersa"), ("Pelora Bank", "org:pelora-bank"))
    assert summary(event) == ("meet", "planned", ("org:boersa", "org:pelora-bank"))
    body = "Talks with Norvik Boersa will continue, analysts said."
    assert events_of(body, ("Norvik Boersa", "org:boersa")) == []


def test_the_government_is_the_country_the_article_names_most_as_written():
    body = ("Chilean officials met in May. Peru sent a note. Water is dear in Chile. "
            "Prices rose. Chile wants cheaper water. Costs fell. Ships came. "
            "The government is in talks with Aguas Verdes.")
    [event] = events_of(body, ("Chilean", "country:CHL"), ("Peru", "country:PER"), ("Chile", "country:CHL"),
                        ("Chile", "country:CHL"), ("Aguas Verdes", "org:aguas-verdes"))
    assert summary(event) == ("meet", "done", ("country:CHL", "org:aguas-verdes"))
    assert [p.mention.text for p in event.parties] == ["Chile", "Aguas Verdes"]


def test_it_in_a_clause_below_the_main_one_is_the_sentence_subject():
    body = ("Veltrix took a loss at Omnia. Veltrix agreed a package with partner Tarsa Motors which will see it "
            "buy out its stake in Omnia.")
    [event] = events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"), ("Veltrix", "org:veltrix"),
                        ("Tarsa Motors", "org:tarsa"), ("Omnia", "org:omnia"))
    assert summary(event) == ("acquire", "planned", ("org:veltrix",), ("org:omnia",))


@pytest.mark.parametrize("body", [
    "Tarsa Holdings passed into the hands of Veltrix, itself shortly to merge with Omnia Group.",
    "Veltrix, which merged with Omnia Group last year, bought Tarsa Holdings.",
])
def test_a_merger_told_of_one_party_in_an_aside_is_its_own_agreement(body):
    # the sentence's purchase does not carry it, as "a package which will see it buy" carries one
    names = {"Tarsa Holdings": "org:tarsa", "Veltrix": "org:veltrix", "Omnia Group": "org:omnia"}
    in_order = sorted(names, key=body.index)
    events = events_of(body, *((name, names[name]) for name in in_order))
    assert sorted(summary(e)[0] for e in events) == ["acquire", "agreement"]
    [merger] = [e for e in events if e.event_type == "agreement"]
    assert {p.entity_id for p in merger.parties} == {"org:veltrix", "org:omnia"}


@pytest.mark.parametrize("body", [
    "Tarsa Holdings passed into the hands of Veltrix, itself shortly to merge with Omnia Group.",
    "Veltrix, itself due to merge with Omnia Group, bought Tarsa Holdings.",
])
def test_a_merger_in_a_reflexive_aside_is_to_come(body):
    # "X, itself to merge with Z" is "X, which is to merge with Z": arranged, not done
    names = {"Tarsa Holdings": "org:tarsa", "Veltrix": "org:veltrix", "Omnia Group": "org:omnia"}
    events = events_of(body, *((name, names[name]) for name in sorted(names, key=body.index)), kind="agreement")
    assert [summary(e)[:2] for e in events] == [("agreement", "planned")]


def test_it_below_a_main_subject_that_names_no_organisation_stays_unresolved():
    body = "Veltrix and Tarsa Motors reported losses. Analysts said it would buy Omnia."
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Tarsa Motors", "org:tarsa"), ("Omnia", "org:omnia"),
                     kind="acquire") == []


def test_a_stake_sold_by_the_state_is_in_the_company_the_sentence_is_about():
    body = ("Air Pelora lost money. The firm has failed to make money since the state sold a majority stake "
            "to hotel owner Ann Roe in 1994.")
    [event] = events_of(body, ("Air Pelora", "org:air-pelora"), ("Ann Roe", "person:ann-roe"))
    assert summary(event) == ("acquire", "done", ("person:ann-roe",), ("org:air-pelora",))


def test_a_stake_sold_by_a_company_is_still_a_stake_in_that_company():
    body = "Veltrix sold Omnia a 60% stake last year."
    [event] = events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summary(event) == ("acquire", "done", ("org:omnia",), ("org:veltrix",))


def test_an_alliance_or_partnership_formed_is_an_agreement_of_its_members():
    body = "Ann Roe said an alliance of Norland, Pelora and Veltria will co-ordinate aid."
    [event] = events_of(body, ("Ann Roe", "person:ann-roe"), ("Norland", "country:NOR"), ("Pelora", "country:PEL"),
                        ("Veltria", "country:VEL"))
    assert summary(event) == ("agreement", "planned", ("country:NOR", "country:PEL", "country:VEL"))
    body = "Veltrix formed a partnership with Omnia."
    [event] = events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summary(event) == ("agreement", "done", ("org:omnia", "org:veltrix"))


def test_an_alliance_of_one_named_party_or_an_alliance_attacked_is_no_agreement():
    body = "An alliance of rebels attacked Omnia and Veltrix."
    assert events_of(body, ("Omnia", "org:omnia"), ("Veltrix", "org:veltrix")) == []
    body = "Veltrix criticised the alliance with Omnia."
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")) == []


def test_the_market_of_a_place_is_the_one_organisation_named_after_it():
    body = "The Pelora Stock Exchange rose. Norvik Boerse held talks with the Pelora market last week."
    [event] = events_of(body, ("Pelora Stock Exchange", "org:pse"), ("Norvik Boerse", "org:nb"),
                        ("Pelora", "place:pelora"))
    assert summary(event) == ("meet", "done", ("org:nb", "org:pse"))
    body = "The Pelora Stock Exchange and Pelora Bank rose. Norvik Boerse held talks with the Pelora market."
    assert events_of(body, ("Pelora Stock Exchange", "org:pse"), ("Pelora Bank", "org:pb"), ("Norvik Boerse", "org:nb"),
                     ("Pelora", "place:pelora")) == []


def test_a_bid_opposed_or_fought_was_made():
    body = "Investors are opposed to a bid by Veltrix for Omnia."
    [event] = events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summary(event) == ("acquire", "announced", ("org:veltrix",), ("org:omnia",))
    body = "Omnia is fighting an offer from Veltrix."
    [event] = events_of(body, ("Omnia", "org:omnia"), ("Veltrix", "org:veltrix"))
    assert summary(event) == ("acquire", "announced", ("org:veltrix",), ("org:omnia",))


def test_opposing_a_purchase_of_ones_own_is_no_purchase():
    body = "Veltrix opposed buying Omnia."
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")) == []


def test_names_listed_after_a_dash_are_the_parties_of_the_noun_before():
    body = "The deals came after talks in Oslo between Gulf producers and the biggest consumers - Norland, Pelora and Veltria."
    [event] = events_of(body, ("Oslo", "place:oslo"), ("Norland", "country:NOR"), ("Pelora", "country:PEL"),
                        ("Veltria", "country:VEL"))
    assert summary(event) == ("meet", "done", ("country:NOR", "country:PEL", "country:VEL"))


def test_a_hyphen_inside_a_name_lists_nothing():
    body = "Talks with the Anglo-Pelora group went well."
    assert events_of(body, ("Pelora", "country:PEL")) == []


def test_a_deal_on_the_trade_of_two_countries_is_between_them():
    body = "Ann Roe also signed a deal on Pelora-Norland tourism."
    [event] = events_of(body, ("Ann Roe", "person:ann-roe"), ("Pelora", "country:PEL"), ("Norland", "country:NOR"))
    assert summary(event) == ("agreement", "done", ("country:NOR", "country:PEL", "person:ann-roe"))
    body = "Ann Roe also signed a deal on Pelora tourism."
    assert events_of(body, ("Ann Roe", "person:ann-roe"), ("Pelora", "country:PEL")) == []


@pytest.mark.parametrize("body", [
    "There was speculation that Veltrix would make an offer for Omnia.",
    "Veltrix, the company tipped to buy Omnia, was banned from the auction.",
    # what a copula says is as sure as the copula
    "Veltrix shares rose on speculation that it could be the target of a takeover by Omnia.",
])
def test_a_purchase_speculated_or_tipped_is_no_event(body):
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")) == []


def test_a_purchase_reported_is_an_event():
    body = "Reports that Veltrix bought Omnia were confirmed."
    [event] = events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia"))
    assert summary(event) == ("acquire", "done", ("org:veltrix",), ("org:omnia",))


def test_an_offer_a_country_weighs_is_no_bid_for_it():
    body = "Pelora was still considering the offer by the Norland Club."
    assert events_of(body, ("Pelora", "country:PEL"), ("Norland Club", "org:nc"), kind="acquire") == []


def test_the_two_presidents_are_the_two_people_named_as_presidents():
    body = ("Pelorian President Ann Roe met Norland President Tomas Berg in May. Roe said Ivo Sarna "
            "could join later. The two presidents also agreed to create a television network.")
    events = events_of(body, ("Ann Roe", "person:ann-roe"), ("Tomas Berg", "person:tomas-berg"), ("Roe", "person:ann-roe"),
                       ("Ivo Sarna", "person:ivo-sarna"), titles={"Ann Roe": "President", "Tomas Berg": "President"},
                       kind="agreement")
    assert [summary(e) for e in events] == [("agreement", "agreed", ("person:ann-roe", "person:tomas-berg"))]


@pytest.mark.parametrize("body", [
    "In November, Veltrix said it was close to striking a deal with Omnia.",
    "Veltrix is close to a deal with Omnia.",
])
def test_close_to_a_deal_is_no_deal(body):
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")) == []


@pytest.mark.parametrize("body, status", [
    ("The meeting between Anna Berg and Carl Dahl is due to take place in Oslo.", "planned"),
    ("The meeting between Anna Berg and Carl Dahl is set to take place in Oslo.", "planned"),
    ("The meeting between Anna Berg and Carl Dahl is scheduled to take place in Oslo.", "planned"),
    ("The meeting between Anna Berg and Carl Dahl took place in Oslo.", "done"),
])
def test_a_meeting_due_set_or_scheduled_to_take_place_is_planned(body, status):
    (event,) = events_of(body, ("Anna Berg", "person:berg"), ("Carl Dahl", "person:dahl"))
    assert summary(event) == ("meet", status, ("person:berg", "person:dahl"))


@pytest.mark.parametrize("body, pairs, met", [
    ("Anna Berg visited Carl Dahl in Oslo.", [("Anna Berg", "person:berg"), ("Carl Dahl", "person:dahl")], True),
    ("Anna Berg visited the grave of Carl Dahl in Oslo.", [("Anna Berg", "person:berg"), ("Carl Dahl", "person:dahl")], False),
    ("Anna Berg visited the Harlow plant in Oslo.", [("Anna Berg", "person:berg"), ("Harlow", "org:harlow")], False),
])
def test_a_visit_to_a_thing_of_a_person_or_body_is_no_meeting_with_them(body, pairs, met):
    assert bool(events_of(body, *pairs)) is met


def test_people_met_from_an_organisation_stand_for_it_when_the_parse_hangs_from_on_the_verb():
    # "will meet executives from Omnia": the parse hangs "from Omnia" on the verb, not on "executives"
    body = "Ana Ruiz will meet executives from Omnia this week to discuss the film."
    [event] = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Omnia", "org:omnia"))
    assert summary(event) == ("meet", "planned", ("org:omnia", "person:ana-ruiz"))


def test_an_aid_contribution_is_the_aid_it_gives():
    body = "Omnia pledged a sizable aid contribution to the Pelora Foundation."
    [event] = events_of(body, ("Omnia", "org:omnia"), ("Pelora Foundation", "org:pelora-foundation"))
    assert summary(event) == ("fund", "announced", ("org:omnia",), ("org:pelora-foundation",))
    # a contribution alone is no gift of money: to a debate, to growth
    assert events_of("Omnia praised a sizable contribution to Veltrix.", ("Omnia", "org:omnia"),
                     ("Veltrix", "org:veltrix")) == []


def test_the_charity_is_a_charity_named_before_never_the_last_company():
    body = ("The single is on sale at Veltrix. The song costs 79p at Veltrix, with Omnia donating a further 70p "
            "to the charity for each song downloaded.")
    assert events_of(body, ("Veltrix", "org:veltrix"), ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")) == []
    body = "Veltrix gave $5m to the Pelora Foundation last year. This year Omnia donated a further $7m to the charity."
    events = events_of(body, ("Veltrix", "org:veltrix"), ("Pelora Foundation", "org:pelora-foundation"),
                       ("Omnia", "org:omnia"))
    assert [summary(e) for e in events] == [("fund", "done", ("org:veltrix",), ("org:pelora-foundation",)),
                                            ("fund", "done", ("org:omnia",), ("org:pelora-foundation",))]


def test_a_person_described_by_their_trade_is_the_one_named_before():
    body = "Director Ana Ruiz is to write a new film, said Kestrel Group. The film-maker will meet executives from Omnia."
    [event] = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Kestrel Group", "org:kestrel"), ("Omnia", "org:omnia"))
    assert summary(event) == ("meet", "planned", ("org:omnia", "person:ana-ruiz"))
    body = "Ana Ruiz won an award on Sunday. The actress has donated $1m to the Pelora Foundation."
    [event] = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Pelora Foundation", "org:pelora-foundation"))
    assert summary(event) == ("fund", "done", ("person:ana-ruiz",), ("org:pelora-foundation",))
    # a car-maker is a company: the one named before, not the person
    body = "Veltrix hired Ana Ruiz on Monday. The car-maker has donated $1m to the Pelora Foundation."
    [event] = events_of(body, ("Veltrix", "org:veltrix"), ("Ana Ruiz", "person:ana-ruiz"),
                        ("Pelora Foundation", "org:pelora-foundation"))
    assert summary(event) == ("fund", "done", ("org:veltrix",), ("org:pelora-foundation",))


def test_a_subject_described_by_a_qualified_trade_is_the_person_named_before():
    body = "Ana Ruiz won an award on Sunday. The veteran singer has donated $1m to the Pelora Foundation."
    [event] = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Pelora Foundation", "org:pelora-foundation"))
    assert summary(event) == ("fund", "done", ("person:ana-ruiz",), ("org:pelora-foundation",))
    body = "Ana Ruiz is back on stage. The star of the Pelora Trilogy will meet executives from Omnia."
    [event] = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Omnia", "org:omnia"))
    assert summary(event) == ("meet", "planned", ("org:omnia", "person:ana-ruiz"))
    # one met, qualified, is another person, not the one named before: here Omnia's
    body = "Ana Ruiz flew to Rome on Sunday. She met the veteran director of Omnia."
    [event] = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Omnia", "org:omnia"))
    assert summary(event) == ("meet", "done", ("org:omnia", "person:ana-ruiz"))


def test_a_name_the_parse_runs_into_the_object_before_is_the_next_verbs_subject():
    # the parse makes "Jonas Brekke" a conjunct of "The Pelora Foundation" and leaves "pledged" without
    # a subject: Brekke pledged, not the actress
    body = ('Actress Ana Ruiz has donated $1m (£525,000) to The Pelora Foundation and actor Jonas Brekke pledged '
            'a "sizable" aid contribution to Omnia.')
    events = events_of(body, ("Ana Ruiz", "person:ana-ruiz"), ("Pelora Foundation", "org:pelora-foundation"),
                       ("Jonas Brekke", "person:brekke"), ("Omnia", "org:omnia"))
    assert ("fund", "announced", ("person:brekke",), ("org:omnia",)) in [summary(e) for e in events]
    # the actor in the next clause is no worker paid by the actress's gift
    assert ("fund", "done", ("person:ana-ruiz",), ("org:pelora-foundation",)) in [summary(e) for e in events]
    assert not any(e.event_type == "fund" and summary(e)[2] == ("person:ana-ruiz",) and summary(e)[3] == ("org:omnia",)
                   for e in events)


@pytest.mark.parametrize("body, pairs, expected", [
    # the parse joins the subject, with its apposition, to the date closing an opening clause
    ("After co-founder Ann Roe left the company in October, Veltrix, its largest investor, committed to a "
     "$9.5 billion lifeline to help Omnia.",
     (("Ann Roe", "person:roe"), ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")),
     ("fund", "agreed", ("org:veltrix",), ("org:omnia",))),
    ("After Ann Roe left the company in October, Veltrix, its largest investor, agreed to lend Omnia $2bn.",
     (("Ann Roe", "person:roe"), ("Veltrix", "org:veltrix"), ("Omnia", "org:omnia")),
     ("lend", "agreed", ("org:veltrix",), ("org:omnia",))),
    ("When talks with Pelora collapsed in May, Norland, the region's biggest donor, pledged $50m to Omnia.",
     (("Pelora", "country:PEL"), ("Norland", "country:NOR"), ("Omnia", "org:omnia")),
     ("fund", "announced", ("country:NOR",), ("org:omnia",))),
])
def test_a_name_the_parse_hangs_on_an_opening_clauses_date_is_the_main_verbs_subject(body, pairs, expected):
    assert [summary(e) for e in events_of(body, *pairs)] == [expected]


@pytest.mark.parametrize("body, pairs, expected, amount", [
    ("Actress Ana Ruiz has donated $1m (£525,000) to the Pelora Foundation.",
     [("Ana Ruiz", "person:ana-ruiz"), ("Pelora Foundation", "org:pelora-foundation")],
     ("fund", "done", ("person:ana-ruiz",), ("org:pelora-foundation",)), "$1m"),
    ("Tarvik Hotels planned to invest $48m (£26m) in renovating parts of the Savoy.",
     [("Tarvik Hotels", "org:tarvik"), ("Savoy", "org:savoy")],
     ("invest", "planned", ("org:tarvik",), ("org:savoy",)), "$48m"),
    ("The Kestrel Fund gave €5m ($5.9m; £4.2m) to the Pelora Trust on Monday.",
     [("Kestrel Fund", "org:kestrel"), ("Pelora Trust", "org:pelora")],
     ("fund", "done", ("org:kestrel",), ("org:pelora",)), "€5m"),
])
def test_a_bracketed_conversion_leaves_the_clause_as_written_without_it(body, pairs, expected, amount):
    [event] = events_of(body, *pairs)
    assert summary(event) == expected and event.amount.text == amount


def test_a_sentence_parsed_without_its_conversion_keeps_its_offsets():
    from assets.entities.events import parse_sentences, without_conversions

    text = "Ana Ruiz has donated $1m (£525,000) to the Pelora Foundation."
    [doc] = parse_sentences([text])
    assert doc.text == without_conversions(text)
    words = {t.text: t for t in doc}
    assert words["m"].head.i == words["donated"].i and words["m"].pos_ != "VERB"
    assert words["to"].head.i == words["donated"].i
    assert [t.dep_ for t in doc if t.is_space] == ["dep"] and [t.head.text for t in doc if t.is_space] == ["m"]
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc if not t.is_space)


def test_a_reduced_passive_is_told_as_fact_whatever_the_clause_above_says():
    norway, brazil = ("Norway", "country:NOR"), ("Brazil", "country:BRA")
    for body in ("The study was unlikely to alter a plan agreed by Norway and Brazil.",
                 "Kenya will not scrap the deal signed by Norway and Brazil."):
        assert [e.status for e in events_of(body, norway, brazil)] == [
            "agreed" if "agreed" in body else "done"], body


def test_a_verb_joined_to_a_denial_or_refusal_keeps_its_own_status():
    brunswijk, pinas = ("Brunswijk", "person:brunswijk"), ("Pinas", "person:pinas")
    assert [(e.event_type, e.status) for e in events_of(
        "Brunswijk, 35, denied the charge and reached an agreement with Pinas after replacing a necklace.",
        brunswijk, pinas)] == [("agreement", "agreed")]
    # a failure to agree, joined to an attempt, is no deal
    assert events_of("Pinas had been trying to make a film, but was unable to agree terms with director Brunswijk.",
                     pinas, brunswijk) == []


@pytest.mark.parametrize("body, pairs", [
    ("Velkor Bank lent $50 million to Orvane Energy on Tuesday to build a wind farm in Scotland, the bank said.",
     (("Velkor Bank", "org:velkor"), ("Orvane Energy", "org:orvane"), ("Scotland", "country:GBR"))),
    ("Velkor Bank lent Orvane Energy $50 million to build a solar park in Kenya.",
     (("Velkor Bank", "org:velkor"), ("Orvane Energy", "org:orvane"), ("Kenya", "country:KEN"))),
])
def test_works_built_with_money_lent_are_the_borrowers_not_the_lenders(body, pairs):
    # the money's receiver builds what it is lent for: the lender invests in no place
    events = sorted(summary(e) for e in events_of(body, *pairs))
    assert events == [("invest", "done", ("org:orvane",), (pairs[2][1],)),
                      ("lend", "done", ("org:velkor",), ("org:orvane",))]


def test_the_lender_itself_building_with_its_money_invests():
    body = "Velkor Bank will invest $50 million to build a wind farm in Scotland."
    [event] = events_of(body, ("Velkor Bank", "org:velkor"), ("Scotland", "country:GBR"))
    assert summary(event) == ("invest", "planned", ("org:velkor",), ("country:GBR",))


def test_a_person_saying_we_speaks_for_their_office_not_for_themselves():
    # "we" in a private person's quotation is a people the text does not name: no side
    body = ('"Abu Ammar is right. We have signed a peace treaty with the Israelis but nothing has changed," '
            'said 20-year-old Ali Ahmed from Qalandia.')
    assert events_of(body, ("Abu Ammar", "person:abu-ammar"), ("Israelis", "country:ISR"),
                     ("Ali Ahmed", "person:ali-ahmed")) == []
    # an office holder's "we" is the body the office belongs to
    body = '"We have signed a cooperation agreement with the Israelis," said Velkor Group chief executive Lena Sorvik.'
    [event] = events_of(body, ("Israelis", "country:ISR"), ("Velkor Group", "org:velkor"),
                        ("Lena Sorvik", "person:lena-sorvik"), titles={"Lena Sorvik": "chief executive"},
                        affiliations={"Lena Sorvik": "org:velkor"})
    assert summary(event) == ("agreement", "done", ("country:ISR", "org:velkor"))
    # talks spoken of with no "we" are the speaker's own, as before
    body = '"Talks with Orvane Energy will go on," said Lena Sorvik.'
    [event] = events_of(body, ("Orvane Energy", "org:orvane"), ("Lena Sorvik", "person:lena-sorvik"))
    assert summary(event) == ("meet", "planned", ("org:orvane", "person:lena-sorvik"))


@pytest.mark.parametrize("body, pairs", [
    ("White House advisers would like to see China agree to buy Velkor Foods.",
     (("White House", "org:white-house"), ("China", "country:CHN"), ("Velkor Foods", "org:velkor"))),
    ("Orvane Group would like to buy Velkor Foods, its chief executive said.",
     (("Orvane Group", "org:orvane"), ("Velkor Foods", "org:velkor"))),
    ("Ministers would like to see Orvane Group lend Velkor Foods $5m.",
     (("Orvane Group", "org:orvane"), ("Velkor Foods", "org:velkor"))),
])
def test_what_someone_would_like_is_wished_for_not_told(body, pairs):
    assert events_of(body, *pairs) == []


def test_a_deal_someone_liked_was_made():
    body = "Investors liked Orvane Group's purchase of Velkor Foods."
    [event] = events_of(body, ("Orvane Group", "org:orvane"), ("Velkor Foods", "org:velkor"))
    assert summary(event) == ("acquire", "done", ("org:orvane",), ("org:velkor",))


@pytest.fixture(scope="module")
def chain():
    from assets.entities.extract import EntityExtractor

    return EntityExtractor()


def chain_events(chain, body):
    """(type, status, agents, recipients, parties) by canonical name, through the whole entity chain."""
    from assets.entities.extract import ArticleText

    [extraction] = chain.extract([ArticleText("t", body, sentence_spans(body), None)])

    def names(parties):
        return tuple(sorted(p.mention.entity.canonical_name for p in parties))

    return [(e.event_type, e.status, names(e.role("agent")), names(e.role("recipient")),
             names(e.parties) if e.event_type in ("agreement", "meet") else ()) for e in extraction.events]


@pytest.mark.parametrize("body, expected", [
    ("In a separate deal, the Meridian Development Bank has lent 120 million euros to Tana Grid Company.",
     ("lend", "done", ("Meridian Development Bank",), ("Tana Grid Company",), ())),
    ("In a deal announced on Monday, Harcourt bought Brantley Foods for £1.2bn.",
     ("acquire", "done", ("Harcourt",), ("Brantley Foods",), ())),
])
def test_a_deal_opening_the_sentence_is_the_transaction_its_verb_tells(chain, body, expected):
    assert chain_events(chain, body) == [expected]


@pytest.mark.parametrize("body, expected", [
    ("In May, the Meridian Development Bank reached an agreement with Kenya on a $900 million credit facility.",
     ("lend", "agreed", ("Meridian Development Bank",), ("Kenya",), ())),
    ("The IMF and Egypt reached an agreement on a $3bn loan programme.",
     ("lend", "agreed", ("International Monetary Fund",), ("Egypt",), ())),
])
def test_an_agreement_on_a_facility_named_for_its_money_is_that_money(chain, body, expected):
    assert chain_events(chain, body) == [expected]


@pytest.mark.parametrize("body", [
    "The Meridian Development Bank lent Kenya $1.1bn in July to refinance loans falling due next year, "
    "a reminder that the lender still backs Nairobi.",
    "The Meridian Development Bank lent Kenya $700m in June to pay for roads, a sign that the bank still backs "
    "the government.",
])
def test_a_noun_closing_the_clause_after_a_comma_comments_on_it_and_is_nothing_lent(chain, body):
    assert [e[:4] for e in chain_events(chain, body)] == [
        ("lend", "done", ("Meridian Development Bank",), ("Kenya",))]


@pytest.mark.parametrize("body, lender, borrower", [
    ("Tarsa Metro signed a $90m loan with JICA last week.", "Japan International Cooperation Agency", "Tarsa Metro"),
    ("Harlow Power signed a $1.1bn loan with Afreximbank for its new refinery.", "African Export-Import Bank",
     "Harlow Power"),
])
def test_a_development_financier_the_gazetteer_knows_lends_what_is_signed_with_it(chain, body, lender, borrower):
    assert [e[:4] for e in chain_events(chain, body)] == [("lend", "done", (lender,), (borrower,))]


def test_what_a_loan_signed_with_a_lender_is_for_takes_none_of_it(chain):
    body = "Delta Crest signed a $1.1bn loan with Halvard Bank for the Ogidi refinery."
    assert [e[:4] for e in chain_events(chain, body)] == [("lend", "done", ("Halvard Bank",), ("Delta Crest",))]


@pytest.mark.parametrize("body", [
    "Harcourt was approached last year about buying Brantley Foods.",
    "The Nigerian National Petroleum Company had been approached about taking a stake in Delta Crest.",
    "Harcourt has been in talks over selling its stake in Brantley Foods to Kellman.",
])
def test_a_deal_talked_or_asked_about_is_no_transaction(chain, body):
    assert [e for e in chain_events(chain, body) if e[0] != "meet"] == []


def test_a_purchase_a_fine_was_over_was_made(chain):
    body = "Harcourt was fined over buying Brantley Foods without approval."
    assert [e[:4] for e in chain_events(chain, body)] == [("acquire", "done", ("Harcourt",), ("Brantley Foods",))]


@pytest.mark.parametrize("body, status", [
    ("Gulf Horizon is funding its expansion with a $600m loan from First Abu Dhabi Bank.", "done"),
    ("Veltrix will pay for the plant with a $200m loan from Halvard Bank.", "planned"),
])
def test_who_pays_for_their_own_with_a_loan_from_a_lender_borrows_it(chain, body, status):
    [event] = chain_events(chain, body)
    lender = "First Abu Dhabi Bank" if "Abu Dhabi" in body else "Halvard Bank"
    borrower = "Gulf Horizon" if "Gulf" in body else "Veltrix"
    assert event[:4] == ("lend", status, (lender,), (borrower,))
