"""Event rules found on development-finance and US local news pages (invented, written blind by a
helper and read after scoring): a bank's board acts for the bank, parse repairs of descriptions read
as verbs, of lists and of names apposed to a deal, supply deals, a builder's deal with a state, an
investment "of" a sum "in" a company, an opening "In <place>," and a pledge announced "for" a fund.
On invented sentences; the tests that also pass without the rule are guards, said so in their
comments."""

import pytest

from tests.test_entities_events import events_of
from tests.test_events_trade_press import sides

ORVA = ("Orva Development Bank", "org:orva", "development_bank")
KALINDE = ("Kalinde", "country:KLD")


def amounts(events):
    return [e.amount.text if e.amount else None for e in events]


def chain_sides(body):
    """(type, agents, recipients, other parties, amount) of each event the whole entity chain finds:
    for rules that rest on the chain's own mentions or on the parse of a whole sentence."""
    from assets.entities.extract import ArticleText, EntityExtractor
    from assets.parsed.sentences import split_sentences

    [spans] = split_sentences([body])
    [extraction] = EntityExtractor().extract([ArticleText("a", body, spans, None)])

    def names(event, role):
        return tuple(sorted(p.mention.entity.canonical_name for p in event.parties if p.role == role))
    return [(e.event_type, names(e, "agent"), names(e, "recipient"), names(e, "party"),
             e.amount.text if e.amount else None) for e in extraction.events]


# ---- an organisation's board ----------------------------------------------------------------------

def test_a_board_named_with_its_bank_lends_as_the_bank():
    body = "Orva Development Bank's Board of Directors on Tuesday approved a $90 million loan to Kalinde."
    found = events_of(body, ORVA, ("Board of Directors", "org:board"), KALINDE)
    assert [side[:3] for side in sides(found)] == [("lend", ("org:orva",), ("country:KLD",))]


@pytest.mark.parametrize("body", [
    "Orva Development Bank's Board of Directors on Tuesday approved a $90 million loan to Kalinde.",
    # guard: after "The" the model finds the bank alone
    "The Orva Development Bank's Board of Directors on Tuesday approved a $90 million loan to Kalinde.",
])
def test_a_bank_s_board_found_by_the_model_is_the_bank(body):
    assert chain_sides(body) == [("lend", ("Orva Development Bank",), ("Kalinde",), (), "$90 million")]


def test_the_board_alone_is_the_board_of_the_bank_named_before():
    body = ("Orva Development Bank opened its annual meeting in Lusaka on Monday. "
            "The Board approved a $45 million grant to the Kalinde Roads Agency.")
    found = events_of(body, ORVA, ("Board", "org:board"), ("Kalinde Roads Agency", "org:kra"))
    assert [side[:3] for side in sides(found)] == [("fund", ("org:orva",), ("org:kra",))]


def test_who_approves_a_grant_from_another_body_gives_none_of_it():
    body = ("Orva Development Bank approved a $4 million grant from the Orva Concessional Fund to the Kalinde "
            "Roads Agency.")
    found = events_of(body, ORVA, ("Orva Concessional Fund", "org:ocf"), ("Kalinde Roads Agency", "org:kra"))
    assert [side[:3] for side in sides(found)] == [("fund", ("org:ocf",), ("org:kra",))]


def test_the_signers_of_a_loan_told_before_lend_nothing():
    body = ("On March 28, the Orva International Cooperation Agency (OICA) signed loan agreements with the Government "
            "of Kalinde in Lusaka to provide Orvan ODA loans of up to a total of 104,900 million yen for three "
            "projects.\n\nThe loan agreements were signed by Takeshi Moriyama, Chief Representative of OICA Kalinde "
            "Office, and Anita Sreenivas, Joint Secretary, Department of Economic Affairs, Ministry of Finance.")
    assert chain_sides(body) == [
        ("lend", ("Orva International Cooperation Agency",), ("Government of Kalinde",), (), None)]


# ---- parse repairs --------------------------------------------------------------------------------

def test_a_description_the_parser_reads_as_a_verb_still_describes_the_name():
    body = "Quorvex Inc bought payments startup Lanterna for $310 million."
    found = events_of(body, ("Quorvex Inc", "org:quorvex"), ("Lanterna", "org:lanterna"))
    assert [side[:3] for side in sides(found)] == [("acquire", ("org:quorvex",), ("org:lanterna",))]
    assert amounts(found) == ["$310 million"]


