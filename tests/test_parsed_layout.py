"""Layout parser on invented pages copied as plain text: one rule per test where possible."""

import pytest

from assets.parsed.model import Caption
from assets.parsed.text_layout import parse_plain_text, parse_stamp, split_dateline, split_units

OPINION_PAGE = """\
Advertisement
Energy Transition
Sign up for our newsletter
Get the week’s best analysis in your inbox
Learn more
Engineers inspect turbine blades at a wind farm outside Aktau on the Caspian coast. Photo: Getty Images

Caspian wind power needs more than foreign money

By Leyla Orazova and Daniel Ferris
Published: 3 March 2021

Share
Tweet

Kazakhstan’s government has promised that a tenth of its electricity will come from renewable sources by 2030, a target that looked ambitious when it was set and looks harder every year.

The country’s grid was built for coal plants in the north, and the windiest sites lie far to the west along the Caspian shore.

Without new transmission lines, the wind farms will produce power that nobody can use

Investors from the Gulf and from Europe have signed memorandums for several gigawatts of capacity. Yet without new transmission lines, the wind farms will produce power that nobody can use. The state grid operator has asked for loans to build them.

Read more
Kazakhstan signs solar deal with Emirati developer
Why central Asia’s grids keep failing in winter

Advertisement

Tariffs are the second problem. Regulated prices have kept electricity cheap for households but leave little margin for the companies that must maintain the network.

Leyla Orazova is a senior fellow at the Caspian Policy Forum. Daniel Ferris covers energy markets.

© 2021 Northern Ledger Publishing Ltd. All rights reserved.
Comments
"""


def test_headline_is_the_title_line_above_the_body_not_the_caption():
    article = parse_plain_text(OPINION_PAGE)
    assert article.headline == "Caspian wind power needs more than foreign money"


def test_section_is_the_title_cased_kicker_above_the_headline():
    assert parse_plain_text(OPINION_PAGE).section == "Energy Transition"


def test_byline_with_two_authors():
    assert parse_plain_text(OPINION_PAGE).authors == ["Leyla Orazova", "Daniel Ferris"]


def test_published_stamp_becomes_iso_date():
    assert parse_plain_text(OPINION_PAGE).published == "2021-03-03"


def test_caption_and_credit_are_split():
    article = parse_plain_text(OPINION_PAGE)
    assert article.captions == [
        Caption(
            "Engineers inspect turbine blades at a wind farm outside Aktau on the Caspian coast.",
            "Getty Images",
        )
    ]


def test_pull_quote_is_found_and_kept_out_of_the_body():
    article = parse_plain_text(OPINION_PAGE)
    quote = "Without new transmission lines, the wind farms will produce power that nobody can use"
    assert article.pull_quotes == [quote]
    assert quote not in article.paragraphs
    assert any("Yet without new transmission lines" in p for p in article.paragraphs)


def test_furniture_and_related_links_never_reach_the_body():
    body = parse_plain_text(OPINION_PAGE).body
    for furniture in (
        "Advertisement", "Sign up", "inbox", "Learn more", "Share", "Tweet", "Read more",
        "solar deal with Emirati", "grids keep failing", "©", "Comments", "Published",
    ):
        assert furniture not in body, furniture


def test_body_runs_from_first_to_last_article_paragraph():
    article = parse_plain_text(OPINION_PAGE)
    assert article.paragraphs[0].startswith("Kazakhstan’s government has promised")
    assert article.paragraphs[-1].startswith("Tariffs are the second problem.")
    assert len(article.paragraphs) == 4


def test_author_bio_matching_a_byline_author_leaves_the_body():
    article = parse_plain_text(OPINION_PAGE)
    assert article.author_bio.startswith("Leyla Orazova is a senior fellow")
    assert "senior fellow" not in article.body


def test_copyright_holder_is_the_publication_when_nothing_better_is_stated():
    assert parse_plain_text(OPINION_PAGE).publication == "Northern Ledger"


