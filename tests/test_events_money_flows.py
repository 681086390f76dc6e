"""Money-flow events (lend, fund, invest, contract) from the dependency parse, on invented sentences:
one grammatical construction per test, with the sentences it must not read as an event."""

import pytest

from tests.test_entities_events import events_of, summary

NORLAND = ("Norland", "country:NOR")
PELORA = ("Pelora", "country:PEL")
ORVEX = ("Orvex", "org:orvex")
VELTRIX = ("Veltrix", "org:veltrix")
WORLD_BANK = ("World Bank", "org:wb")
IMF = ("IMF", "org:imf")
GOVERNMENT = ("Pelorian government", "org:gov-pel")
CONGRESS = ("Congress", "org:congress")
EU = ("EU", "org:eu")
RIDLEY = ("Sam Ridley", "person:ridley")


def one(body, *pairs):
    [event] = events_of(body, *pairs)
    return summary(event), event.amount.text if event.amount else None


@pytest.mark.parametrize("body, pairs, expected", [
    ("Pelora received $300m from the World Bank last year.", (PELORA, WORLD_BANK),
     (("fund", "done", ("org:wb",), ("country:PEL",)), "$300m")),
    ("Orvex got $50m from Veltrix in March.", (ORVEX, VELTRIX),
     (("fund", "done", ("org:veltrix",), ("org:orvex",)), "$50m")),
    ("Pelora will receive $500m in loans from the World Bank.", (PELORA, WORLD_BANK),
     (("lend", "planned", ("org:wb",), ("country:PEL",)), "$500m")),
    ("Pelora attracted $1bn of investment from Veltrix.", (PELORA, VELTRIX),
     (("invest", "done", ("org:veltrix",), ("country:PEL",)), "$1bn")),
    ("Pelora received a $1bn investment from Veltrix.", (PELORA, VELTRIX),
     (("invest", "done", ("org:veltrix",), ("country:PEL",)), "$1bn")),
])
def test_money_received_from_a_named_giver(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, pairs", [
    ("Orvex will receive an initial fee of £6m from Veltrix.", (ORVEX, VELTRIX)),   # a payment for something
    ("Orvex received £2m in compensation from Veltrix.", (ORVEX, VELTRIX)),         # measured in no loan or grant
    ("Pelora hopes to attract $15bn of investment from Veltrix.", (PELORA, VELTRIX)),  # hoped for
    ("Pelora did not receive $300m from Veltrix.", (PELORA, VELTRIX)),              # negated
])
def test_payments_and_money_only_hoped_for_are_no_funding(body, pairs):
    assert events_of(body, *pairs) == []