def test_a_description_read_as_a_verb_after_an_apposition():
    body = ("Paperlane Inc, the maker of document-automation software used by law firms and insurers, has agreed to "
            "acquire cybersecurity startup Brightmoor for $620 million in cash and stock.")
    assert chain_sides(body) == [("acquire", ("Paperlane Inc",), ("Brightmoor",), (), "$620 million")]


def test_a_list_after_a_relative_clause_is_no_second_object_of_the_verb():
    body = ("DHS awarded the City of Albury $3.2 million in Continuum of Care funding, which pays for rapid "
            "rehousing, case management and a rental assistance program for young adults leaving foster care.")
    assert chain_sides(body) == [
        ("fund", ("Department of Homeland Security",), ("City of Albury",), (), "$3.2 million")]


def test_sums_listed_after_a_colon_go_each_to_its_receiver():
    body = ("The Brandt Family Foundation said Wednesday it has awarded $19 million in grants, to be paid over "
            "four years, to three groups: $9 million to the Harbor Arts Trust, $6 million to the Eastside Learning "
            "Alliance and $4 million to the Marlow Library Foundation.")
    found = events_of(body, ("Brandt Family Foundation", "org:brandt"), ("Harbor Arts Trust", "org:hat"),
                      ("Eastside Learning Alliance", "org:ela"), ("Marlow Library Foundation", "org:mlf"))
    assert [(side[2], amount) for side, amount in zip(sides(found), amounts(found))] == [
        (("org:hat",), "$9 million"), (("org:ela",), "$6 million"), (("org:mlf",), "$4 million")]
    assert {side[:2] for side in sides(found)} == {("fund", ("org:brandt",))}


def test_a_contract_sum_restated_before_a_purpose_clause():
    body = ("Sallow NHS Trust has awarded a £120m, ten-year contract to Medivance Robotics, a Cambridge company, to "
            "supply and maintain 14 robotic systems at St James's University Hospital and Leeds General Infirmary.")
    assert chain_sides(body) == [("contract", ("Medivance Robotics",), ("Sallow NHS Trust",), (), "£120m")]


def test_two_things_joined_by_and_keep_their_own_heads():
    # "a brine project and processing plant" are two works, "brine" the project's own modifier: no shared head
    body = ("Chengdu Tianyuan Lithium said on Thursday it would invest US$1.4 billion in a brine project and "
            "processing plant in Argentina's northern Catamarca province.")
    assert chain_sides(body) == [("invest", ("Chengdu Tianyuan Lithium",), ("Catamarca",), (), "US$1.4 billion")]


def test_a_name_apposed_to_a_loan_names_the_description_before_it():
    body = ("Orva Development Bank signed a 90 million euro loan with Kalinde's national power and water utility, "
            "the Régie Nationale de l'Eau et de l'Electricité, to finance a wind farm near the port.")
    found = events_of(body, ORVA, KALINDE, ("Régie Nationale de l'Eau et de l'Electricité", "org:rnee"))
    assert [side[:3] for side in sides(found)] == [("lend", ("org:orva",), ("org:rnee",))]


# ---- contracts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("buyer", [("Northvale Health", "org:northvale"), ("Ministry of Health", "org:moh")])
def test_a_deal_for_the_supply_of_goods_is_a_contract_of_the_maker(buyer):
    body = (f"{buyer[0]} said it had signed a £12m deal with Tarrow Diagnostics, an Essex manufacturer, for the "
            "supply of rapid blood-testing kits to hospitals.")
    found = events_of(body, buyer, ("Tarrow Diagnostics", "org:tarrow"))
    assert [side[:3] for side in sides(found)] == [("contract", ("org:tarrow",), (buyer[1],))]


def test_a_deal_of_two_states_for_the_supply_of_goods_stays_an_agreement():
    body = "Kalinde and Norland signed an agreement for the supply of vaccines."
    found = events_of(body, KALINDE, ("Norland", "country:NRL"))
    assert [side[0] for side in sides(found)] == ["agreement"]


def test_a_builder_s_deal_with_a_state_body_is_a_contract():
    body = ("Package 3 will be built by Qiantai Construction, a Chinese firm, which signed a $210 million deal "
            "with the Kalinde Highways Department at the same ceremony.")
    found = events_of(body, ("Qiantai Construction", "org:qiantai"), ("Kalinde Highways Department", "org:khd"))
    assert [side[:3] for side in sides(found)] == [("contract", ("org:qiantai",), ("org:khd",))]