WIRE_STORY = """\
Kazakhstan raises key rate to 16.75% as tenge slides
Marta Kowalczyk | Reuters
Updated 10:15am, 8 Jun 2017

ALMATY, June 8 (Reuters) - Kazakhstan’s central bank raised its base rate by 100 basis points on Thursday, saying inflation risks had grown after the tenge fell to a record low.

“The decision was not easy,” the bank’s chairman told reporters in Almaty.

A man walks past a currency exchange board in Almaty. (AFP)

Analysts polled last week had expected a smaller increase.

(Reporting by Marta Kowalczyk; Editing by Tom Hale)
"""


def test_dateline_is_kept_apart_and_stripped_from_the_first_paragraph():
    article = parse_plain_text(WIRE_STORY)
    assert article.dateline == "ALMATY, June 8 (Reuters)"
    assert article.paragraphs[0].startswith("Kazakhstan’s central bank raised")


def test_pipe_byline_gives_author_and_wire_agency_gives_publication():
    article = parse_plain_text(WIRE_STORY)
    assert article.authors == ["Marta Kowalczyk"]
    assert article.publication == "Reuters"


def test_updated_stamp_with_time_keeps_the_time():
    assert parse_plain_text(WIRE_STORY).published == "2017-06-08T10:15"


def test_bracketed_agency_credit_makes_a_caption_and_wire_credits_are_dropped():
    article = parse_plain_text(WIRE_STORY)
    assert article.captions == [Caption("A man walks past a currency exchange board in Almaty.", "AFP")]
    assert "currency exchange board" not in article.body
    assert "Editing by" not in article.body
    assert article.paragraphs[-1] == "Analysts polled last week had expected a smaller increase."


def test_headline_ending_in_a_percentage_is_still_the_headline():
    assert parse_plain_text(WIRE_STORY).headline == "Kazakhstan raises key rate to 16.75% as tenge slides"


def test_short_quote_paragraph_in_the_body_is_not_furniture():
    assert "“The decision was not easy,” the bank’s chairman told reporters in Almaty." in parse_plain_text(
        WIRE_STORY
    ).paragraphs


WRAPPED_ESSAY = """\
Rail freight across the steppe

The new line from Khorgos to the Caspian ports cuts the journey to Europe by
several days, but the freight it carries still moves mostly one way, from east
to west, with containers returning empty.

Shippers say the imbalance keeps prices high. Officials in Astana say it will
ease as local factories open.

Ainur Bekova is a transport economist at the Steppe Institute in Almaty.
"""


def test_hard_wrapped_paragraphs_are_joined_back():
    article = parse_plain_text(WRAPPED_ESSAY)
    assert article.paragraphs[0] == (
        "The new line from Khorgos to the Caspian ports cuts the journey to Europe by several days, but "
        "the freight it carries still moves mostly one way, from east to west, with containers returning empty."
    )
    assert len(article.paragraphs) == 2


def test_bio_without_byline_supplies_the_author():
    article = parse_plain_text(WRAPPED_ESSAY)
    assert article.author_bio == "Ainur Bekova is a transport economist at the Steppe Institute in Almaty."
    assert article.authors == ["Ainur Bekova"]


def test_headline_without_kicker_leaves_section_empty():
    article = parse_plain_text(WRAPPED_ESSAY)
    assert article.headline == "Rail freight across the steppe"
    assert article.section is None


NEWS_WITH_OFFICIAL_ENDING = """\
Port talks resume in Aktau

Negotiators from four countries met again on Monday to discuss tariffs at the Caspian ports, after talks broke down in March.

Prime Minister Ana Lopes is the most senior official expected at the next round in July.
"""


def test_closing_sentence_about_an_official_is_not_a_bio():
    article = parse_plain_text(NEWS_WITH_OFFICIAL_ENDING)
    assert article.author_bio is None
    assert article.authors == []
    assert article.paragraphs[-1].startswith("Prime Minister Ana Lopes")


PRINT_FOOTER_PAGE = """\
Harbour Authority
Ferry fares   to rise   by a fifth

Fares on the cross-harbour ferries will rise by a fifth from   September, the operator said, citing   fuel costs.

Passenger groups said the increase would hit “commuters who have no other choice”.

Ferry fares will rise by a fifth from September, the operator said

This article appeared in the Harbour Evening Courier print edition as: Ferry riders face steep fare rise
Post
"""


