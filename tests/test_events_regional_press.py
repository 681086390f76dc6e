"""Event rules found on Canadian, Australian and New Zealand news and on procurement news (invented
pages, written blind by a helper and read after scoring): provinces and states as parties, parse
repairs (a span of time read as an object, an unknown word read as a verb, "worth" read as a
clause), clients of contracts told around the award, money told in a relative clause on a loan, a
"for Y to" purpose, the works' place, and officials signing a loan for their bodies. On invented
sentences; the tests that also pass without the rule are guards, said so in their comments."""

import pytest

from tests.test_entities_accuracy_traps import typed
from tests.test_entities_events import events_of
from tests.test_events_development_finance import chain_sides
from tests.test_events_trade_press import sides


# ---- provinces and states -----------------------------------------------------------------------

@pytest.mark.parametrize("province", ["Saskatchewan", "Ontario", "Queensland"])
def test_a_province_s_government_gives_as_the_province(province):
    body = f"The {province} government has awarded a $3.5 million grant to Borealis Grain Ltd."
    assert chain_sides(body) == [("fund", (province,), ("Borealis Grain Ltd",), (), "$3.5 million")]


def test_the_province_paragraphs_on_is_the_one_named_before():
    body = ("The Saskatchewan government has awarded a $3.5 million grant to Borealis Grain Ltd. "
            "The money will pay for a new drying line at its mill near Yorkton. "
            "Ottawa is also backing the sector. "
            "Separately, the province signed a $9 million loan agreement with Kestrel Avionics Ltd.")
    assert ("lend", ("Saskatchewan",), ("Kestrel Avionics Ltd",), (), "$9 million") in chain_sides(body)


def test_victoria_and_new_brunswick_are_no_province_by_their_name_alone():
    # guard: the two names left out of the provinces and states matched on their own
    found = typed("Victoria Beckham flew to New Brunswick, N.J., where Hallam Labs is based.")
    assert found["Victoria Beckham"] == "PERSON" and "SUBDIVISION" not in found.values()


def test_a_legal_form_closes_a_name_before_its_possessive():
    found = typed("Analysts praised Tarvik Dairy Inc's expansion and Halvard Foods Ltd's new plant.")
    assert found.get("Tarvik Dairy Inc") == "ORG" and found.get("Halvard Foods Ltd") == "ORG"


def test_a_one_word_name_after_a_works_noun_and_at_is_its_place():
    body = "Zenda Solar Partners has invested $48 million in a 40 MW solar plant at Chikomba, officials said."
    assert typed(body)["Chikomba"] == "PLACE"
    assert chain_sides(body) == [("invest", ("Zenda Solar Partners",), ("Chikomba",), (), "$48 million")]


# ---- parse repairs ------------------------------------------------------------------------------

def test_a_span_of_time_read_as_an_object_leaves_the_loan_told():
    # "years" is read as a second object of "lend" when "according to" follows
    body = ("Tallis Infrastructure Bank has agreed to lend Corvane Lithium Partners C$220-million over 15 years, "
            "according to a term sheet.")
    found = events_of(body, ("Tallis Infrastructure Bank", "org:tallis"), ("Corvane Lithium Partners", "org:corvane"))
    assert sides(found) == [("lend", ("org:tallis",), ("org:corvane",), ())]


def test_an_unknown_word_read_as_a_verb_in_the_subject_s_description_leaves_the_subject():
    # "iwi" (a Maori tribe) is read as a verb whose subject is the company
    body = ("Ngāti Rua Holdings, the commercial arm of the central North Island iwi Ngāti Rua, has taken a 20 per cent "
            "stake in Tawhiti Geothermal Ltd.")
    assert chain_sides(body)[0][:3] == ("invest", ("Ngāti Rua Holdings",), ("Tawhiti Geothermal Ltd",))


def test_worth_read_as_a_clause_of_the_verb_measures_the_contract():
    body = ("The Ministry of Transport signed a contract worth OMR 45 million with Sahil Coast Construction LLC on "
            "Wednesday to widen the Ibri road.")
    found = events_of(body, ("Ministry of Transport", "org:mot", "ministry"), ("Sahil Coast Construction LLC", "org:sahil"))
    assert sides(found) == [("contract", ("org:sahil",), ("org:mot",), ())]


# ---- contracts ----------------------------------------------------------------------------------

def test_a_separate_contract_that_went_to_a_company_is_for_the_client_of_the_contracts_told():
    body = ("Westway Tunnelling Partners has signed a $3.2 billion contract with the Metro Link Authority to bore "
            "twin tunnels. A separate $380 million signalling contract went to Vexor Signalling, a local unit of a "
            "Swiss group.")
    found = events_of(body, ("Westway Tunnelling Partners", "org:westway"), ("Metro Link Authority", "org:mla"),
                      ("Vexor Signalling", "org:vexor"))
    assert sides(found) == [("contract", ("org:westway",), ("org:mla",), ()),
                            ("contract", ("org:vexor",), ("org:mla",), ())]