def test_a_builder_s_memorandum_with_a_ministry_is_no_contract():
    # guard: a memorandum orders no work
    body = "Qiantai Construction signed a memorandum of understanding with the Ministry of Transport on rail cooperation."
    found = events_of(body, ("Qiantai Construction", "org:qiantai"), ("Ministry of Transport", "org:mot"))
    assert [side[0] for side in sides(found)] == ["agreement"]


# ---- investments, loans and pledges -----------------------------------------------------------------

def test_an_investment_of_a_sum_in_a_company_invests_in_it():
    body = ("Orva Investment Corporation has made an equity investment of up to $25 million in Tembe Growth "
            "Partners Fund II, a private equity fund.")
    found = events_of(body, ("Orva Investment Corporation", "org:oic"), ("Tembe Growth Partners Fund II", "org:tembe"))
    assert [side[:3] for side in sides(found)] == [("invest", ("org:oic",), ("org:tembe",))]


@pytest.mark.parametrize("body", [
    "In Norland, Orva Invest took a $20 million minority stake in Cuyapa Renewables.",
    "In Norland, Orva Invest invested $20 million in Cuyapa Renewables.",
])
def test_an_opening_place_is_where_an_investment_is_made_not_its_target(body):
    found = events_of(body, ("Norland", "country:NRL"), ("Orva Invest", "org:oi"), ("Cuyapa Renewables", "org:cuyapa"))
    assert [side[:3] for side in sides(found)] == [("invest", ("org:oi",), ("org:cuyapa",))]


def test_an_opening_place_with_no_other_target_is_the_target():
    # guard: with nothing else invested in, the place is
    body = "In Norland, Orva Invest invested $20 million."
    found = events_of(body, ("Norland", "country:NRL"), ("Orva Invest", "org:oi"))
    assert [side[:3] for side in sides(found)] == [("invest", ("org:oi",), ("country:NRL",))]


def test_a_facility_provided_by_a_bank_lends_to_the_one_paying_with_it():
    body = ("Meru Infrastructure Fund financed the purchase partly with a $120 million acquisition facility "
            "provided by Straits Harbour Bank, a spokesperson said.")
    found = events_of(body, ("Meru Infrastructure Fund", "org:meru"), ("Straits Harbour Bank", "org:shb"))
    assert [side[:3] for side in sides(found)] == [("lend", ("org:shb",), ("org:meru",))]


def test_a_grant_compact_is_a_grant():
    body = "The Tideway Challenge Corporation on Tuesday signed a $250 million grant compact with Kalinde."
    found = events_of(body, ("Tideway Challenge Corporation", "org:tcc"), KALINDE)
    assert [side[:3] for side in sides(found)] == [("fund", ("org:tcc",), ("country:KLD",))]


def test_a_sum_announced_for_a_fund_is_pledged_to_it():
    body = "On Monday, Norland announced a further €4 million for the Kalinde Humanitarian Fund."
    found = events_of(body, ("Norland", "country:NRL"), ("Kalinde Humanitarian Fund", "org:khf"))
    assert [(e.event_type, e.status) for e in found] == [("fund", "announced")]
    assert [side[:3] for side in sides(found)] == [("fund", ("country:NRL",), ("org:khf",))]


def test_an_offer_announced_is_still_a_bid():
    # guard: a sum announced as an offer is a bid, not a pledge
    body = "Quorvex Inc announced a $5 billion offer for Lanterna Ltd."
    found = events_of(body, ("Quorvex Inc", "org:quorvex"), ("Lanterna Ltd", "org:lanterna"))
    assert [side[:3] for side in sides(found)] == [("acquire", ("org:quorvex",), ("org:lanterna",))]


@pytest.mark.parametrize("fund", ["Arbutus Infrastructure Fund IV", "Tembe Growth Partners Fund II"])
def test_money_committed_to_an_investment_fund_is_invested(fund):
    body = f"The Laurentian Public Service Pension Plan said it had committed C$500 million to {fund}."
    found = events_of(body, ("Laurentian Public Service Pension Plan", "org:lpsp"), (fund, "org:fund"))
    assert [side[:3] for side in sides(found)] == [("invest", ("org:lpsp",), ("org:fund",))]