def test_a_dated_print_edition_footer_gives_the_print_headline_and_leaves_the_body():
    article = parse_plain_text("Ferry fares will rise by a fifth from September, the operator said.\n\n"
                               "Appeared in the December 6, 2024, print edition as 'Ferry Riders Face Fare Rise'.\n")
    assert article.print_headline == "Ferry Riders Face Fare Rise"
    assert "Appeared in" not in article.body


def test_print_edition_footer_gives_print_headline_and_publication():
    article = parse_plain_text(PRINT_FOOTER_PAGE)
    assert article.print_headline == "Ferry riders face steep fare rise"
    assert article.publication == "Harbour Evening Courier"
    assert "This article appeared" not in article.body


def test_near_verbatim_pull_quote_is_detected():
    assert parse_plain_text(PRINT_FOOTER_PAGE).pull_quotes == [
        "Ferry fares will rise by a fifth from September, the operator said"
    ]


def test_whitespace_is_collapsed_inside_paragraphs_and_curly_quotes_kept():
    article = parse_plain_text(PRINT_FOOTER_PAGE)
    assert article.headline == "Ferry fares to rise by a fifth"
    assert article.paragraphs[0] == (
        "Fares on the cross-harbour ferries will rise by a fifth from September, the operator said, "
        "citing fuel costs."
    )
    assert "“commuters who have no other choice”" in article.body


def test_trailing_stray_line_is_dropped():
    assert parse_plain_text(PRINT_FOOTER_PAGE).paragraphs[-1].startswith("Passenger groups said")


def test_ellipsis_pull_quote_matches_the_pieces_it_cuts_together():
    text = (
        "Grain exports hit a record\n\n"
        "Farmers in the north shipped more wheat than ever this season, helped by a weak currency and "
        "strong demand from neighbouring countries, the ministry said.\n\n"
        "“Farmers in the north shipped more wheat than ever … helped by a weak currency”\n\n"
        "Storage remains a worry, with many elevators built in the 1970s.\n"
    )
    article = parse_plain_text(text)
    assert article.pull_quotes == ["Farmers in the north shipped more wheat than ever … helped by a weak currency"]
    assert len(article.paragraphs) == 2


def test_subheading_that_repeats_nothing_stays_in_the_body():
    text = (
        "Grain exports hit a record\n\n"
        "Farmers in the north shipped more wheat than ever this season, the ministry said on Tuesday.\n\n"
        "Storage remains the weak link\n\n"
        "Many elevators were built in the 1970s and lose part of each harvest to damp.\n"
    )
    article = parse_plain_text(text)
    assert article.pull_quotes == []
    assert "Storage remains the weak link" in article.paragraphs


def test_parse_stamp_prefers_labels_and_rejects_sentences():
    assert parse_stamp("Published: 8 June 2017 | Updated: 9 June 2017") == {
        "published": "2017-06-08",
        "updated": "2017-06-09",
    }
    assert parse_stamp("June 8, 2017") == {"date": "2017-06-08"}
    assert parse_stamp("Talks began on June 8, 2017 in Astana") is None


def test_dateline_variants():
    assert split_dateline("WASHINGTON (AP) — The Senate voted.")[:2] == ("WASHINGTON (AP)", "AP")
    assert split_dateline("HONG KONG — Shares fell.")[0] == "HONG KONG"
    assert split_dateline("China’s economy — the second largest — slowed.")[0] is None


def test_dateline_with_its_date_in_capitals_or_in_names_case():
    assert split_dateline("NAIROBI, MARCH 3 (REUTERS) - THE WORLD BANK LENT.")[:2] == (
        "NAIROBI, MARCH 3 (REUTERS)", "Reuters")
    assert split_dateline("Nairobi, 5 May 2025 – The World Bank lent.")[0] == "Nairobi, 5 May 2025"
    assert split_dateline("The Hague, June 8 — Dutch exports rose.")[0] == "The Hague, June 8"
    # a sentence's opening words before a date are no place
    assert split_dateline("On Friday, 5 May – The bank lent.")[0] is None
    assert split_dateline("Nairobi – The bank lent.")[0] is None