def test_works_done_by_a_company_under_a_contract_awarded_by_a_client():
    body = ("Forty trains will be built by Sierra Rolling Stock at its Ballarat plant under a $1.45 billion supply "
            "contract awarded by the Metro Link Authority on Wednesday.")
    found = events_of(body, ("Sierra Rolling Stock", "org:sierra"), ("Metro Link Authority", "org:mla"))
    assert sides(found) == [("contract", ("org:sierra",), ("org:mla",), ())]


def test_a_contract_won_with_its_client_confirming_the_award():
    body = ("Perth builder Harlen Pacific Constructions has won the $1.1 billion contract to rebuild the hospital, "
            "with Health Works WA confirming the award on Tuesday.")
    found = events_of(body, ("Harlen Pacific Constructions", "org:harlen"), ("Health Works WA", "org:hwwa"))
    assert sides(found) == [("contract", ("org:harlen",), ("org:hwwa",), ())]


# ---- money --------------------------------------------------------------------------------------

def test_a_loan_stays_a_loan_whatever_it_is_counted_in():
    body = "Japan has agreed to lend Tonga $60 million in budget support, its foreign minister said."
    found = events_of(body, ("Japan", "country:JPN"), ("Tonga", "country:TON"))
    assert sides(found) == [("lend", ("country:JPN",), ("country:TON",), ())]


def test_money_counted_in_grants_is_a_grant():
    # guard: a verb that only gives takes the kind of what the money is counted in
    body = "Japan provided Tonga $60 million in grants last year."
    found = events_of(body, ("Japan", "country:JPN"), ("Tonga", "country:TON"))
    assert sides(found) == [("fund", ("country:JPN",), ("country:TON",), ())]


def test_a_loan_a_bank_agreed_to_provide_among_the_means_of_a_buyout():
    body = ("The buyout will be funded with equity from Kauri's third fund and a $420 million acquisition loan that "
            "Southgate Finance Ltd has agreed to provide to Kauri Capital Partners.")
    found = events_of(body, ("Kauri", "org:kauri-fund"), ("Southgate Finance Ltd", "org:southgate"),
                      ("Kauri Capital Partners", "org:kauri"))
    assert sides(found) == [("lend", ("org:southgate",), ("org:kauri",), ())]


def test_a_loan_signed_by_a_state_with_a_bank_is_lent_by_the_bank():
    body = "The road is financed by a $210 million loan that the Philippines signed with the Asian Development Bank."
    found = events_of(body, ("Philippines", "country:PHL"), ("Asian Development Bank", "org:adb", "development_bank"))
    assert sides(found) == [("lend", ("org:adb",), ("country:PHL",), ())]


def test_a_bank_that_leads_a_loan_lends():
    body = "Maple Crest Bank has agreed to lead a $780 million loan to Coast Range Nations Partnership."
    found = events_of(body, ("Maple Crest Bank", "org:maple"), ("Coast Range Nations Partnership", "org:crnp"))
    assert sides(found) == [("lend", ("org:maple",), ("org:crnp",), ())]


def test_money_approved_for_a_country_to_do_something_goes_to_it():
    body = ("The World Bank's board has approved $150 million in grant financing for Zambia to strengthen its "
            "electricity grid, the lender said on Thursday.")
    found = events_of(body, ("World Bank", "org:wb", "development_bank"), ("Zambia", "country:ZMB"))
    assert sides(found) == [("fund", ("org:wb",), ("country:ZMB",), ())]


def test_officials_signing_a_loan_sign_for_their_bodies():
    body = ("Uganda will widen the Jinja road. On Wednesday, Finance Minister Grace Okello and the African Development "
            "Bank's country manager, Moses Kato, signed a $112 million loan for the Katosi Water Project. "
            "Uganda's parliament approved the borrowing last month.")
    found = events_of(body, ("Uganda", "country:UGA"), ("Grace Okello", "person:okello"),
                      ("African Development Bank", "org:afdb", "development_bank"), ("Moses Kato", "person:kato"),
                      ("Katosi Water Project", "org:katosi"), ("Uganda", "country:UGA"),
                      titles={"Grace Okello": "Finance Minister", "Moses Kato": "country manager"})
    assert sides(found) == [("lend", ("org:afdb",), ("country:UGA",), ())]


# ---- descriptions and amounts -------------------------------------------------------------------

def test_the_fund_after_a_name_described_as_a_fund_with_its_size():
    body = ("Southern Reach Super, the $240 billion industry fund, has bought Solara Iberica from Grupo Mendez for "
            "€900 million. The fund has also taken a 15 per cent stake in Puerto Sur SA.")
    found = chain_sides(body)
    assert found[0] == ("acquire", ("Southern Reach Super",), ("Solara Iberica",), (), "€900 million")
    assert ("invest", ("Southern Reach Super",), ("Puerto Sur SA",), (), None) in found