@pytest.mark.parametrize("body", [
    "Norland committed $50 million to the Green Climate Fund.",
    # guard: a grant stays a grant whatever the fund's name
    "Norland gave a $20 million grant to the Green Climate Fund.",
])
def test_money_committed_to_a_fund_that_gives_it_away_is_funding(body):
    found = events_of(body, ("Norland", "country:NRL"), ("Green Climate Fund", "org:gcf"))
    assert [side[:3] for side in sides(found)] == [("fund", ("country:NRL",), ("org:gcf",))]


@pytest.mark.parametrize("body, client", [
    ("Severn Dale Water has awarded three contracts. The £210m civils contract went to Hadley Morrow Construction.",
     "Severn Dale Water"),
    ("The Kalinde Roads Authority's £210m contract went to Hadley Morrow Construction.", "Kalinde Roads Authority"),
])
def test_a_contract_that_went_to_a_company_is_won_by_it(body, client):
    assert chain_sides(body) == [("contract", ("Hadley Morrow Construction",), (client,), (), "£210m")]


def test_a_sum_that_went_to_a_company_is_no_contract():
    # guard: only a contract going to a company is won by it
    assert chain_sides("The Kalinde Roads Authority said the money went to Hadley Morrow Construction.") == []


# ---- deals told again with their signers or their awarder ------------------------------------------

@pytest.mark.parametrize("body", [
    ("Orva Development Fund signed a $40 million loan agreement with Kalinde on Sunday. The agreement was "
     "signed by Planning Minister Lina Haddar and the fund's deputy director-general, Walid Mutar."),
    # guard: told with a participle, the parse already reads no second deal
    ("Orva Development Fund signed a $40 million loan agreement with Kalinde on Sunday. The agreement, signed in "
     "Lusaka by Planning Minister Lina Haddar and the fund's deputy director-general, Walid Mutar, runs for 20 years."),
])
def test_an_agreement_signed_by_people_after_a_deal_is_told_is_that_deal(body):
    found = events_of(body, ("Orva Development Fund", "org:odf", "development_bank"), KALINDE,
                      ("Lina Haddar", "person:haddar"), ("Walid Mutar", "person:mutar"))
    assert [side[:3] for side in sides(found)] == [("lend", ("org:odf",), ("country:KLD",))]


def test_an_agreement_signed_by_people_with_no_deal_told_before_is_theirs():
    # guard: with no deal told before, the agreement is the signers' own
    body = "The agreement was signed by Planning Minister Lina Haddar and Trade Minister Walid Mutar in Lusaka."
    found = events_of(body, ("Lina Haddar", "person:haddar"), ("Walid Mutar", "person:mutar"))
    assert [side[3] for side in sides(found)] == [("person:haddar", "person:mutar")]


@pytest.mark.parametrize("second", [
    "The main contract, valued at SR2.8 billion, was awarded to Rashidiya Contracting Company.",
    "A second contract, worth SR2.8 billion, was signed with Emirati firm Rashidiya Contracting Company.",
])
def test_a_contract_awarded_or_signed_in_the_passive_is_the_awarder_s_told_before(second):
    body = ("Nujoom Development Company, the developer behind the Nujoom resort, has awarded contracts worth SR3.75 "
            f"billion for its marina project. {second}")
    found = events_of(body, ("Nujoom Development Company", "org:nujoom"), ("Nujoom", "org:nujoom"),
                      ("Rashidiya Contracting Company", "org:rashidiya"))
    assert [side[:3] for side in sides(found)] == [("contract", ("org:rashidiya",), ("org:nujoom",))]
    assert amounts(found) == ["SR2.8 billion"]


def test_a_phrase_after_a_span_of_time_is_the_verb_s():
    body = "Lakeshore Sports Holdings has promised to invest £12m over the next four years in Glenview Park."
    found = events_of(body, ("Lakeshore Sports Holdings", "org:lakeshore"), ("Glenview Park", "place:glenview"))
    assert [side[:3] for side in sides(found)] == [("invest", ("org:lakeshore",), ("place:glenview",))]


def test_a_receiver_after_a_span_of_time_still_receives():
    # guard: the "to" of a loan was found wherever the parse hung it
    body = "Halcyon Bank will lend $50m over five years to Kalinde Power."
    found = events_of(body, ("Halcyon Bank", "org:halcyon"), ("Kalinde Power", "org:kalinde-power"))
    assert [side[:3] for side in sides(found)] == [("lend", ("org:halcyon",), ("org:kalinde-power",))]