def test_dateline_of_two_places_joined_by_a_slash():
    assert split_dateline("HANOI/TOKYO -- Marukawa Corp said it would invest.")[0] == "HANOI/TOKYO"
    assert split_dateline("SEOUL/WASHINGTON, March 3 (Reuters) - Daehan said.")[:2] == (
        "SEOUL/WASHINGTON, March 3 (Reuters)", "Reuters")


STANDFIRST_THEN_DATELINE = """Harbour Ledger
Home | Markets | Energy

Lakeside utility wins state loan for grid upgrade

Regulator clears three-year plan as power demand climbs in the north

MIRA OSEI and TOMAS LINDQVIST, Harbour Ledger staff writers
March 12, 2025

OSLO/BERGEN -- Nordvik Kraft said on Tuesday that the state investment bank had agreed to lend it
two billion crowns for new lines and substations in the northern counties.

The utility expects work to start in the spring and to finish before the end of 2027.
"""


def test_dateline_opens_the_story_after_its_standfirst_and_a_staff_byline():
    article = parse_plain_text(STANDFIRST_THEN_DATELINE)
    assert article.authors == ["Mira Osei", "Tomas Lindqvist"]
    assert article.dateline == "OSLO/BERGEN"
    assert article.paragraphs[0].startswith("Regulator clears")
    assert article.paragraphs[1].startswith("Nordvik Kraft said on Tuesday")


def test_block_of_distinct_lines_is_not_joined():
    units = split_units("Advertisement\nMarkets\nA short headline here\n")
    assert [u.text for u in units] == ["Advertisement", "Markets", "A short headline here"]


def test_closing_sentence_opening_with_a_conjunction_is_not_a_bio():
    text = (
        "Charts this week\n\n"
        "The single went straight to number one on Sunday, its label said in a statement.\n\n"
        "Although Meridian is a catchy song, critics called it the weakest on the album.\n"
    )
    article = parse_plain_text(text)
    assert article.author_bio is None
    assert len(article.paragraphs) == 2


def test_list_items_repeated_elsewhere_are_not_pull_quotes():
    text = (
        "Court orders for the driver\n\n"
        "The court ordered the driver to do 100 hours of community service and pay costs, the clerk said.\n\n"
        "- do 100 hours of community service and pay costs\n\n"
        "He did not comment outside court.\n"
    )
    assert parse_plain_text(text).pull_quotes == []


def test_standfirst_below_the_headline_is_article_text_not_the_headline():
    text = (
        "Menu\n\nSearch this site\n\n"
        "Brewers bet on alcohol-free lagers\n\n"
        "Sales of beer without alcohol have doubled in three years as younger drinkers cut back\n\n"
        "By Sofia Marchetti\n\n"
        "Brewers across Europe are expanding their alcohol-free ranges, industry figures show.\n"
    )
    article = parse_plain_text(text)
    assert article.headline == "Brewers bet on alcohol-free lagers"
    assert article.paragraphs[0].startswith("Sales of beer without alcohol")
    assert "Search this site" not in article.body
    assert article.authors == ["Sofia Marchetti"]


# --- promo boxes, bare bylines, zoned stamps (invented page) -------------------------------------

HARBOUR_PAGE = """\
Sponsored
MARITIME
Port operators in the Baltic bet on shore power to win back cruise lines
Cruise ships moored at the old harbour in the morning fog. (AFP)
Ingrid Solberg and Tomas Lindqvist
Updated: April 2, 2022 09:40 CEST

Get more with Harbour Review Plus
Every story, the Port Cities briefing and our weekly shipping podcast
Start your free trial

Three port operators on the Baltic coast said on Friday they would spend a combined sum on shore power so that visiting cruise ships can switch off their engines while moored.

Engineers expect the first berths to be connected before the summer season of next year, the operators said in a joint statement issued in Tallinn.

Subscribe for $2 a week
Cancel anytime

Shipping lines have long complained that connecting a vessel takes too long, and several older ships cannot take shore power at all without costly refits.

Ingrid Solberg covers shipping from Oslo. Tomas Lindqvist reports on ports and logistics.
"""