@pytest.mark.parametrize("body, pairs, expected", [
    # the loan or grant measured by an amount takes the amount's place in the clause
    ("The European Commission approved 40m euros in subsidies for Orvex.", (("European Commission", "org:ec"), ORVEX),
     (("fund", "agreed", ("org:ec",), ("org:orvex",)), "40m euros")),
    ("Pelora secured $1bn of financing from the World Bank.", (PELORA, WORLD_BANK),
     (("fund", "done", ("org:wb",), ("country:PEL",)), "$1bn")),
    # a nominalised giving: its possessor gives, its "to" receives
    ("Norland's provision of a $400m loan to Orvex was examined.", (NORLAND, ORVEX),
     (("lend", "done", ("country:NOR",), ("org:orvex",)), "$400m")),
    # "to" hung on the "from" phrase before it
    ("A $2bn loan from the World Bank to Pelora was signed on Monday.", (WORLD_BANK, PELORA),
     (("lend", "done", ("org:wb",), ("country:PEL",)), "$2bn")),
    # the head a loan noun is the compound of carries its complements
    ("The IMF extended a $600m credit line to Pelora.", (IMF, PELORA),
     (("lend", "done", ("org:imf",), ("country:PEL",)), "$600m")),
    # a passive giving whose "by" the parse hangs on the loan; the loan says it is a loan
    ("Pelora was granted a $600m loan by the IMF.", (PELORA, IMF),
     (("lend", "done", ("org:imf",), ("country:PEL",)), "$600m")),
])
def test_nominal_loans_and_grants_take_the_complements_the_parse_moves(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_a_credit_line_denied_is_none():
    assert events_of("The IMF refused a $600m credit line to Pelora.", IMF, PELORA) == []


@pytest.mark.parametrize("body, pairs, expected", [
    ("Norland will provide Pelora with $1bn in aid.", (NORLAND, PELORA),
     (("fund", "planned", ("country:NOR",), ("country:PEL",)), "$1bn")),
    # a sum counted in assistance (support) is aid given, as one counted in aid is
    ("Norland will provide Pelora with 500 million yuan in grant assistance.", (NORLAND, PELORA),
     (("fund", "planned", ("country:NOR",), ("country:PEL",)), "500 million yuan")),
    ("Norland supplied Pelora with $1bn of credit.", (NORLAND, PELORA),
     (("lend", "done", ("country:NOR",), ("country:PEL",)), "$1bn")),
    ("Norland sent $5m in emergency aid to Pelora.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "$5m")),
    ("The World Bank disbursed $500m to Pelora.", (WORLD_BANK, PELORA),
     (("fund", "done", ("org:wb",), ("country:PEL",)), "$500m")),
    ("Norland bailed out Orvex last year.", (NORLAND, ORVEX),
     (("fund", "done", ("country:NOR",), ("org:orvex",)), None)),
    ("Norland rescued Orvex with a £500m bailout.", (NORLAND, ORVEX),
     (("fund", "done", ("country:NOR",), ("org:orvex",)), "£500m")),
    ("Norland has written off $1bn of Pelora's debt.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "$1bn")),
    ("Norland cancelled its debts with poor nations including Pelora.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), None)),
])
def test_money_handed_over_funds_or_lends(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, pairs", [
    ("Orvex is to supply Pelora with 50 jets in a deal worth $6bn.", (ORVEX, PELORA)),   # goods supplied
    ("Norland refused to bail out Orvex.", (NORLAND, ORVEX)),
    ("If Norland sends $5m to Pelora, the clinic will open.", (NORLAND, PELORA)),
])
def test_goods_supplied_and_refused_or_conditional_help_are_no_funding(body, pairs):
    assert [e.event_type for e in events_of(body, *pairs) if e.event_type in ("fund", "lend")] == []


@pytest.mark.parametrize("body, pairs, expected_amount", [
    ("Orvex has received financial support from Norland.", (ORVEX, NORLAND), None),
    ("Norland increased its support for Orvex from $1bn to $4bn a year.", (NORLAND, ORVEX), "$1bn to $4bn"),
])
def test_support_is_funding_when_it_is_money(body, pairs, expected_amount):
    assert one(body, *pairs) == (("fund", "done", ("country:NOR",), ("org:orvex",)), expected_amount)


@pytest.mark.parametrize("body, status", [
    ("Norland announced a $2bn military assistance package for Orvex.", "announced"),
    ("Norland pledged a €500m support package to Orvex.", "announced"),
])
def test_a_package_of_support_a_sum_measures_is_funding(body, status):
    assert one(body, NORLAND, ORVEX)[0] == ("fund", status, ("country:NOR",), ("org:orvex",))


def test_support_in_words_only_is_no_funding():
    assert events_of("Norland voiced strong support for Orvex.", NORLAND, ORVEX) == []
    assert events_of("Norland announced a support package for Orvex's workers.", NORLAND, ORVEX) == []


def test_a_hyphenated_funder_funds_the_noun_it_qualifies():
    assert one("The Veltrix-funded Orvex plans a new mine.", VELTRIX, ORVEX) == (
        ("fund", "done", ("org:veltrix",), ("org:orvex",)), None)
    # "backed" is money only from a lender or fund; a country's backing may be political
    assert one("The World Bank-backed Orvex plans a new mine.", WORLD_BANK, ORVEX)[0][:1] == ("fund",)
    assert events_of("The Norland-backed Orvex plans a new mine.", NORLAND, ORVEX) == []


@pytest.mark.parametrize("body, pairs, expected", [
    ("Orvex won a contract to build a bridge for the Pelorian government.", (ORVEX, GOVERNMENT),
     ("contract", "done", ("org:orvex",), ("org:gov-pel",))),
    ("Orvex has won a contract to supply trains to Pelora.", (ORVEX, PELORA),
     ("contract", "done", ("org:orvex",), ("country:PEL",))),
    ("Orvex was awarded a contract by the Pelorian government to supply turbines.", (ORVEX, GOVERNMENT),
     ("contract", "done", ("org:orvex",), ("org:gov-pel",))),
    ("Orvex, which won a $2bn Pelora contract last year, said profits rose.", (ORVEX, PELORA),
     ("contract", "done", ("org:orvex",), ("country:PEL",))),
])
def test_a_contract_won_names_its_client_in_its_purpose_its_by_agent_or_its_modifier(body, pairs, expected):
    assert one(body, *pairs)[0] == expected


def test_a_contract_only_hoped_for_is_none():
    assert events_of("Orvex hopes to win a contract to build a bridge for the Pelorian government.",
                     ORVEX, GOVERNMENT) == []


@pytest.mark.parametrize("body, expected_amount", [
    ("Veltrix led a $200m investment in Orvex.", "$200m"),
    ("Veltrix led the investment in Orvex, the company said.", None),
    ("Veltrix joined the $50m financing of Orvex.", "$50m"),
])
def test_an_investment_or_financing_led_or_joined_is_a_funding_round(body, expected_amount):
    assert one(body, VELTRIX, ORVEX) == (("invest", "done", ("org:veltrix",), ("org:orvex",)), expected_amount)


def test_a_round_led_by_an_investor_is_a_funding_round():
    assert one("Orvex raised $90m in a round led by Veltrix.", ORVEX, VELTRIX) == (
        ("invest", "done", ("org:veltrix",), ("org:orvex",)), "$90m")


def test_investment_in_general_led_is_no_round():
    assert events_of("Norland led foreign investment in Pelora last year.", NORLAND, PELORA) == []
    assert [e.event_type for e in events_of("A round of talks led by Norland began with Pelora.", NORLAND, PELORA)
            if e.event_type == "invest"] == []


def test_a_stake_held_or_offloaded_is_no_investment():
    assert events_of("Shares in Orvex rose as it is offloading its stake in Veltrix.", ORVEX, VELTRIX) == []


LABOUR = ("Labour", "org:labour")
LORD_RUIZ = ("Lord Ruiz", "person:ruiz")
COMMISSION = ("European Commission", "org:ec")


@pytest.mark.parametrize("body, pairs, expected", [
    # a giver named by what it gives its possessor
    ("Labour's biggest donor, Lord Ruiz, gave a further £2m.", (LABOUR, LORD_RUIZ),
     (("fund", "done", ("person:ruiz",), ("org:labour",)), "£2m")),
    # the giver after a participle that sizes the money
    ("Labour received donations totalling £5m from Lord Ruiz.", (LABOUR, LORD_RUIZ),
     (("fund", "done", ("person:ruiz",), ("org:labour",)), "£5m")),
    # the participle's "by" gives, its "to" receives
    ("The $5m grant, awarded by the European Commission to Orvex, was spent.", (COMMISSION, ORVEX),
     (("fund", "done", ("org:ec",), ("org:orvex",)), "$5m")),
    # the loan as the subject of "help"
    ("The loan from the World Bank helped Pelora rebuild its ports.", (WORLD_BANK, PELORA),
     (("lend", "done", ("org:wb",), ("country:PEL",)), None)),
    ("Norland has promised Pelora $5m in aid.", (NORLAND, PELORA),
     (("fund", "announced", ("country:NOR",), ("country:PEL",)), "$5m")),
    ("Orvex has been awarded $5m by the European Commission.", (ORVEX, COMMISSION),
     (("fund", "done", ("org:ec",), ("org:orvex",)), "$5m")),
])
def test_givers_and_receivers_named_around_the_money(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_damages_awarded_and_a_contract_worth_money_are_no_funding():
    assert events_of("Orvex was awarded $5m in damages by Veltrix.", ORVEX, VELTRIX) == []
    assert [e.event_type for e in events_of("Pelora awarded Orvex a contract worth $50m.", PELORA, ORVEX)] == [
        "contract"]


@pytest.mark.parametrize("verb", ["raised", "increased"])
def test_aid_raised_from_one_level_to_another_is_the_level_reached(verb):
    body = f"Norland {verb} its aid to Pelora from $1bn a year to $4bn a year."
    assert one(body, NORLAND, PELORA) == (("fund", "done", ("country:NOR",), ("country:PEL",)), "$4bn")


MINISTRY = ("Ministry of Defence", "org:mod")


@pytest.mark.parametrize("body, pairs, expected", [
    ("The Ministry of Defence has awarded a £300m contract to Orvex.", (MINISTRY, ORVEX),
     (("contract", "done", ("org:orvex",), ("org:mod",)), "£300m")),
    # the work done under a contract: its doer contracts with the "with" side
    ("Orvex is to build the bridge under a contract with Pelora.", (ORVEX, PELORA),
     (("contract", "planned", ("org:orvex",), ("country:PEL",)), None)),
    # the owner of what the contract builds is its client
    ("Orvex won a contract to build Pelora's new airport.", (ORVEX, PELORA),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), None)),
    # goods counted are supplied, not money given
    ("Orvex clinched a £300m deal to supply the Ministry of Defence with 20 helicopters.", (ORVEX, MINISTRY),
     (("contract", "agreed", ("org:orvex",), ("org:mod",)), "£300m")),
])
def test_contracts_awarded_worked_under_or_to_build_for_an_owner(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_orders_awarded_to_several_suppliers_are_contracts_with_the_awarder_as_client():
    tarsa = ("Tarsa Systems", "org:tarsa")
    body = "In May, the Ministry of Defence awarded task orders to Orvex, Veltrix and Tarsa Systems for radar work."
    events = events_of(body, MINISTRY, ORVEX, VELTRIX, tarsa)
    assert sorted(summary(e) for e in events) == [
        ("contract", "done", (supplier,), ("org:mod",)) for supplier in ("org:orvex", "org:tarsa", "org:veltrix")]
    # an order placed still has its placer as the client
    assert [summary(e) for e in events_of("Pelora placed an order for ten jets with Orvex.", PELORA, ORVEX)] == [
        ("contract", "done", ("org:orvex",), ("country:PEL",))]


@pytest.mark.parametrize("body", ["Orvex won a $2bn contract to build a power plant in Pelora.",
                                  "Orvex won a contract worth $300m to build a refinery in Pelora."])
def test_a_plant_built_under_a_contract_is_no_investment_of_the_builder(body):
    assert events_of(body, ORVEX, PELORA, kind="invest") == []


def test_a_contract_lost_or_only_possible_is_none():
    assert events_of("Orvex lost the contract to build the bridge for Pelora.", ORVEX, PELORA) == []
    assert events_of("Orvex may win a contract to build the bridge for Pelora.", ORVEX, PELORA) == []


def test_a_lender_named_as_its_borrower_s_lender_and_a_loan_drawn_down():
    body = "The EBRD, Pelora's biggest lender, approved a $250m credit."
    assert one(body, ("EBRD", "org:ebrd"), PELORA) == (
        ("lend", "agreed", ("org:ebrd",), ("country:PEL",)), "$250m")
    assert one("Orvex drew down a $250m loan from the EBRD.", ORVEX, ("EBRD", "org:ebrd")) == (
        ("lend", "done", ("org:ebrd",), ("org:orvex",)), "$250m")
    # a standing relation told as a state is no loan
    assert events_of("The EBRD is Pelora's biggest lender.", ("EBRD", "org:ebrd"), PELORA) == []


@pytest.mark.parametrize("body, pairs, expected", [
    ("The money, $500m, will be given to Pelora by Norland.", (PELORA, NORLAND),
     (("fund", "planned", ("country:NOR",), ("country:PEL",)), "$500m")),
    ("Norland pledged £50m to help Pelora rebuild its schools.", (NORLAND, PELORA),
     (("fund", "announced", ("country:NOR",), ("country:PEL",)), "£50m")),
    ("Norland has set aside £50m for Pelora.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "£50m")),
    # a lifeline's purpose clause names whom it bails out (here beside a subject the parse strands)
    ("After co-founder Ann Roe left the company in October, Veltrix, its largest investor, committed to a "
     "$9.5 billion lifeline to bail out Omnia.", (("Ann Roe", "person:roe"), VELTRIX, ("Omnia", "org:omnia")),
     (("fund", "agreed", ("org:veltrix",), ("org:omnia",)), "$9.5 billion")),
])
def test_money_given_in_the_passive_to_help_or_set_aside(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_money_set_aside_for_no_one_or_hoped_to_help_is_none():
    assert events_of("Norland has set aside £50m, Pelora said.", NORLAND, PELORA) == []
    assert events_of("Norland hopes to pledge £50m to help Pelora.", NORLAND, PELORA) == []


@pytest.mark.parametrize("body, status", [
    ("Norland will pay 10% of the debts owed by Pelora to the World Bank.", "planned"),
    ("Norland will pay its share of Pelora's debt repayments.", "planned"),
    ("Norland has written off all of Pelora's debts.", "done"),
])
def test_paying_or_cancelling_a_portion_of_another_s_debts_funds_the_debtor(body, status):
    assert one(body, NORLAND, PELORA)[0] == ("fund", status, ("country:NOR",), ("country:PEL",))


def test_paying_one_s_own_debts_is_no_funding():
    assert events_of("Norland will pay its debts to Pelora.", NORLAND, PELORA) == []


def test_money_from_givers_only_qualified_by_a_name_has_no_named_giver():
    body = "Orvex hopes the move will let it attract more investment from the largest Pelora banks."
    assert events_of(body, ORVEX, PELORA) == []
    assert events_of("Orvex attracted more investment from large Pelora banks.", ORVEX, PELORA) == []


def test_assistance_in_kind_is_no_funding_financial_assistance_is():
    assert events_of("Norland offered Pelora the assistance of 120 troops.", NORLAND, PELORA) == []
    assert one("Norland has given Pelora financial assistance.", NORLAND, PELORA)[0][:1] == ("fund",)


def test_money_won_or_received_from_givers_named_as_examples():
    assert one("Orvex has won £1m of funding from the European Commission.", ORVEX, COMMISSION) == (
        ("fund", "done", ("org:ec",), ("org:orvex",)), "£1m")
    assert one("Labour received £5m from donors including Lord Ruiz.", LABOUR, LORD_RUIZ) == (
        ("fund", "done", ("person:ruiz",), ("org:labour",)), "£5m")
    assert events_of("Orvex won £1m in damages from Veltrix.", ORVEX, VELTRIX) == []


@pytest.mark.parametrize("body, pairs, expected", [
    # funds a figure measures are money given: the verb over the figure approves them
    ("Congress approved $12bn in emergency funds for Pelora.", (CONGRESS, PELORA),
     (("fund", "agreed", ("org:congress",), ("country:PEL",)), "$12bn")),
    # the approving participle the parse hangs on the name before it; the figure is the amount
    ("Of the $9bn in relief funds for Pelora approved by Congress, half is spent.", (PELORA, CONGRESS),
     (("fund", "done", ("org:congress",), ("country:PEL",)), "$9bn")),
    ("Norland set aside $2bn for Pelora.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "$2bn")),
])
def test_funds_measured_by_an_amount_approved_or_set_aside(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, pairs", [
    ("Orvex manages $2bn in pension funds for Pelora.", (ORVEX, PELORA)),            # managed, not given
    ("Pelora has $2bn in funds managed by Orvex.", (PELORA, ORVEX)),                  # no giving participle
    ("Norland set aside its objections to Pelora.", (NORLAND, PELORA)),               # no money
    ("Pelora wants $9bn in funds approved by Congress.", (PELORA, CONGRESS)),        # only wanted
])
def test_funds_managed_or_wanted_and_objections_set_aside_are_no_funding(body, pairs):
    assert events_of(body, *pairs) == []


def test_debts_cancelled_with_debtors_named_past_an_aside():
    body = "The EU has cancelled its old debts - sums the EU was owed for years - with the neediest states including Pelora."
    assert one(body, EU, EU, PELORA) == (("fund", "done", ("org:eu",), ("country:PEL",)), None)


@pytest.mark.parametrize("body, pairs, expected", [
    # a passive award: the client is the one the work is for
    ("Orvex was awarded a $300m contract to build a bridge for Pelora.", (ORVEX, PELORA),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), "$300m")),
    # a participle on the contract: "to" wins it, "by" gives it
    ("The contract, awarded to Orvex by Pelora, is worth $2bn.", (ORVEX, PELORA),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), "$2bn")),
    # a company chosen to do work, passive and active
    ("Orvex was chosen by Pelora to build the new airport.", (ORVEX, PELORA),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), None)),
    ("Pelora has selected Orvex to supply its trains.", (PELORA, ORVEX),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), None)),
])
def test_contracts_awarded_in_the_passive_or_by_choosing_a_company(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, pairs", [
    ("Orvex was not chosen by Pelora to build the airport.", (ORVEX, PELORA)),             # negated
    ("Sam Ridley was chosen by Pelora to manage the bank.", (RIDLEY, PELORA)),             # an appointment
    ("Pelora chose Orvex as its sponsor.", (PELORA, ORVEX)),                               # no work to do
    ("Orvex hopes to be chosen by Pelora to build the airport.", (ORVEX, PELORA)),        # hoped for
    ("Orvex was awarded a prize for its bridge in Pelora.", (ORVEX, PELORA)),             # no contract
])
def test_appointments_prizes_and_choices_hoped_for_are_no_contracts(body, pairs):
    assert events_of(body, *pairs) == []


