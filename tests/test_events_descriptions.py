"""A definite description refers back to the nearest earlier named organisation of the kind it
names (events.py, fits_description): "the bank" / "the lender" to a financier, "the company" /
"the firm" to a business, not a regulator or a public body; a description that is the subject of
"said" gives its organisation to the "it" of what it says. Invented sentences."""

from tests.test_events_parties import summaries

OMNIA = ("Omnia Holdings", "org:omnia")
HALVARD = ("Halvard Bank", "org:halvard")
KESTREL = ("Kestrel Group", "org:kestrel")
ORVEX = ("Orvex", "org:orvex")
VELTRIX = ("Veltrix", "org:veltrix")
COMMISSION = ("Pelora Trade Commission", "org:ptc")


def test_the_lender_is_the_financier_named_before_not_the_nearer_subject():
    body = "Omnia Holdings said on Monday it was in talks with Halvard Bank. The lender has agreed to lend Orvex $75m."
    assert summaries(body, OMNIA, HALVARD, ORVEX, kind="lend") == [
        ("lend", "agreed", ("org:halvard",), ("org:orvex",))]


def test_it_in_what_a_description_says_is_the_organisation_the_description_stands_for():
    body = ("Omnia Holdings said on Monday it was in talks with Halvard Bank. "
            "On Tuesday the bank said it had agreed to lend Orvex $75m.")
    assert summaries(body, OMNIA, HALVARD, ORVEX, kind="lend") == [
        ("lend", "agreed", ("org:halvard",), ("org:orvex",))]


def test_the_company_is_not_the_regulator_that_spoke_before():
    body = ("The Pelora Trade Commission said on Monday it was reviewing trading in Omnia Holdings shares. "
            "On Tuesday the company said it had agreed to be bought by Veltrix.")
    assert summaries(body, COMMISSION, OMNIA, VELTRIX, kind="acquire") == [
        ("acquire", "agreed", ("org:veltrix",), ("org:omnia",))]


def test_two_fitting_companies_keep_the_nearest_subject():
    # both are businesses: the kind decides nothing, the subject named last is meant as before
    body = "Omnia Holdings said on Monday it was in talks with Kestrel Group. The company has agreed to buy Veltrix."
    assert summaries(body, OMNIA, KESTREL, VELTRIX, kind="acquire") == [
        ("acquire", "agreed", ("org:omnia",), ("org:veltrix",))]


def test_a_lender_description_with_no_financier_named_refers_as_before():
    body = "Omnia Holdings said on Monday it was in talks with Kestrel Group. The lender has agreed to lend Orvex $75m."
    assert summaries(body, OMNIA, KESTREL, ORVEX, kind="lend") == [
        ("lend", "agreed", ("org:omnia",), ("org:orvex",))]


def test_the_funds_in_the_plural_are_money_not_a_fund_named_before():
    # "which will lend the funds to small manufacturers": the relative clause lends on to no one
    # named; "the funds" was the lender, Halvard Bank borrowing from itself in reverse
    body = ("Halvard Bank agreed to provide a credit line of $600m to Omnia Holdings, which will lend the funds "
            "to small manufacturers.")
    assert summaries(body, HALVARD, OMNIA, kind="lend") == [("lend", "agreed", ("org:halvard",), ("org:omnia",))]