def test_promo_box_with_multi_word_offer_name_goes_as_a_whole():
    body = parse_plain_text(HARBOUR_PAGE).body
    for line in ("Get more with", "Port Cities briefing", "free trial", "Subscribe for", "Cancel anytime"):
        assert line not in body
    assert body.startswith("Three port operators")


def test_bare_name_line_next_to_a_stamp_is_the_byline():
    article = parse_plain_text(HARBOUR_PAGE)
    assert article.authors == ["Ingrid Solberg", "Tomas Lindqvist"]
    assert article.headline == "Port operators in the Baltic bet on shore power to win back cruise lines"


def test_updated_stamp_with_zone_abbreviation_gives_offset():
    assert parse_plain_text(HARBOUR_PAGE).published == "2022-04-02T09:40+02:00"


def test_bare_names_right_under_the_headline_without_stamp():
    page = (
        "Lakeside towns split over new ferry timetable\n"
        "Marta Novak & Pieter de Vries\n\n"
        "Residents of three lakeside towns have asked the regional council to reconsider a new "
        "ferry timetable that cuts the number of evening crossings by half.\n"
    )
    assert parse_plain_text(page).authors == ["Marta Novak", "Pieter de Vries"]


def test_name_shaped_kicker_above_the_headline_is_not_a_byline():
    page = (
        "Middle East\n"
        "Desalination plants race to keep up with summer demand\n\n"
        "Water utilities across the region are bringing forward maintenance so that every plant can "
        "run at full capacity through the hottest months of the year.\n"
    )
    article = parse_plain_text(page)
    assert article.authors == []
    assert article.section == "Middle East"


def test_promo_tagline_sentence_case_line_in_a_promo_block_goes_but_kicker_stays():
    page = (
        "Advertisement\n"
        "Energy Markets\n"
        "Get more with Gridline Pro\n"
        "Price alerts and analysis for your trading desk\n\n"
        "Power traders face new reporting rules\n\n"
        "Regulators said on Monday that electricity traders would have to report every position "
        "above a set size within one hour of opening it, starting next year.\n"
    )
    article = parse_plain_text(page)
    assert article.section == "Energy Markets"
    assert article.headline == "Power traders face new reporting rules"
    assert "trading desk" not in article.body


def test_newsletter_box_inside_the_body_goes_with_its_heading():
    page = (
        "Power traders face new reporting rules\n\n"
        "Regulators said on Monday that electricity traders would have to report every position "
        "above a set size within one hour of opening it, starting next year.\n\n"
        "The Grid Letter\n"
        "Sign up for our weekly briefing\n\n"
        "Traders said the rules would raise costs for smaller firms, which lack the systems that "
        "large banks already use to report their positions.\n"
    )
    body = parse_plain_text(page).body
    assert "Grid Letter" not in body and "Sign up" not in body
    assert body.count("\n\n") == 1