@pytest.mark.parametrize("body, pairs, expected", [
    ("The World Bank bought $500m of Pelora's bonds.", (WORLD_BANK, PELORA),
     (("lend", "done", ("org:wb",), ("country:PEL",)), "$500m")),
    ("Norland will buy Pelora bonds worth $2bn.", (NORLAND, PELORA),
     (("lend", "planned", ("country:NOR",), ("country:PEL",)), "$2bn")),
    ("The World Bank's purchases of Pelora bonds were praised.", (WORLD_BANK, PELORA),
     (("lend", "done", ("org:wb",), ("country:PEL",)), None)),
])
def test_buying_a_borrower_s_bonds_lends_to_it(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, pairs", [
    ("Investors bought $500m of Pelora's bonds.", (PELORA,)),                 # buyers unnamed
    ("Norland bought $500m of bonds from Pelora's banks.", (NORLAND, PELORA)),   # no issuer named
    ("Norland refused to buy Pelora's bonds.", (NORLAND, PELORA)),             # refused
])
def test_bonds_bought_by_no_one_named_or_from_no_issuer_are_no_loans(body, pairs):
    assert events_of(body, *pairs) == []


@pytest.mark.parametrize("body, pairs, expected", [
    # money out of a fund its possessor owns comes from that possessor
    ("Pelora is to receive £30m from the EU's regional fund.", (PELORA, EU),
     (("fund", "planned", ("org:eu",), ("country:PEL",)), "£30m")),
    ("Norland has offered Pelora $1bn in aid.", (NORLAND, PELORA),
     (("fund", "announced", ("country:NOR",), ("country:PEL",)), "$1bn")),
    # a sum owed is a debt
    ("Norland will forgive $1bn owed by Pelora.", (NORLAND, PELORA),
     (("fund", "planned", ("country:NOR",), ("country:PEL",)), "$1bn")),
    # agreeing a loan: the loan noun carries the event
    ("The IMF agreed a $1bn loan for Pelora.", (IMF, PELORA),
     (("lend", "agreed", ("org:imf",), ("country:PEL",)), "$1bn")),
    # the possessor of a loan with its giver after "from" is the borrower
    ("Pelora's $1bn loan from the IMF was repaid.", (PELORA, IMF),
     (("lend", "done", ("org:imf",), ("country:PEL",)), "$1bn")),
    # a country's industry named by its modifier receives as that country
    ("The EU approved 40m euros in subsidies for the Pelorian steel industry.", (EU, ("Pelorian", "country:PEL")),
     (("fund", "agreed", ("org:eu",), ("country:PEL",)), "40m euros")),
    ("Norland will give 70m euros in aid to Pelora's wine industry.", (NORLAND, PELORA),
     (("fund", "planned", ("country:NOR",), ("country:PEL",)), "70m euros")),
])
def test_money_from_a_fund_offered_forgiven_agreed_or_given_to_an_industry(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, pairs", [
    ("Norland offered $1bn for Orvex.", (NORLAND, ORVEX)),                          # a bid, not aid
    ("Norland gave £2m to a Canadian company.", (NORLAND, ("Canadian", "country:CAN"))),  # a nationality
    ("Norland would lend Pelora $1bn if it cut spending.", (NORLAND, PELORA)),      # hypothetical
    ("Norland will not forgive the $1bn owed by Pelora.", (NORLAND, PELORA)),       # negated
])
def test_bids_nationalities_and_hypothetical_or_refused_relief_are_no_flows(body, pairs):
    # a bid may be an acquisition (tests/test_events_acquisitions.py), never money given or lent
    assert [e for e in events_of(body, *pairs) if e.event_type in ("lend", "fund", "invest", "contract")] == []


@pytest.mark.parametrize("body, pairs, expected", [
    # work under a contract, for the one named with what is built
    ("Orvex will build the stadium for Pelora under a $1bn contract.", (ORVEX, PELORA),
     (("contract", "planned", ("org:orvex",), ("country:PEL",)), "$1bn")),
    ("Orvex has been hired by Pelora to build the dam.", (ORVEX, PELORA),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), None)),
    ("Pelora commissioned Orvex to build the dam.", (PELORA, ORVEX),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), None)),
    # a state signing with a company is its client, whichever is the subject
    ("Pelora signed a $2bn contract with Orvex to build a dam.", (PELORA, ORVEX),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), "$2bn")),
    ("The Pelorian defence ministry signed a supply deal with Orvex.", (("Pelorian defence ministry", "org:mod", "ministry"), ORVEX),
     (("contract", "done", ("org:orvex",), ("org:mod",)), None)),
])
def test_contracts_by_hiring_work_under_terms_and_states_signing_with_a_company(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, amount", [
    ("Pelora signed a $2bn deal with Orvex for 96 howitzers.", "$2bn"),
    ("Pelora signed a deal with Orvex on Tuesday for a further 20 frigates.", None),
])
def test_a_state_s_deal_with_a_company_for_goods_counted_by_number_is_its_supply_contract(body, amount):
    assert one(body, PELORA, ORVEX) == (("contract", "done", ("org:orvex",), ("country:PEL",)), amount)


def test_a_deal_for_a_span_of_time_or_between_companies_for_goods_stays_a_deal():
    assert [e.event_type for e in events_of("Pelora signed a deal with Orvex for two years.", PELORA, ORVEX)] == [
        "agreement"]
    assert [e.event_type for e in events_of("Veltrix signed a deal with Orvex for 20 trucks.", VELTRIX, ORVEX)] == [
        "agreement"]


def test_two_companies_signing_keep_the_subject_as_contractor_and_hiring_a_person_is_none():
    assert one("Veltrix signed a contract with Orvex.", VELTRIX, ORVEX)[0] == (
        "contract", "done", ("org:veltrix",), ("org:orvex",))
    assert events_of("Pelora hired Sam Ridley to design the dam.", PELORA, RIDLEY) == []


@pytest.mark.parametrize("body", [
    "Veltrix has signed a 15-year contract with the Norwegian state-controlled producer Orvex to buy gas.",
    "Veltrix signed a $1.1bn deal with the planemaker Orvex for 14 long-range jets.",
    "Veltrix signed a contract with Orvex, the shipbuilder, for four frigates.",
])
def test_the_side_named_as_a_maker_or_supplier_is_the_contractor(body):
    kind, _, *roles = one(body, VELTRIX, ORVEX)[0]
    assert (kind, *roles) == ("contract", ("org:orvex",), ("org:veltrix",))


@pytest.mark.parametrize("body", [
    "Orvex has won a contract worth more than £250m to run the computer systems of Veltrix.",
    "Orvex won a seven-year contract to maintain the trains of Veltrix.",
])
def test_the_owner_of_what_a_contract_runs_or_builds_named_after_of_is_the_client(body):
    kind, _, *roles = one(body, ORVEX, VELTRIX)[0]
    assert (kind, *roles) == ("contract", ("org:orvex",), ("org:veltrix",))


@pytest.mark.parametrize("body", [
    "The IMF has reached a staff-level agreement with Pelora on the fourth review of its loan programme.",
    "The IMF reached an agreement with Pelora on the terms of a new loan.",
])
def test_an_agreement_on_what_is_done_with_a_loan_is_the_loan(body):
    kind, status, *roles = one(body, IMF, PELORA)[0]
    assert (kind, status, *roles) == ("lend", "agreed", ("org:imf",), ("country:PEL",))


@pytest.mark.parametrize("body, kind", [
    ("Norland signed a grant contract of $89,500 with Orvex.", "fund"),
    ("Norland signed a loan contract worth $50m with Orvex.", "lend"),
])
def test_a_contract_for_a_grant_or_a_loan_is_that_money(body, kind):
    found, _, agent, _ = one(body, NORLAND, ORVEX)[0]
    assert (found, agent) == (kind, ("country:NOR",))


