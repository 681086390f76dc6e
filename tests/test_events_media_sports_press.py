"""Event rules found on technology, media, entertainment and sports business pages (invented,
written blind by a helper and read after scoring): gifts by performers and players, a club named
short and "the club" paragraphs on, words the parser reads as verbs in a subject's description, a
purchase paid for with a loan, and kinds of company in apposition. On invented sentences; the tests
that also pass without the rule are guards, said so in their comments."""

from tests.test_entities_accuracy_traps import typed
from tests.test_events_development_finance import chain_sides


def test_a_singer_who_donates_after_her_tour_is_paid_by_no_one():
    # guard: a performer's gift stays one with her work told beside it
    body = ("Pop singer Mara Quillon has donated $1 million to Eastfield Children's Hospital in Dayton, Ohio, the "
            "hospital announced Friday, days after the singer closed her Summer Lights tour with two sold-out shows.")
    assert chain_sides(body) == [("fund", ("Mara Quillon",), ("Eastfield Children's Hospital",), (), "$1 million")]


def test_a_striker_donating_is_no_transfer_of_his_club():
    body = ("Earlier this month Kofi Mensah-Boateng, the Harrowgate City striker, donated 300,000 pounds to the "
            "Kumasi Youth Football Trust, the charity that ran his first academy.")
    assert chain_sides(body) == [("fund", ("Kofi Mensah-Boateng",), ("Kumasi Youth Football Trust",), (),
                                  "300,000 pounds")]


def test_a_club_named_without_its_fc_is_the_club():
    body = ("Bluecrest Sports Holdings has agreed to buy a 75% stake in Championship club Halsey Town FC from owner "
            "Graham Pell. Bluecrest, which is backed by New York private equity money, has also agreed to lend "
            "Halsey Town 20 million pounds to cover operating losses while the deal is pending.")
    found = chain_sides(body)
    assert ("lend", ("Bluecrest Sports Holdings",), ("Halsey Town FC",), (), "20 million pounds") in found


def test_a_word_read_as_a_verb_in_a_passive_subject_s_description():
    # "revivalists" is read as a verb whose subject is the label; the singer named in the label's
    # description is no worker the purchase hires
    body = ("Moth & Lantern Records, the Portland indie label whose roster includes shoegaze revivalists Pale Arcade "
            "and folk singer Juno Amesbury, has been bought by Sunhollow Music Group for $95 million.")
    assert chain_sides(body) == [("acquire", ("Sunhollow Music Group",), ("Moth & Lantern Records",), (),
                                  "$95 million")]


def test_a_purchase_paid_for_with_a_loan_is_lent_to_the_payer():
    body = ("Sunhollow Music Group bought Moth Records for $95 million in May. Sunhollow financed the purchase with a "
            "$75 million term loan from Tidewater Credit Partners, according to two people familiar with the deal.")
    assert ("lend", ("Tidewater Credit Partners",), ("Sunhollow Music Group",), (), "$75 million") in chain_sides(body)


def test_the_club_paragraphs_on_and_it_after_the_club():
    body = ("Kingsmere Capital has agreed to invest $150 million in Charleston Bay FC. "
            "For Charleston Bay, the money arrives at a useful moment. "
            "The club last year signed a 10-year naming-rights deal for its stadium with Cobalt Pay, the Atlanta "
            "fintech, worth $80 million. It also borrowed $30 million from Ridgeway Bank in 2023.")
    found = chain_sides(body)
    assert ("agreement", (), (), ("Charleston Bay FC", "Cobalt Pay"), "$80 million") in found
    assert ("lend", ("Ridgeway Bank",), ("Charleston Bay FC",), (), "$30 million") in found


def test_a_fintech_in_apposition_is_an_organisation():
    assert typed("The club signed a deal with Cobalt Pay, the Atlanta fintech, on Monday.")["Cobalt Pay"] == "ORG"


def test_the_club_that_confirms_an_award_is_no_apposition_of_the_winner():
    body = ("The 420 million pound contract to build Rivermouth City's new stadium has been awarded to Hallam Brooke "
            "Construction, the club confirmed on Thursday. The club has also agreed a 300 million pound loan with "
            "Stonegate Bank, which will be repaid over 25 years.")
    lends = [e for e in chain_sides(body) if e[0] == "lend"]
    assert lends == [("lend", ("Stonegate Bank",), ("Rivermouth City",), (), "300 million pound")]


def test_the_club_is_the_long_name_of_a_club_named_short_too():
    # guard: "the club" after "Manchester United" and "United" gives no second, shorter target
    body = ("Malcolm Glazer has made a new approach to Manchester United. United shares rose 4% on Monday. "
            "The club has previously rejected Mr Glazer's approaches.")
    assert {e[2] for e in chain_sides(body)} <= {("Manchester United",)}


def test_a_title_sponsorship_with_a_brand_is_an_agreement():
    body = ("The Atlantic Hoops League (AHL) signed a new TV deal in May. The AHL has also signed a four-year title "
            "sponsorship with energy drink brand Voltrix, worth a reported $60 million.")
    assert ("agreement", (), (), ("Atlantic Hoops League", "Voltrix"), "$60 million") in chain_sides(body)


def test_an_investor_that_joined_the_round_told_before_invests_in_its_company():
    body = ("Fieldnote Labs raised $12 million in a Series A round led by Northwind Ventures. "
            "Later that month, Kestrel Peak Capital also joined the round.")
    found = chain_sides(body)
    assert ("invest", ("Kestrel Peak Capital",), ("Fieldnote Labs",), (), None) in found


def test_officials_from_a_body_s_department_stand_for_the_body():
    body = ("BRUSSELS, Sept 9 (Continental Press) - Streamora chief executive Lena Fischer met officials from the "
            "European Commission's competition department on Monday, two people briefed on the meeting said.")
    assert chain_sides(body) == [("meet", (), (), ("European Commission", "Lena Fischer"), None)]