def test_published_stamp_wins_over_an_earlier_updated_stamp():
    page = (
        "Power traders face new reporting rules\n"
        "Updated: 9 May 2023, 4:15pm BST\n"
        "First published: 8 May 2023, 11:00am BST\n\n"
        "Regulators said on Monday that electricity traders would have to report every position "
        "above a set size within one hour of opening it, starting next year.\n"
    )
    assert parse_plain_text(page).published == "2023-05-08T11:00+01:00"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated: March 8, 2023 14:05 GST", {"updated": "2023-03-08T14:05+04:00"}),
        ("Published: 8 March 2023, 2:05pm IST", {"published": "2023-03-08T14:05+05:30"}),
        ("First published on Wed 8 Mar 2023 09.05 GMT", {"published": "2023-03-08T09:05+00:00"}),
        ("Published: Jan 3, 2024 7:30 p.m. EST", {"published": "2024-01-03T19:30-05:00"}),
        ("Last updated 3 July 2024 08:00 EDT", {"updated": "2024-07-03T08:00-04:00"}),
        ("Published 12 May 2024 10:00 HKT", {"published": "2024-05-12T10:00+08:00"}),
        ("Published: 12 May 2024 10:00 SGT", {"published": "2024-05-12T10:00+08:00"}),
        ("Updated: 12 May 2024 10:00 JST", {"updated": "2024-05-12T10:00+09:00"}),
        ("Updated: 12 May 2024 10:00 AEST", {"updated": "2024-05-12T10:00+10:00"}),
        ("Published: 12 Feb 2024 10:00 CET", {"published": "2024-02-12T10:00+01:00"}),
        ("Published: 12 Feb 2024 10:00 PST", {"published": "2024-02-12T10:00-08:00"}),
        ("Published: 12 Feb 2024 10:00 UTC", {"published": "2024-02-12T10:00+00:00"}),
    ],
)
def test_stamps_with_zone_abbreviations(line, expected):
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Get more with Harbour Review Plus", True),
        ("Unlimited articles, the markets newsletter and our podcast", True),
        ("Start your free trial", True),
        ("Subscribe for $2 a week", True),
        ("Already a subscriber? Log in", True),
        ("Subscribe – 3 months for the price of 1", True),
        ("Unlimited access to the port was granted to inspectors, officials said.", False),
        ("Get more from less water", False),
    ],
)
def test_promo_lines_are_told_from_sentences(line, promo):
    from assets.parsed.furniture import is_promo_line

    assert is_promo_line(line) is promo


def test_html_era_furniture_lines():
    from assets.parsed.furniture import is_contact_line, is_furniture_line, looks_like_code

    assert is_furniture_line("3 of 24")
    assert is_furniture_line("Thank you for subscribing to our newsletter.")
    assert is_furniture_line("Get the best of the week delivered to your inbox.")
    assert not is_furniture_line("The minister said 3 of 24 regions had missed the target.")
    assert looks_like_code('var slots = {"top": [300, 250]}; googletag.cmd.push(function() { show(slots); });')
    assert not looks_like_code("The vote was 52 to 48; the motion (on rents) passed.")
    assert is_contact_line("Email Ana Ruiz at ana.ruiz@example.org or follow her on X.")
    assert is_contact_line("Follow us on Facebook and Instagram.")
    assert not is_contact_line("Contact with the crew was lost shortly after take-off, officials said.")


def test_credentials_and_entities_are_not_part_of_a_name():
    from assets.parsed.bylines import split_names

    assert split_names("Dana Wells MS, RDN") == ["Dana Wells"]
    assert split_names("Sean O&#039;Brien") == ["Sean O'Brien"]


def test_pull_quotes_are_found_without_comparing_every_paragraph_with_every_other(monkeypatch):
    import assets.parsed.text_layout as text_layout
    from pipelines.hostile_inputs import invented_prose

    comparisons = []
    compare = text_layout._repeats_within
    monkeypatch.setattr(text_layout, "_repeats_within", lambda *args: comparisons.append(args) or compare(*args))
    paragraphs = invented_prose(300_000, seed=11).split("\n\n")
    quotes = []
    for number, index in enumerate(range(0, len(paragraphs), 100), start=1):
        # A pull quote repeats a telling sentence of its paragraph, set apart a few paragraphs on.
        sentence = f"Minister number {number} promised {number * 7} ferries for district {number * 13} by {2030 + number}."
        paragraphs[index] += " " + sentence
        quotes.append("“" + sentence.rstrip(".") + "”")
    for offset, (index, quote) in enumerate(zip(range(2, len(paragraphs), 100), quotes)):
        paragraphs.insert(index + offset, quote)
    article = parse_plain_text("Harbour plans in twelve cities\n\n" + "\n\n".join(paragraphs))
    assert article.pull_quotes == [q.strip("“”") for q in quotes]
    assert len(comparisons) <= 2 * len(quotes)  # about 700 paragraphs: all pairs would be ~490,000
    assert len(quotes) >= 6