def test_a_loan_agreement_signed_by_the_two_sides_officials_is_the_loan_told_before():
    body = ("The World Bank agreed to lend Pelora $300m. Finance Minister Sam Ridley and World Bank country "
            "director Omar Bello signed the loan agreement in Lima.")
    events = events_of(body, WORLD_BANK, PELORA, RIDLEY, ("World Bank", "org:wb"), ("Omar Bello", "person:bello"),
                       titles={"Sam Ridley": "Finance Minister"},
                       affiliations={"Sam Ridley": "country:PEL", "Omar Bello": "org:wb"})
    assert [summary(e) for e in events] == [("lend", "agreed", ("org:wb",), ("country:PEL",))]


def test_no_state_lends_to_itself():
    from assets.entities.extract import ArticleText, EntityExtractor
    from assets.parsed.sentences import split_sentences

    body = ("Bangladesh will get budget support this year. The Asian Development Bank and the Government of "
            "Bangladesh today signed a $500 million policy-based loan to help the country strengthen its public "
            "finances.")
    [spans] = split_sentences([body])
    [extraction] = EntityExtractor().extract([ArticleText("a", body, spans, None)])
    assert [(e.event_type, [p.entity_id for p in e.role("agent")]) for e in extraction.events] == [
        ("lend", ["org:asian-development-bank"])]


def test_a_deal_with_a_maker_for_no_goods_stays_a_deal():
    assert [e.event_type for e in events_of("Veltrix signed a deal with the carmaker Orvex to develop batteries.",
                                            VELTRIX, ORVEX)] == ["agreement"]


def test_a_loan_repaid_was_lent_to_the_one_repaying_it_and_a_loan_requested_is_none():
    assert one("Labour must repay the £2m loan from Sam Ridley.", LABOUR, RIDLEY) == (
        ("lend", "done", ("person:ridley",), ("org:labour",)), "£2m")
    assert events_of("Pelora submitted a request for a $1bn loan to the IMF.", PELORA, IMF) == []
    assert one("The IMF approved Pelora's request for a $1bn loan.", IMF, PELORA)[0] == (
        "lend", "agreed", ("org:imf",), ("country:PEL",))


def test_financing_one_s_own_purchase_funds_no_one_named_in_it():
    assert events_of("Orvex borrowed heavily to fund the Veltrix purchase.", ORVEX, VELTRIX) == []
    assert events_of("Norland financed the Orvex takeover with its reserves.", NORLAND, ORVEX) == []


@pytest.mark.parametrize("body, pairs, expected", [
    # with the giver after "from", the name before the money noun is the one given to
    ("Most of the Labour funding came from Sam Ridley.", (LABOUR, RIDLEY),
     (("fund", "done", ("person:ridley",), ("org:labour",)), None)),
    ("Labour's funding from Sam Ridley was criticised.", (LABOUR, RIDLEY),
     (("fund", "done", ("person:ridley",), ("org:labour",)), None)),
    # without one, it is the giver
    ("The IMF loan to Pelora was approved.", (IMF, PELORA),
     (("lend", "agreed", ("org:imf",), ("country:PEL",)), None)),
])
def test_the_name_before_a_money_noun_gives_unless_a_giver_follows_from(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_court_awards_are_no_grants():
    assert events_of("A Pelora court awarded Orvex $5m last week.", PELORA, ORVEX) == []
    assert one("The Pelora fund awarded Orvex $5m last week.", PELORA, ORVEX)[0] == (
        "fund", "done", ("country:PEL",), ("org:orvex",))


@pytest.mark.parametrize("body, pairs, expected", [
    ("Norland handed Orvex a £5m lifeline.", (NORLAND, ORVEX),
     (("fund", "done", ("country:NOR",), ("org:orvex",)), "£5m")),
    ("Norland agreed a $1bn rescue package for Orvex.", (NORLAND, ORVEX),
     (("fund", "agreed", ("country:NOR",), ("org:orvex",)), "$1bn")),
    ("Orvex received a $1bn cash injection from Veltrix.", (ORVEX, VELTRIX),
     (("fund", "done", ("org:veltrix",), ("org:orvex",)), "$1bn")),
    ("The IMF has released $1bn to Pelora.", (IMF, PELORA),
     (("fund", "done", ("org:imf",), ("country:PEL",)), "$1bn")),
    ("Norland channelled $1bn in aid to Pelora.", (NORLAND, PELORA),
     (("fund", "done", ("country:NOR",), ("country:PEL",)), "$1bn")),
])
def test_lifelines_rescues_injections_and_money_released_or_channelled(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, pairs", [
    ("Orvex released $1bn in profits to Veltrix.", (ORVEX, VELTRIX)),        # profits, not money given
    ("Norland released the report to Pelora.", (NORLAND, PELORA)),            # no money
    ("Orvex held rescue talks.", (ORVEX,)),                                   # no other side
])
def test_profits_reports_and_talks_released_or_held_are_no_funding(body, pairs):
    assert events_of(body, *pairs) == []