def test_a_pasted_blob_or_bare_link_is_no_paragraph_but_unspaced_prose_is():
    import base64
    import random

    from assets.parsed.furniture import is_blob

    blob = base64.b64encode(random.Random(2).randbytes(3_000)).decode()
    text = ("Velkor buys Orvane\n\nLONDON - Velkor Group agreed to buy Orvane Foods for $300 million on Monday.\n\n"
            f"{blob}\n\nhttps://t.co/HO1ZRs9T1P?utm_source=twitter&utm_medium=social&utm_campaign=velkor-orvane-deal\n\n"
            "The deal closes in March, Velkor said.\n")
    article = parse_plain_text(text)
    assert article.paragraphs == ["Velkor Group agreed to buy Orvane Foods for $300 million on Monday.",
                                  "The deal closes in March, Velkor said."]
    # Japanese and Chinese prose runs on without spaces: a line of it is no blob
    line = "大阪の電機メーカーは来年の春までに新しい工場を建設するために三百億円を投資すると月曜日に発表し、東京市場で同社の株価は大きく上がった"
    assert len(line) >= 60 and not is_blob(line)


def test_unicode_line_and_paragraph_separators_and_form_feeds_break_lines():
    text = ("Velkor lends to Orvane\u2028\u2028LONDON - Velkor Bank lent $40 million to Orvane Energy on Monday."
            "\u2029Orvane will use the loan to build a plant, it said.\f\x0bThe loan runs five years.\n")
    article = parse_plain_text(text)
    assert (article.headline, article.dateline) == ("Velkor lends to Orvane", "LONDON")
    assert article.paragraphs[:2] == ["Velkor Bank lent $40 million to Orvane Energy on Monday.",
                                      "Orvane will use the loan to build a plant, it said."]


PAGE_WITH_MASTHEAD = (
    "THE HARBOUR LEDGER\n"
    "Shipping and trade news from the Baltic since 1994\n"
    "Home | Ports | Shipping | Trade | Opinion | Podcasts\n"
    "Log in | Subscribe to Ledger Plus\n"
    "We use cookies to make our site work and to measure its use. Accept all | Settings\n"
    "Accept all | Manage preferences\n"
    "Home > Ports > Terminal deals\n"
    "\n"
    "Klaipeda terminal operator signs crane order with Finnish maker\n"
    "The order for six cranes is the largest the port has placed since Lithuania joined the eurozone in 2015.\n"
    "\n"
    "By Ruta Vaitkute (ruta.v@example.lt)\n"
    "Klaipeda | 3 March 2025 | 4 min read\n"
    "Share: LinkedIn | X | Email\n"
    "\n"
    "Baltic Gate Terminals has ordered six ship-to-shore cranes from Finnish maker Kranelo, the "
    "operator said on Monday, in a deal both sides valued at about 60 million euros.\n"
    "\n"
    "The cranes are due to arrive in 2027, when the terminal's new berth opens.\n"
    "\n"
    "Privacy | Cookies | Terms | Contact\n"
)


def test_a_page_masthead_menus_and_cookie_banner_stay_out_of_the_article():
    article = parse_plain_text(PAGE_WITH_MASTHEAD)
    assert article.headline == "Klaipeda terminal operator signs crane order with Finnish maker"
    assert article.authors == ["Ruta Vaitkute"]
    assert article.published == "2025-03-03"
    assert article.section == "Terminal deals"
    assert article.paragraphs[0].startswith("The order for six cranes is the largest")
    assert article.paragraphs[1].startswith("Baltic Gate Terminals has ordered")
    assert article.paragraphs[-1].startswith("The cranes are due")
    for furniture in ("cookies", "Log in", "Podcasts", "since 1994", "Share", "Privacy", "Accept"):
        assert furniture not in article.body


def test_a_sentence_about_cookies_stays_in_the_body():
    text = ("Regulators tighten rules on tracking\n\n"
            "Websites that use cookies must let readers accept or reject them, the regulator said.\n\n"
            "The rules take effect in June.\n")
    assert parse_plain_text(text).paragraphs[0].startswith("Websites that use cookies")


def test_a_stamp_line_may_name_its_place_and_reading_time_and_a_time_in_an_unnamed_zone():
    assert parse_stamp("Bogota | 29 April 2025 | 5 min read") == {"date": "2025-04-29"}
    assert parse_stamp("Published June 2, 2025 7:12 a.m. ET | Updated 11:40 a.m. ET") == {
        "published": "2025-06-02T07:12"}
    assert parse_stamp("Bogota | Lima | 29 April 2025") is None


def test_any_related_label_opens_a_list_of_other_stories():
    text = ("Lenders return to the Baltic ports\n\n"
            "Baltic Gate Terminals has signed a 40 million euro loan with a Nordic lender, the operator said on Monday.\n\n"
            "Related analysis\n"
            "Who finances the Baltic's new berths\n"
            "Nordic lender's port loans: what went wrong\n")
    article = parse_plain_text(text)
    assert article.paragraphs == [
        "Baltic Gate Terminals has signed a 40 million euro loan with a Nordic lender, the operator said on Monday."]


TAGGED_PAGE = """Harbour Ledger
Home | News | Real Estate | Banking
Home > Real Estate > Commercial Real Estate
Industries & Tags: Commercial Real Estate, Banking, Residential Real Estate

Mill redevelopment secures $48.5M construction loan

The lender's financing clears the way for 240 apartments at the long-vacant mill

By Jane Roe
Oct 14, 2024

Tarvel Ridge Development has closed on a $48.5 million construction loan from Orvane Bank, clearing the last hurdle for its conversion of the mill into apartments and shops.

Site work is set to begin next month, and the developer expects the first residents in 2026.
"""


def test_a_tag_list_under_a_label_of_two_words_is_furniture_not_the_headline():
    article = parse_plain_text(TAGGED_PAGE)
    assert article.headline == "Mill redevelopment secures $48.5M construction loan"
    assert "Industries & Tags" not in article.body


SEARCH_BOX_PAGE = """CHILE BUSINESS WIRE | Aviation | Tourism | Finance | Logistics | Opinion
Search...   |   Log in   |   Subscribe from $9.99/month

Aviation

Costa Azul leases 12 jets, lands fresh capital and loan

Valparaiso carrier also strikes codeshare with Spain's Lusavia

By Marta Ruiz Castro | 5 November 2024 | 6 min read
Share this article   [f] [x] [in] [@]

VALPARAISO - Aerovías Costa Azul, the Valparaiso-based low-cost carrier, has signed a lease contract with Irish lessor Corran Aero Leasing for 12 new narrow-body aircraft to be delivered between 2025 and 2027, the airline said on Tuesday. The contract is worth about $1.2 billion over its 12-year term, according to a person familiar with the terms.
"""


def test_a_menu_with_a_search_box_is_furniture_and_the_headline_follows():
    # "Search..." ends with dots, not a sentence: the line under the site's menu is a menu too
    article = parse_plain_text(SEARCH_BOX_PAGE)
    assert article.headline == "Costa Azul leases 12 jets, lands fresh capital and loan"
    assert article.dateline == "VALPARAISO"
    assert article.body.startswith("Valparaiso carrier also strikes codeshare with Spain's Lusavia\n\nAerovías Costa Azul, the")


def test_a_labelled_newsletter_line_is_furniture_not_the_headline():
    text = ("Lusophone Ledger - English edition\nPortugal | Brazil | Africa | Markets\nWednesday, 12 June 2024\n\n"
            "Newsletter: Lusophone Business Daily - sign up free\n\nBANKING\n\n"
            "Lisbon bank completes takeover of Sao Paulo broker\n\nBy Ana Pires\n12 June 2024, 08:15 WEST\n\n"
            "LISBON - Banco Atlantico completed its takeover of Corretora Sul on Monday, paying R$620 million.\n\n"
            "The deal gives the bank 200,000 Brazilian clients.\n")
    article = parse_plain_text(text)
    assert article.headline == "Lisbon bank completes takeover of Sao Paulo broker"
    assert "Newsletter" not in article.body