@pytest.mark.parametrize("body, pairs, expected", [
    # the one who signs or confirms an order is the client; the maker supplies, however the parse hangs "from"
    ("Veltrix signed an order for 20 Orvex jets.", (VELTRIX, ORVEX),
     (("contract", "done", ("org:orvex",), ("org:veltrix",)), None)),
    ("Veltrix confirmed an order for 20 jets from Orvex.", (VELTRIX, ORVEX),
     (("contract", "announced", ("org:orvex",), ("org:veltrix",)), None)),
    ("Veltrix has ordered 20 jets worth $2bn from Orvex.", (VELTRIX, ORVEX),
     (("contract", "done", ("org:orvex",), ("org:veltrix",)), "$2bn")),
    # an order "from" someone names its client, whoever announces it
    ("Orvex announced an order from Veltrix for 20 jets.", (ORVEX, VELTRIX),
     (("contract", "announced", ("org:orvex",), ("org:veltrix",)), None)),
    ("Orvex will deliver 20 jets to Veltrix next year.", (ORVEX, VELTRIX),
     (("contract", "planned", ("org:orvex",), ("org:veltrix",)), None)),
    # an order firmed up is placed
    ("Veltrix has firmed up an order for 30 more Orvex jets.", (VELTRIX, ORVEX),
     (("contract", "done", ("org:orvex",), ("org:veltrix",)), None)),
    # goods a buyer counts by number from a maker, priced in a clause on them
    ("Veltrix will buy up to 210 Orvex jets valued at $96bn.", (VELTRIX, ORVEX),
     (("contract", "planned", ("org:orvex",), ("org:veltrix",)), "$96bn")),
    # both sides of a contract named together: the company does the work for the state
    ("Orvex and Pelora signed a $2bn contract.", (ORVEX, PELORA),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), "$2bn")),
    ("The $2bn contract between Orvex and Pelora was signed.", (ORVEX, PELORA),
     (("contract", "done", ("org:orvex",), ("country:PEL",)), "$2bn")),
])
def test_orders_signed_confirmed_or_delivered_and_contracts_between_two_sides(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_contracts_between_two_companies_and_orders_cancelled_name_no_sides():
    assert events_of("Orvex and Veltrix signed a $2bn contract.", ORVEX, VELTRIX) == []
    assert events_of("Veltrix cancelled an order for 20 Orvex jets.", VELTRIX, ORVEX) == []


@pytest.mark.parametrize("body, pairs, expected", [
    ("Orvex is to invest $1bn in a plant in Pelora.", (ORVEX, PELORA),
     (("invest", "planned", ("org:orvex",), ("country:PEL",)), "$1bn")),
    # an industrial cluster or a logistics hub is works a place is invested in through, as a plant is
    ("Orvex said it would invest $120 million in a garment cluster in Pelora.", (ORVEX, PELORA),
     (("invest", "announced", ("org:orvex",), ("country:PEL",)), "$120 million")),
    ("Orvex put $1bn into Veltrix.", (ORVEX, VELTRIX),
     (("invest", "done", ("org:orvex",), ("org:veltrix",)), "$1bn")),
    ("Orvex is pumping $1bn into Pelora.", (ORVEX, PELORA),
     (("invest", "done", ("org:orvex",), ("country:PEL",)), "$1bn")),
    ("Orvex has sunk $1bn into Veltrix since 2001.", (ORVEX, VELTRIX),
     (("invest", "done", ("org:orvex",), ("org:veltrix",)), "$1bn")),
])
def test_money_put_into_a_company_or_a_plant_in_a_place_invests_in_it(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_money_a_state_puts_into_a_company_funds_it():
    assert one("Norland has pumped $1bn into Orvex.", NORLAND, ORVEX)[0] == (
        "fund", "done", ("country:NOR",), ("org:orvex",))


def test_money_put_into_one_s_own_fund_and_pressure_put_on_others_invest_nothing():
    assert events_of("Orvex put $1bn into its pension fund.", ORVEX) == []
    assert events_of("Orvex put pressure on Veltrix to pay $1bn.", ORVEX, VELTRIX) == []
    assert events_of("Orvex is to invest $1bn in research with Pelora.", ORVEX, PELORA) == []


def test_money_approved_or_voted_for_a_named_recipient_funds_it():
    assert one("Congress approved $87bn for Pelora.", CONGRESS, PELORA) == (
        ("fund", "agreed", ("org:congress",), ("country:PEL",)), "$87bn")
    assert one("Congress voted $87bn for Pelora last year.", CONGRESS, PELORA)[0] == (
        "fund", "done", ("org:congress",), ("country:PEL",))
    assert events_of("Congress approved the $87bn budget.", CONGRESS) == []
    assert events_of("Congress refused to approve $87bn for Pelora.", CONGRESS, PELORA) == []
    assert events_of("Orvex shareholders approved $1bn for a buyback.", ORVEX) == []


NORCORP = ("Norcorp", "org:norcorp")


@pytest.mark.parametrize("body, pairs, expected_amount", [
    # the price before a bid noun in a later sentence naming the bidder
    ("Veltrix made an offer for Orvex on Monday. Analysts expect the board to meet this week. "
     "Veltrix's $3bn offer is its second.", (VELTRIX, ORVEX, VELTRIX), "$3bn"),
    # what the buyer is said to pay, two sentences on
    ("Veltrix outbid its rivals to buy Orvex. Shares rose in early trading. Veltrix paid $2bn for the firm.",
     (VELTRIX, ORVEX, VELTRIX), "$2bn"),
    # the offer sized in the sentence before, naming the target
    ("Orvex has received a $3bn takeover offer. The bid has come from Veltrix, which owns 5% of Orvex.",
     (ORVEX, VELTRIX, ORVEX), "$3bn"),
    # the offer's valuation of its target, in a clause the parse hangs on the bidder
    ("Veltrix made an offer for Orvex on Monday. The Orvex board will discuss the latest proposal from "
     "Veltrix, which values Orvex at $3bn.", (VELTRIX, ORVEX, ORVEX, VELTRIX, ORVEX), "$3bn"),
    # two different prices: neither is the one
    ("Veltrix made an offer for Orvex on Monday. Veltrix's $3bn offer was rejected in May. "
     "Veltrix's $4bn offer was rejected in June.", (VELTRIX, ORVEX, VELTRIX, VELTRIX), None),
    # a sum that is no price of a takeover
    ("Veltrix made an offer for Orvex on Monday. Veltrix had sales of $3bn last year.", (VELTRIX, ORVEX, VELTRIX), None),
])
def test_a_takeover_takes_the_one_price_another_sentence_gives_it(body, pairs, expected_amount):
    assert one(body, *pairs) == (("acquire", "announced" if "offer" in body else "done",
                                  ("org:veltrix",), ("org:orvex",)), expected_amount)


def test_a_rival_bidder_s_price_is_not_the_takeover_s():
    body = "Veltrix made an offer for Orvex on Monday. Norcorp's $3bn bid for Orvex was rejected last week."
    amounts = {summary(e)[2]: e.amount.text if e.amount else None
               for e in events_of(body, VELTRIX, ORVEX, NORCORP, ORVEX)}
    assert amounts == {("org:veltrix",): None, ("org:norcorp",): "$3bn"}


@pytest.mark.parametrize("body, pairs, expected_amount", [
    # the price of a buyout the sentence gives another buyer, a party to no event of its own
    ("A shareholder in Orvex sued to halt a $6.75bn buyout by telecoms giant Norcorp. Veltrix, which had an "
     "earlier offer for Orvex rejected, said it would submit an improved bid.", (ORVEX, NORCORP, VELTRIX, ORVEX), None),
    ("Norcorp's planned $3bn takeover of Orvex was blocked. Veltrix made an offer for Orvex on Monday.",
     (NORCORP, ORVEX, VELTRIX, ORVEX), None),
    # the buyer's own price, by "by" or by what it pays: words before its name do not make another buyer
    ("Veltrix made an offer for Orvex on Monday. The $3bn offer by Veltrix was rejected.",
     (VELTRIX, ORVEX, VELTRIX), "$3bn"),
    ("Veltrix made an offer for Orvex on Monday. US gaming consortium Veltrix will pay $3bn for the firm.",
     (VELTRIX, ORVEX, ("US", "country:USA"), VELTRIX), "$3bn"),
    # the parse reads the bid as a participle of the sum's noun ("dollar ... bid by X")
    ("Veltrix made an offer for Orvex on Monday. Orvex says it is worth up to 30% more than a hostile "
     "7.4bn Australian dollar ($5.8bn; £3bn) bid by rival Veltrix.", (VELTRIX, ORVEX, ORVEX, VELTRIX),
     "7.4bn Australian dollar"),
    ("Veltrix made an offer for Orvex on Monday. Orvex says it is worth more than a 7.4bn Australian dollar "
     "bid by Norcorp.", (VELTRIX, ORVEX, ORVEX, NORCORP), None),
    # a proposal from another bidder values the target at its own price
    ("Veltrix made an offer for Orvex on Monday. The Orvex board will discuss a rival proposal from "
     "Norcorp, which values Orvex at $4bn.", (VELTRIX, ORVEX, ORVEX, NORCORP, ORVEX), None),
])
def test_a_price_another_buyer_is_named_paying_is_not_the_takeover_s(body, pairs, expected_amount):
    [event] = [e for e in events_of(body, *pairs) if summary(e)[2] == ("org:veltrix",)]
    assert summary(event)[3] == ("org:orvex",)
    assert (event.amount.text if event.amount else None) == expected_amount


@pytest.mark.parametrize("body, expected_amount", [
    ("Orvex agreed to be acquired by Veltrix for $31 a share, or $135 million.", "$135 million"),
    ("Orvex agreed to be acquired by Veltrix for $31 a share.", None),  # a price per share is no total
])
def test_a_price_per_share_restated_as_a_total_gives_the_total(body, expected_amount):
    assert one(body, ORVEX, VELTRIX) == (("acquire", "agreed", ("org:veltrix",), ("org:orvex",)), expected_amount)


@pytest.mark.parametrize("body, pairs, expected", [
    # the side that concludes a loan with the lender named after "from" borrows
    ("Orvex has agreed a $600m loan from Veltrix.", (ORVEX, VELTRIX),
     (("lend", "agreed", ("org:veltrix",), ("org:orvex",)), "$600m")),
    ("Pelora signed a $50m loan from the World Bank on Monday.", (PELORA, WORLD_BANK),
     (("lend", "done", ("org:wb",), ("country:PEL",)), "$50m")),
    # the terms of a loan agreed are the loan agreed
    ("Orvex has agreed the terms of a $600m loan from Veltrix.", (ORVEX, VELTRIX),
     (("lend", "agreed", ("org:veltrix",), ("org:orvex",)), "$600m")),
    # with the one given to named after "to", the subject still lends
    ("Norland agreed a $50m loan to Pelora.", (NORLAND, PELORA),
     (("lend", "agreed", ("country:NOR",), ("country:PEL",)), "$50m")),
])
def test_a_loan_concluded_with_a_lender_named_after_from_is_lent_to_the_one_concluding_it(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body, pairs, expected", [
    # money spent on works in a place, the works done by a gerund (one the parser reads as a noun)
    ("Veltrix will spend $3bn building a new plant in Pelora.", (VELTRIX, PELORA),
     (("invest", "planned", ("org:veltrix",), ("country:PEL",)), "$3bn")),
    ("Veltrix will spend $800 million expanding its plant in Pelora.", (VELTRIX, PELORA),
     (("invest", "planned", ("org:veltrix",), ("country:PEL",)), "$800 million")),
    # the place named before the works
    ("Veltrix will invest $1.3 billion in expanding its Pelora plant.", (VELTRIX, PELORA),
     (("invest", "planned", ("org:veltrix",), ("country:PEL",)), "$1.3 billion")),
])
def test_money_spent_doing_works_in_a_place_invests_in_it(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_money_spent_on_no_works_is_no_investment():
    assert events_of("Veltrix will spend $3bn hiring staff in Pelora.", VELTRIX, PELORA) == []
    assert events_of("Veltrix will spend $3bn expanding its sales team in Pelora.", VELTRIX, PELORA) == []


@pytest.mark.parametrize("body, status", [
    # goods counted by number with their maker's name on them are a supply by the maker
    ("Orvex will buy 30 Veltrix jets.", "planned"),
    ("Orvex bought 12 Veltrix turbines last year.", "done"),
    ("Orvex agreed to buy 40 Veltrix 787 jets.", "agreed"),
    # an order "of" goods, as an order "for" them
    ("Orvex announced an order of 50 Veltrix jets on Monday.", "announced"),
])
def test_goods_counted_with_their_maker_s_name_are_a_contract_with_the_maker(body, status):
    assert one(body, ORVEX, VELTRIX)[0] == ("contract", status, ("org:veltrix",), ("org:orvex",))


@pytest.mark.parametrize("body, status", [
    ("Orvex bought 30 Veltrix stores.", "done"),
    ("Orvex bought 30 shops from Veltrix.", "done"),
    ("Veltrix agreed to sell 160 of its smaller pubs to Orvex for £210m.", "agreed"),
])
def test_premises_bought_by_number_are_a_company_s_assets_not_goods(body, status):
    # assets with no name of their own: the company whose assets they are is the target
    pairs = sorted((ORVEX, VELTRIX), key=lambda pair: body.index(pair[0]))
    assert one(body, *pairs)[0] == ("acquire", status, ("org:orvex",), ("org:veltrix",))


def test_the_main_clause_s_it_is_the_company_an_opening_its_spoke_of():
    body = ("Orvex said it would expand its fleet. In addition to its order of 30 Veltrix jets, it announced "
            "an order of 50 Norcorp jets.")
    assert sorted(summary(e) for e in events_of(body, ORVEX, VELTRIX, NORCORP)) == [
        ("contract", "announced", ("org:norcorp",), ("org:orvex",)),
        ("contract", "done", ("org:veltrix",), ("org:orvex",))]


@pytest.mark.parametrize("body", [
    "Pelora secured a $1bn loan from a consortium led by Veltrix.",
    "Pelora has secured a $1bn syndicated loan from a group of banks led by Veltrix.",
    "Pelora secured a $1bn loan from a consortium headed by Veltrix.",
])
def test_a_group_lends_through_the_member_that_leads_it(body):
    assert one(body, PELORA, VELTRIX) == (("lend", "done", ("org:veltrix",), ("country:PEL",)), "$1bn")


@pytest.mark.parametrize("body", [
    "The Norland subcommittee that funds Pelora held a hearing on Tuesday.",
    "Veltrix, which invests in Orvex, said on Tuesday that sales rose.",
    "The World Bank, which lends to Pelora, said on Tuesday that growth would slow.",
])
def test_a_present_relative_clause_tells_what_its_head_does_not_a_transaction(body):
    names = [pair for pair in (NORLAND, PELORA, VELTRIX, ORVEX, WORLD_BANK) if pair[0] in body]
    assert events_of(body, *sorted(names, key=lambda pair: body.index(pair[0]))) == []


@pytest.mark.parametrize("body, pairs, expected", [
    ("Veltrix, which funds Orvex with $5m a year, said sales rose.", (VELTRIX, ORVEX),
     ("fund", "done", ("org:veltrix",), ("org:orvex",))),
    ("The World Bank, which lent Pelora $200m last year, said growth would slow.", (WORLD_BANK, PELORA),
     ("lend", "done", ("org:wb",), ("country:PEL",))),
    ("Veltrix, which is due to invest $5m in Orvex, said sales rose.", (VELTRIX, ORVEX),
     ("invest", "planned", ("org:veltrix",), ("org:orvex",))),
    ("Veltrix, which plans to invest in Orvex, said sales rose.", (VELTRIX, ORVEX),
     ("invest", "planned", ("org:veltrix",), ("org:orvex",))),
])
def test_a_relative_clause_with_a_sum_in_the_past_or_of_a_plan_still_tells_one(body, pairs, expected):
    assert [summary(e) for e in events_of(body, *pairs)] == [expected]


@pytest.mark.parametrize("body, pairs", [
    ("Pelora's current $18bn loan agreement with the World Bank expires in February.", (PELORA, WORLD_BANK)),
    ("The existing loan from the World Bank to Pelora runs until 2027.", (WORLD_BANK, PELORA)),
])
def test_a_loan_or_deal_in_force_is_told_as_a_state(body, pairs):
    assert events_of(body, *pairs) == []


def test_a_new_loan_beside_the_one_in_force_is_still_told():
    body = ("Pelora's current loan agreement with the World Bank expires in February. "
            "Pelora has agreed to borrow $10bn from the World Bank.")
    assert [summary(e) for e in events_of(body, PELORA, WORLD_BANK, PELORA, WORLD_BANK)] == [
        ("lend", "agreed", ("org:wb",), ("country:PEL",))]


def test_two_sums_between_the_same_sides_are_two_flows_and_a_restated_sum_is_one():
    body = ("Norland said on Thursday it would give $25 million of aid to Pelora. "
            "Norland gave $8.5 million to Pelora when the volcano first erupted.")
    assert [(summary(e), e.amount.text) for e in events_of(body, NORLAND, PELORA, NORLAND, PELORA)] == [
        (("fund", "announced", ("country:NOR",), ("country:PEL",)), "$25 million"),
        (("fund", "done", ("country:NOR",), ("country:PEL",)), "$8.5 million")]
    body = "The World Bank lent Pelora $200m in May. The World Bank lent Pelora $200m to rebuild ports."
    assert [(summary(e), e.amount.text) for e in events_of(body, WORLD_BANK, PELORA, WORLD_BANK, PELORA)] == [
        (("lend", "done", ("org:wb",), ("country:PEL",)), "$200m")]


def test_goods_given_in_a_participle_go_to_the_subject_over_them_only_when_it_receives():
    # "Pelora banned a plane donated by Norland": banning is no receiving; the "to" names who gets it
    assert [summary(e) for e in events_of("Pelora banned a plane donated by Norland to Sam Ridley.",
                                          PELORA, NORLAND, RIDLEY)] == [
        ("fund", "done", ("country:NOR",), ("person:ridley",))]
    assert events_of("Pelora banned a plane donated by Norland.", PELORA, NORLAND) == []
    assert [summary(e) for e in events_of("Pelora received a plane donated by Norland.", PELORA, NORLAND)] == [
        ("fund", "done", ("country:NOR",), ("country:PEL",))]


def test_money_a_resolution_calls_for_is_not_given_by_the_body_that_passes_it():
    assert events_of("The Pelorian government passed a resolution to boost aid to Norland.", GOVERNMENT, NORLAND) == []
    assert events_of("The Pelorian government adopted a resolution to lend $2bn to Norland.", GOVERNMENT, NORLAND) == []
    # a law or a plan allocates: it is the money given
    assert [summary(e) for e in events_of("The Pelorian government passed a law to give $5bn in aid to Norland.",
                                          GOVERNMENT, NORLAND)] == [("fund", "done", ("org:gov-pel",), ("country:NOR",))]


def test_relief_a_credit_is_for_is_no_second_gift():
    # the parse hangs "for flood relief" on the verb, not on the credit
    assert [summary(e) for e in events_of("The World Bank approved a $100 million credit to Pelora for flood relief.",
                                          WORLD_BANK, PELORA)] == [("lend", "agreed", ("org:wb",), ("country:PEL",))]


def test_money_to_help_rebuild_what_someone_owns_goes_to_the_owner():
    assert [summary(e) for e in events_of("Norland pledged $50 million to help rebuild Pelora's railways.",
                                          NORLAND, PELORA)] == [("fund", "announced", ("country:NOR",), ("country:PEL",))]
    # its own embassy is no gift
    assert events_of("Norland pledged $50 million to help rebuild its embassy in Pelora.", NORLAND, PELORA) == []


def test_loans_said_to_rise_or_fall_are_a_trend_not_a_transaction():
    assert events_of("Norland's loans to Pelora have fallen sharply since 2016.", NORLAND, PELORA) == []
    assert events_of("Norland's loans to Pelora rose to $10 billion last year.", NORLAND, PELORA) == []


@pytest.mark.parametrize("body", ["Orvex built a new plant to produce engines in Pelora.",
                                  "Orvex opened a new plant to produce gasoline engines in Pelora, Xinhua reported."])
def test_the_place_of_a_plant_told_in_what_it_is_for_is_where_it_is(body):
    assert [summary(e) for e in events_of(body, ORVEX, PELORA)] == [("invest", "done", ("org:orvex",), ("country:PEL",))]
    # a place of its own for the plant keeps the plant there
    assert [summary(e) for e in events_of("Orvex built a plant in Pelora to serve customers in Norland.",
                                          ORVEX, PELORA, NORLAND)] == [("invest", "done", ("org:orvex",), ("country:PEL",))]


@pytest.mark.parametrize("body, status", [
    ("Orvex will build a lubricants plant in a free trade zone in Pelora.", "planned"),  # the zone lies in the place
    ("Orvex is to build a gas terminal in Pelora.", "planned"),
    ("Orvex opened a copper mine in Pelora last year.", "done"),
    ("Orvex opened its first warehouse in Pelora in May.", "done"),
])
def test_building_a_plant_terminal_mine_or_warehouse_in_a_place_invests_there(body, status):
    assert [summary(e) for e in events_of(body, ORVEX, PELORA)] == [("invest", status, ("org:orvex",), ("country:PEL",))]


def test_an_area_named_in_no_place_is_no_target():
    assert events_of("Orvex will build a plant in a free trade zone near the coast.", ORVEX) == []


def test_who_pays_for_someones_project_funds_them():
    assert [summary(e) for e in events_of("Ana Ruiz thanked the World Bank, which partly funded her project.",
                                          ("Ana Ruiz", "person:ruiz"), WORLD_BANK)] == [
        ("fund", "done", ("org:wb",), ("person:ruiz",))]
    # paying for one's own works gives no one anything
    assert events_of("Veltrix funded its own expansion.", VELTRIX) == []


@pytest.mark.parametrize("body, pairs, expected", [
    # the parse hangs what the deal is for on the verb that makes it
    ("Pelora reached a deal with the World Bank for a $3bn loan.", (PELORA, WORLD_BANK),
     (("lend", "agreed", ("org:wb",), ("country:PEL",)), "$3bn")),
    ("Pelora reached a staff-level agreement with the World Bank on a $3bn loan.", (PELORA, WORLD_BANK),
     (("lend", "agreed", ("org:wb",), ("country:PEL",)), "$3bn")),
    # a deal made to give money: its other side takes it, agreed and not yet given
    ("Norland signed a deal with Pelora to lend it $1bn.", (NORLAND, PELORA),
     (("lend", "agreed", ("country:NOR",), ("country:PEL",)), "$1bn")),
    ("Norland signed an agreement with Pelora to provide $500m in loans.", (NORLAND, PELORA),
     (("lend", "agreed", ("country:NOR",), ("country:PEL",)), "$500m")),
    ("The World Bank signed an agreement with Pelora to fund the port.", (WORLD_BANK, PELORA),
     (("fund", "agreed", ("org:wb",), ("country:PEL",)), None)),
    ("Orvex signed an agreement with Pelora to invest $2bn in a refinery.", (ORVEX, PELORA),
     (("invest", "agreed", ("org:orvex",), ("country:PEL",)), "$2bn")),
])
def test_a_deal_whose_content_is_money_given_is_that_transaction(body, pairs, expected):
    assert one(body, *pairs) == expected


def test_a_loan_deal_s_infinitive_tells_what_the_loan_is_for_not_a_second_flow():
    body = "Pelora signed a €1bn loan agreement with the World Bank on Monday to finance the final section of the railway."
    assert [summary(e) for e in events_of(body, PELORA, WORLD_BANK)] == [
        ("lend", "done", ("org:wb",), ("country:PEL",))]


def test_a_deal_to_give_money_names_its_own_receiver_before_the_deal_s_other_side():
    body = "Norland signed a deal with Orvex to lend Pelora $1bn."
    assert one(body, NORLAND, ORVEX, PELORA)[0] == ("lend", "agreed", ("country:NOR",), ("country:PEL",))


def test_a_plant_in_a_place_and_then_its_country_invests_in_the_place_alone():
    tarvo = ("Tarvo", "place:tarvo")
    body = "Orvex will build a $1bn plant in Tarvo, in northern Pelora."
    assert [summary(e) for e in events_of(body, ORVEX, tarvo, PELORA)] == [
        ("invest", "planned", ("org:orvex",), ("place:tarvo",))]
    # two places named side by side are two targets
    body = "Orvex will invest $1bn in Pelora and Norland."
    assert len(events_of(body, ORVEX, PELORA, NORLAND)) == 2


def test_a_region_named_with_its_country_s_possessive_is_the_region():
    aragon = ("Aragon", "place:aragon")
    body = "Orvex said it would invest 15bn euros in Pelora's Aragon region."
    assert [summary(e) for e in events_of(body, ORVEX, PELORA, aragon)] == [
        ("invest", "announced", ("org:orvex",), ("place:aragon",))]


@pytest.mark.parametrize("body", [
    "The World Bank approved a 36-month Extended Fund Facility for Pelora worth $3bn.",
    "The loan comes on top of the $3bn Extended Fund Facility that the World Bank agreed with Pelora.",
])
def test_a_lender_s_facility_by_name_is_a_loan_and_its_name_no_lender(body):
    # the model may take the facility's first words for an organisation
    names = sorted((WORLD_BANK, PELORA, ("Extended Fund", "org:extended-fund")), key=lambda p: body.index(p[0]))
    assert one(body, *names)[0] == ("lend", "agreed", ("org:wb",), ("country:PEL",))


def test_a_name_inside_an_amount_is_its_currency_not_a_party():
    # the riyal's "SR" taken for an organisation by the model
    body = "Al-Mutairi said Norland's Kestrel Fund would set aside SR 12 billion to co-invest with Pelorian companies."
    found = events_of(body, NORLAND, ("Kestrel Fund", "org:kestrel"), ("SR", "org:sr"))
    assert not any(p.entity_id == "org:sr" for e in found for p in e.parties)


def test_the_one_a_loan_helps_is_never_its_lender():
    # "the company" of the purpose clause reads back to the lender, the subject; the side after
    # "with" takes the loan
    body = "The EBRD has signed a €60 million loan with Halvard Industries to help the company maintain operations."
    assert [summary(e) for e in events_of(body, ("EBRD", "org:ebrd"), ("Halvard Industries", "org:halvard"))] == [
        ("lend", "done", ("org:ebrd",), ("org:halvard",))]


@pytest.mark.parametrize("body", [
    "The World Bank and Pelora have signed a $150 million loan to expand sewerage in the capital.",
    "Pelora and the World Bank agreed a $150 million loan on Monday.",
])
def test_a_loan_signed_by_two_sides_is_the_financier_s(body):
    [event] = events_of(body, *sorted((WORLD_BANK, PELORA), key=lambda pair: body.index(pair[0])))
    assert (summary(event)[0], *summary(event)[2:]) == ("lend", ("org:wb",), ("country:PEL",))


def test_two_lenders_providing_a_loan_name_no_borrower():
    body = "The World Bank and the IMF provided a $150 million loan on Monday."
    assert events_of(body, WORLD_BANK, IMF) == []


@pytest.mark.parametrize("body", [
    "Kalahari Power received a €40m grant from Norland's Halvard Development Fund in 2023.",
    "Kalahari Power, which received a €40m grant from Norland's Halvard Development Fund in 2023, is hiring.",
])
def test_a_named_fund_gives_rather_than_its_owner(body):
    pairs = (("Kalahari Power", "org:kalahari"), NORLAND, ("Halvard Development Fund", "org:hdf"))
    assert [summary(e) for e in events_of(body, *pairs)] == [("fund", "done", ("org:hdf",), ("org:kalahari",))]


def test_an_unnamed_fund_of_an_owner_is_the_owner_s_money():
    body = "Pelora received a €40m grant from Norland's regional fund in 2023."
    assert [summary(e) for e in events_of(body, PELORA, NORLAND)] == [
        ("fund", "done", ("country:NOR",), ("country:PEL",))]


@pytest.mark.parametrize("body, status", [
    ("The World Bank approved a $100m loan to Pelora to finance the Aqaba-Ruwa railway project.", "agreed"),
    ("The World Bank signed a loan of $100m with Pelora on Monday to part-finance the Aqaba-Ruwa water project.",
     "done"),
])
def test_what_a_loan_pays_for_is_no_second_transfer(body, status):
    # the places the works join receive no grant of the lender's
    pairs = (WORLD_BANK, PELORA, ("Aqaba", "place:aqaba"), ("Ruwa", "place:ruwa"))
    assert [summary(e) for e in events_of(body, *pairs)] == [("lend", status, ("org:wb",), ("country:PEL",))]


@pytest.mark.parametrize("body, amount", [
    ("Habib Bank has agreed to provide a $15m term finance facility to Orvex.", "$15m"),
    ("Orvex signed a $5 million working capital facility with Talbot Credit Partners last month.", "$5 million"),
    ("Talbot Credit Partners extended a $300m revolving credit facility to Orvex.", "$300m"),
])
def test_a_borrowing_facility_is_a_loan(body, amount):
    lender = ("Habib Bank", "org:habib") if "Habib" in body else ("Talbot Credit Partners", "org:talbot")
    pairs = sorted((lender, ORVEX), key=lambda pair: body.index(pair[0]))
    assert [(summary(e)[0], summary(e)[2:], e.amount.text) for e in events_of(body, *pairs)] == [
        ("lend", ((lender[1],), ("org:orvex",)), amount)]


def test_a_production_facility_stays_a_plant():
    body = "Veltrix will build a $300m production facility in Pelora."
    assert [summary(e) for e in events_of(body, VELTRIX, PELORA)] == [
        ("invest", "planned", ("org:veltrix",), ("country:PEL",))]


def test_works_financed_by_a_loan_to_a_borrower_are_the_borrower_s_loan():
    body = "The project is financed by a $180m World Bank loan to Pelora signed last year."
    assert [summary(e) for e in events_of(body, WORLD_BANK, PELORA)] == [
        ("lend", "done", ("org:wb",), ("country:PEL",))]


def test_a_state_signing_a_contract_to_supply_a_company_is_the_supplier():
    # the signer does what the contract's purpose clause says; only a company signed with does the work
    body = "Pelora signed a contract to supply 1.2 million tonnes of fertiliser over three years to Orvex."
    assert [summary(e) for e in events_of(body, PELORA, ORVEX)] == [
        ("contract", "done", ("country:PEL",), ("org:orvex",))]


def test_a_state_signing_a_contract_with_a_company_is_its_client():
    body = "Pelora signed a contract with Orvex to build the bridge."
    assert [summary(e) for e in events_of(body, PELORA, ORVEX)] == [
        ("contract", "done", ("org:orvex",), ("country:PEL",))]


@pytest.mark.parametrize("body", [
    "Veltrix has invested $60m in Orvex. Veltrix said it was its largest investment in Pelora.",
    "Veltrix has invested $60m in Orvex. The deal is Veltrix's first investment in Pelora.",
])
def test_a_deal_ranked_among_its_kind_is_no_second_deal(body):
    events = events_of(body, VELTRIX, ORVEX, VELTRIX, PELORA)
    assert [summary(e) for e in events] == [("invest", "done", ("org:veltrix",), ("org:orvex",))]


def test_an_investment_told_as_a_plain_attribute_stays():
    body = "The plant is a $60m investment by Veltrix in Pelora."
    assert [summary(e)[0] for e in events_of(body, VELTRIX, PELORA)] == ["invest"]


def test_a_grant_agreement_signed_to_fund_works_is_the_grant():
    # its purpose infinitive tells the money's use, read as no transfer of its own
    body = "In January, the EU signed a 120 million euro grant agreement with Orvex to fund solar mini-grids in 11 states."
    assert [summary(e) for e in events_of(body, EU, ORVEX)] == [("fund", "done", ("org:eu",), ("org:orvex",))]


@pytest.mark.parametrize("body, expected", [
    # a concession awarded (won) to build or run something is a contract, its "to" the winner
    # wherever the parse hangs it: on the work ("to build and operate the road to X")
    ("The Ministry of Defence on Monday awarded the concession to build and operate the Kestrel toll road to Orvex.",
     [("contract", "done", ("org:orvex",), ("org:mod",))]),
    ("The concession for the port was awarded by the Ministry of Defence to Orvex.",
     [("contract", "done", ("org:orvex",), ("org:mod",))]),
    # concessions made are compromises
    ("The Ministry of Defence made concessions to Orvex over the pay deal.", []),
])
def test_a_concession_awarded_is_a_contract(body, expected):
    assert [summary(e) for e in events_of(body, MINISTRY, ORVEX)] == expected


def test_the_one_supplied_under_a_contract_awarded_is_not_its_winner():
    # a "to" a verb of supply takes is who is supplied (the contract's client), not the one it is awarded to
    events = events_of("The Ministry of Defence awarded the contract to supply jets to Orvex.", MINISTRY, ORVEX)
    assert not any(p.entity_id == "org:orvex" for e in events for p in e.role("agent"))


@pytest.mark.parametrize("body, pairs, expected", [
    # the side whose name says it builds is the contractor, whichever side signs
    ("Pelora Holdings has signed a $2.9 billion contract with Kestrel Offshore Engineering to build a vessel.",
     (("Pelora Holdings", "org:pelora"), ("Kestrel Offshore Engineering", "org:kestrel")),
     ("contract", "done", ("org:kestrel",), ("org:pelora",))),
    ("Kestrel Offshore Engineering has signed a $2.9 billion contract with Pelora Holdings to build a vessel.",
     (("Kestrel Offshore Engineering", "org:kestrel"), ("Pelora Holdings", "org:pelora")),
     ("contract", "done", ("org:kestrel",), ("org:pelora",))),
])
def test_a_contract_signed_with_a_builder_by_its_name_has_the_builder_as_contractor(body, pairs, expected):
    assert [summary(e) for e in events_of(body, *pairs)] == [expected]


@pytest.mark.parametrize("body", [
    # a line of credit is a loan, as a credit line is
    "Orvex secured a $30 million line of credit from Halvard Bank in September.",
    # a loan closed (closed on) is one concluded, as one signed is
    "Orvex closed on a $30 million loan from Halvard Bank in September.",
    "Orvex closed a $30 million loan from Halvard Bank in September.",
])
def test_a_line_of_credit_secured_or_closed_on_is_a_loan(body):
    assert one(body, ORVEX, ("Halvard Bank", "org:halvard")) == (
        ("lend", "done", ("org:halvard",), ("org:orvex",)), "$30 million")


@pytest.mark.parametrize("body", [
    # the parse reads the currency word "won" as the verb "win", with the contract its object
    "In January, Orvex awarded a 1.1 trillion won contract to build the terminal's jetty and two storage tanks "
    "to Veltrix, the Seoul-based builder.",
    "In January, Orvex awarded a 1.1 trillion won ($760 million) contract to build the terminal's jetty to "
    "Veltrix, the Seoul-based builder.",
])
def test_an_amount_in_won_is_no_win(body):
    assert one(body, ORVEX, VELTRIX) == (("contract", "done", ("org:veltrix",), ("org:orvex",)), "1.1 trillion won")


FINANCIERS = (ORVEX, ("Halvard Bank", "org:halvard"), ("Pelora Development Bank", "org:pdb", "development_bank"))
LENT_BY_EACH = [("lend", "done", ("org:halvard",), ("org:orvex",)), ("lend", "done", ("org:pdb",), ("org:orvex",))]


def test_loans_signed_with_two_financiers_are_lent_by_each():
    body = "Orvex has signed loans with Halvard Bank and the Pelora Development Bank to build a plant."
    assert [summary(e) for e in events_of(body, *FINANCIERS, kind="lend")] == LENT_BY_EACH


@pytest.mark.parametrize("body", [
    "Halvard Bank has agreed to lend Orvex $285m, about 70% of the total, over 15 years.",
    "Halvard Bank has agreed to lend Orvex $285m, about 70% of the project's total cost, over 15 years.",
])
def test_a_figure_restating_the_sum_lent_is_no_second_object(body):
    assert one(body, ("Halvard Bank", "org:halvard"), ORVEX) == (
        ("lend", "agreed", ("org:halvard",), ("org:orvex",)), "$285m")


@pytest.mark.parametrize("body, expected", [
    # a purchase of goods named before it is a supply contract, the signer its supplier
    ("Orvex signed a 25-year power purchase agreement with Veltrix in 2023.",
     ("contract", "done", ("org:orvex",), ("org:veltrix",))),
    ("Orvex signed a gas purchase agreement with Veltrix.", ("contract", "done", ("org:orvex",), ("org:veltrix",))),
    # a purchase of a company or of a part of one stays a purchase
    ("Orvex signed a share purchase agreement with Veltrix.", ("acquire", "done", ("org:orvex",), ("org:veltrix",))),
])
def test_a_purchase_agreement_for_goods_is_a_supply_contract(body, expected):
    assert [summary(e) for e in events_of(body, ORVEX, VELTRIX)] == [expected]


def test_a_contract_for_a_clients_works_awarded_to_a_builder_has_that_client():
    body = "The $1.1 billion contract for Orvex's first phase has been awarded to Veltrix Construction LLC."
    assert one(body, ORVEX, ("Veltrix Construction LLC", "org:veltrix")) == (
        ("contract", "done", ("org:veltrix",), ("org:orvex",)), "$1.1 billion")


@pytest.mark.parametrize("body, kind", [
    ("Orvex has agreed to buy a 40% interest in Veltrix from Omnia for $210 million.", "acquire"),
    ("Orvex bought a controlling interest in Veltrix.", "acquire"),
])
def test_an_interest_held_in_a_company_is_a_stake(body, kind):
    assert [e.event_type for e in events_of(body, ORVEX, VELTRIX, *([("Omnia", "org:omnia")] if "Omnia" in body else []))] == [kind]


@pytest.mark.parametrize("body", [
    "Orvex paid the outstanding interest on the loan to Veltrix.",
    "Orvex has an interest in buying Veltrix.",
])
def test_interest_owed_or_felt_is_no_stake(body):
    assert [e.event_type for e in events_of(body, ORVEX, VELTRIX) if e.event_type == "acquire"] == []


def test_a_minority_stake_bought_from_a_named_seller_is_bought_from_it():
    # the parse hangs "from Omnia" on the company the stake is in
    [event] = events_of("Orvex bought a 40% stake in Veltrix from Omnia for $210 million.", ORVEX, VELTRIX,
                        ("Omnia", "org:omnia"))
    assert (summary(event), [p.entity_id for p in event.role("seller")]) == (
        ("acquire", "done", ("org:orvex",), ("org:veltrix",)), ["org:omnia"])


def test_worth_right_after_an_object_says_what_the_object_is_worth():
    # the parse hangs "worth" and the "with" after its sum on the verb
    body = ("Orvex has signed loans worth a combined $180 million with Halvard Bank and the Pelora Development "
            "Bank to build a plant, ending a two-year search for funding.")
    assert [summary(e) for e in events_of(body, *FINANCIERS, kind="lend")] == LENT_BY_EACH


def test_a_development_bank_is_never_the_company_referred_to():
    body = ("Halvard Development Bank has signed a €40 million loan with Orvex, a cashew processor. At the same "
            "time, Aurum Capital has agreed to invest $25 million in the company for a minority stake.")
    pairs = (("Halvard Development Bank", "org:hdb", "development_bank"), ORVEX, ("Aurum Capital", "org:aurum"))
    assert [summary(e) for e in events_of(body, *pairs, kind="invest")] == [
        ("invest", "agreed", ("org:aurum",), ("org:orvex",))]


@pytest.mark.parametrize("body, pairs, expected", [
    ("Halvard Bank signed an R900m acquisition facility with Orvex last week.", (("Halvard Bank", "org:halvard"), ORVEX),
     ("lend", "done", ("org:halvard",), ("org:orvex",))),
    ("Veltrix has agreed to provide a $45m prepayment facility to Orvex, to be repaid in ore.", (VELTRIX, ORVEX),
     ("lend", "agreed", ("org:veltrix",), ("org:orvex",))),
    ("Orvex has signed a $2 billion murabaha facility with Halvard Bank.", (ORVEX, ("Halvard Bank", "org:halvard")),
     ("lend", "done", ("org:halvard",), ("org:orvex",))),
])
def test_acquisition_prepayment_and_murabaha_facilities_are_loans(body, pairs, expected):
    assert [summary(e) for e in events_of(body, *pairs)] == [expected]


def test_the_winner_named_at_the_end_of_the_works_a_contract_is_for_wins_it():
    # the parse hangs "to Veltrix" on the last noun of the works to build
    body = ("Orvex awarded a 2.4 trillion dong (US$94 million) contract to build the first 180km of the line to "
            "Veltrix, a Hanoi-based builder, after an international tender that drew seven bids.")
    assert one(body, ORVEX, VELTRIX) == (("contract", "done", ("org:veltrix",), ("org:orvex",)), "2.4 trillion dong")


def test_what_money_lent_is_to_fund_is_no_second_gift():
    body = "Halvard Bank lent Orvex $250 million last year to fund its vehicle loan book."
    assert [summary(e) for e in events_of(body, ("Halvard Bank", "org:halvard"), ORVEX)] == [
        ("lend", "done", ("org:halvard",), ("org:orvex",))]


def test_money_allocated_from_a_fund_to_a_receiver_goes_to_the_receiver():
    # the parse hangs "to Orvex" on the fund the money comes from
    body = "The Pelorian government has also allocated 2 billion yuan from a special fund to Orvex."
    assert one(body, GOVERNMENT, ORVEX) == (("fund", "done", ("org:gov-pel",), ("org:orvex",)), "2 billion yuan")


@pytest.mark.parametrize("body, pairs, expected", [
    # what the investment builds is the same investment, in a place of the place it goes to
    ("Orvex said it would invest $2.1 billion in Pelora over four years to build a plant in Brask.",
     (ORVEX, PELORA, ("Brask", "place:brask")), [("invest", "announced", ("org:orvex",), ("country:PEL",))]),
    # guard: what a borrower builds with a loan is its own investment
    ("Orvex has signed loans with Halvard Bank to build a plant in Brask.",
     (ORVEX, ("Halvard Bank", "org:halvard"), ("Brask", "place:brask")),
     [("lend", "done", ("org:halvard",), ("org:orvex",)), ("invest", "done", ("org:orvex",), ("place:brask",))]),
    # the works alone say where the money goes
    ("Orvex will invest $1 billion to build a car plant in Pelora.", (ORVEX, PELORA),
     [("invest", "planned", ("org:orvex",), ("country:PEL",))]),
])
def test_what_money_given_is_to_build_is_its_use(body, pairs, expected):
    assert [summary(e) for e in events_of(body, *pairs)] == expected


@pytest.mark.parametrize("body, pairs, expected", [
    # the parse hangs the "to" after the money that pays on the passive verb
    ("The studies were paid for by a €10 million grant from the EU to Orvex.", (EU, ORVEX),
     (("fund", "done", ("org:eu",), ("org:orvex",)), "€10 million")),
    # and a deal-making clause after the lender on the lender, which no one signs
    ("The expansion is being paid for by a $120 million loan from Halvard Bank, which Orvex signed in June.",
     (("Halvard Bank", "org:halvard"), ORVEX), (("lend", "done", ("org:halvard",), ("org:orvex",)), "$120 million")),
])
def test_money_that_pays_for_something_is_given_to_whom_it_is_said(body, pairs, expected):
    assert one(body, *pairs) == expected


@pytest.mark.parametrize("body", [
    # the parse makes the description the object and the name a second complement holding the contract
    "Orvex has awarded Brisbane civil contractor Veltrix Civil a A$186 million contract to build a new berth.",
    "Orvex has awarded civil contractor Veltrix Civil a $186 million contract to build a new berth.",
])
def test_a_contract_awarded_to_a_described_name_is_won_by_the_name(body):
    assert one(body, ORVEX, ("Veltrix Civil", "org:veltrix"))[0] == ("contract", "done", ("org:veltrix",), ("org:orvex",))
