"""HTML parser on invented pages: JSON-LD first, then OpenGraph/meta, then trafilatura."""

import json

import pytest

from assets.parsed.html_page import clean_title, parse_html
from assets.parsed.model import Caption

BODY_PARAGRAPHS = [
    "Kazakhstan and China signed an agreement on Tuesday to build a copper smelter near Balkhash, "
    "the largest joint industrial project announced this year.",
    "The plant will be financed by a consortium of banks led by the Export-Import Bank of China, "
    "according to a statement from the Kazakh industry ministry.",
    "Officials said construction would begin next spring and create about 1,200 jobs in a region "
    "where mining employment has fallen for a decade.",
    "Environmental groups have asked for the project’s impact assessment to be published before "
    "any land is cleared.",
]


def _article_html(head: str, lang: str = "en-GB", h1: str | None = "Copper smelter deal signed") -> str:
    """An article page; h1=None leaves the visible headline out, so the metadata must name it."""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS[:2])
    more = "\n".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS[2:])
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>Copper smelter deal signed | Steppe Daily</title>
{head}
</head><body>
<header><nav><a href="/">Home</a> <a href="/business">Business</a></nav></header>
<main><article>
{heading}
<figure><img src="/img/smelter.jpg" alt=""><figcaption>The Balkhash copper works at dusk. Photo: Reuters</figcaption></figure>
{paragraphs}
<div class="ad-slot"><p>Advertisement</p></div>
{more}
</article></main>
<footer><p>© 2024 Steppe Daily Media. All rights reserved.</p></footer>
</body></html>"""


JSON_LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "@id": "https://steppe.example/#site", "name": "Steppe Daily"},
        {"@type": "Person", "@id": "https://steppe.example/#aigerim", "name": "Aigerim Sadykova"},
        {
            "@type": "NewsArticle",
            "headline": "Kazakhstan and China sign Balkhash copper smelter deal",
            "datePublished": "2024-05-14T09:30:00+05:00",
            "articleSection": ["Business", "Mining"],
            "url": "https://steppe.example/business/copper-smelter",
            "author": [
                {"@id": "https://steppe.example/#aigerim"},
                {"@type": "Person", "name": "Paul Renner"},
                {"@type": "Organization", "name": "Steppe Daily"},
            ],
            "publisher": {"@type": "NewsMediaOrganization", "name": "Steppe Daily"},
        },
    ],
}
OPEN_GRAPH = """
<meta property="og:title" content="Copper deal signed - Steppe Daily">
<meta property="og:site_name" content="Steppe Daily">
<meta property="article:published_time" content="2024-05-14T10:00:00+05:00">
<meta property="article:section" content="Economy">
<meta property="article:author" content="https://www.facebook.com/some.profile">
<meta name="author" content="Nurlan Abenov and Dana Kim">
<meta property="og:url" content="https://steppe.example/copper">
"""


def test_json_ld_graph_gives_headline_authors_date_section_publisher_url():
    head = f'<script type="application/ld+json">{json.dumps(JSON_LD)}</script>' + OPEN_GRAPH
    article = parse_html(_article_html(head, h1=None))
    assert article.parser == "html"
    assert article.headline == "Kazakhstan and China sign Balkhash copper smelter deal"
    assert article.authors == ["Aigerim Sadykova", "Paul Renner"]  # the Organization author is skipped
    assert article.published == "2024-05-14T09:30:00+05:00"  # time zone kept
    assert article.section == "Business"
    assert article.publication == "Steppe Daily"
    assert article.url == "https://steppe.example/business/copper-smelter"


def test_opengraph_and_meta_author_when_there_is_no_json_ld():
    article = parse_html(_article_html(OPEN_GRAPH, h1=None))
    assert article.headline == "Copper deal signed"  # site-name suffix dropped
    assert article.authors == ["Nurlan Abenov", "Dana Kim"]  # the profile URL is not a name
    assert article.published == "2024-05-14T10:00:00+05:00"
    assert article.section == "Economy"
    assert article.publication == "Steppe Daily"
    assert article.url == "https://steppe.example/copper"


def test_time_element_and_html_lang():
    head = '<meta property="og:site_name" content="Steppe Daily">'
    html = _article_html(head, lang="en-GB").replace(
        "<h1>", '<p class="meta"><time datetime="2024-05-13">13 May</time></p><h1>'
    )
    article = parse_html(html)
    assert article.published == "2024-05-13"
    assert article.language == "en"


def test_title_element_is_cleaned_when_nothing_else_names_the_article():
    article = parse_html(_article_html('<meta property="og:site_name" content="Steppe Daily">'))
    assert article.headline == "Copper smelter deal signed"


def test_body_paragraphs_come_from_trafilatura_without_furniture_or_caption():
    article = parse_html(_article_html(OPEN_GRAPH))
    assert article.paragraphs == BODY_PARAGRAPHS
    assert "Advertisement" not in article.body
    assert "All rights reserved" not in article.body


def test_figcaption_credit_is_split():
    article = parse_html(_article_html(OPEN_GRAPH))
    assert article.captions == [Caption("The Balkhash copper works at dusk.", "Reuters")]


def test_bracketed_and_credit_labelled_figcaptions():
    html = _article_html(OPEN_GRAPH).replace(
        "</article>",
        "<figure><figcaption>Trucks queue at the border (Xinhua)</figcaption></figure>"
        "<figure><figcaption>Miners at shift change. Credit: Olga Petrova</figcaption></figure></article>",
    )
    credits = [c.credit for c in parse_html(html).captions]
    assert credits == ["Reuters", "Xinhua", "Olga Petrova"]


def test_short_page_still_splits_into_paragraphs():
    html = (
        "<html><head><title>Brief</title></head><body><article>"
        "<p>The ferry service resumed on Monday.</p><p>Tickets are on sale online.</p>"
        "</article></body></html>"
    )
    assert parse_html(html).paragraphs == ["The ferry service resumed on Monday.", "Tickets are on sale online."]


def test_clean_title_keeps_titles_whose_parts_are_not_the_site():
    assert clean_title("Trade: a new era", ["Steppe Daily"]) == "Trade: a new era"
    assert clean_title("Steppe Daily | Trade deal", ["Steppe Daily"]) == "Trade deal"
    assert clean_title("Trade deal &#8211; analysis", []) == "Trade deal – analysis"


def test_top_level_json_ld_list_with_reportage_type_and_string_author():
    ld = [
        {"@type": "BreadcrumbList", "itemListElement": []},
        {
            "@type": ["ReportageNewsArticle"],
            "headline": "Flood waters recede in Atyrau",
            "author": "By Gulnara Seitkali and Ivan Orlov",
            "datePublished": "2024-04-20",
            "publisher": "Caspian Wire",
            "mainEntityOfPage": {"@id": "https://caspian.example/floods"},
        },
    ]
    article = parse_html(_article_html(f'<script type="application/ld+json">{json.dumps(ld)}</script>', h1=None))
    assert article.headline == "Flood waters recede in Atyrau"
    assert article.authors == ["Gulnara Seitkali", "Ivan Orlov"]
    assert article.published == "2024-04-20"
    assert article.publication == "Caspian Wire"
    assert article.url == "https://caspian.example/floods"


def test_unreadable_json_ld_date_falls_through_to_opengraph():
    ld = {"@type": "NewsArticle", "headline": "Dates", "datePublished": "05/14/2024 09:30"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>' + OPEN_GRAPH
    assert parse_html(_article_html(head)).published == "2024-05-14T10:00:00+05:00"



def test_placeholder_json_ld_date_falls_through_to_opengraph():
    # "0001-01-01T00:00:00": what some sites' metadata hold when a story has no date set
    ld = {"@type": "NewsArticle", "headline": "Dates", "datePublished": "0001-01-01T00:00:00+00:00"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>' + OPEN_GRAPH
    assert parse_html(_article_html(head)).published == "2024-05-14T10:00:00+05:00"


def test_xml_declaration_and_empty_documents():
    xhtml = '<?xml version="1.0" encoding="utf-8"?>' + _article_html(OPEN_GRAPH, h1=None)
    assert parse_html(xhtml).headline == "Copper deal signed"
    with pytest.raises(ValueError, match="empty HTML"):
        parse_html("   ")


KICKER_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry fleet goes electric | Fjord Post</title>
<meta property="og:site_name" content="Fjord Post">
{section}
</head><body>
<nav class="crumbs"><a href="/">Home</a> / <a href="/transport">Transport</a></nav>
<main><article>
<div class="story-eyebrow">Green Shipping</div>
<h1>Ferry fleet goes electric</h1>
{paragraphs}
<aside class="newsletter"><h3>The Ferry Letter</h3><p>Sign up for our weekly briefing</p></aside>
<p class="author-bio">Sigrid Aune is the Post’s transport correspondent, based in Bergen.</p>
</article></main></body></html>"""

KICKER_BODY = [
    "The regional ferry company said on Thursday that all twelve of its car ferries would run on "
    "batteries by the end of the decade, after the county agreed to pay for chargers at six quays.",
    "The first two converted vessels will return to service next spring, the company said, and "
    "crews will be trained to handle the new equipment over the winter.",
    "Passenger groups welcomed the plan but asked for assurances that crossings would not be "
    "cancelled while the remaining ships are taken out of service for refits.",
]


def _kicker_page(section: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in KICKER_BODY)
    return KICKER_PAGE.format(section=section, paragraphs=paragraphs)


def test_kicker_line_above_the_headline_is_not_a_body_paragraph_but_the_section():
    article = parse_html(_kicker_page())
    assert article.paragraphs[0] == KICKER_BODY[0]
    assert "Green Shipping" not in article.body and "Ferry fleet goes electric" not in article.body
    assert article.section == "Green Shipping"


def test_stated_section_wins_over_the_kicker():
    article = parse_html(_kicker_page('<meta property="article:section" content="Transport">'))
    assert article.section == "Transport"
    assert article.paragraphs[0] == KICKER_BODY[0]


def test_author_bio_element_gives_the_bio_and_stays_out_of_the_body():
    html = _kicker_page('<meta name="author" content="Sigrid Aune">')
    article = parse_html(html)
    assert article.authors == ["Sigrid Aune"]
    assert article.author_bio == "Sigrid Aune is the Post’s transport correspondent, based in Bergen."
    assert "correspondent" not in article.body and "Ferry Letter" not in article.body


# ---- rules learnt on news pages: each on an invented page -----------------------------------

FOOTER_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Orchard harvest | Valley Courier</title>
<meta property="og:title" content="Apple growers count a record harvest - Valley Courier">
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="VALLEY COURIER">
</head><body>
<header><h1 class="logo">Valley Courier</h1></header>
<main><article>
<h1>Orchard harvest beats every forecast</h1>
<div class="byline"><a rel="author" href="/staff/mira">Mira Holt</a><span>Valley Courier</span></div>
{paragraphs}
<p>Orchard harvest beats every forecast</p>
<p>Related stories</p>
<p>Frost warning issued for the upper valley</p>
<p>Cider makers raise prices</p>
<p>1 of 12</p>
<p>Thanks for signing up! Keep an eye on your inbox.</p>
<p>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</p>
<p>Mira Holt covers farming and the rural economy for the Courier.</p>
<p>Write to Mira Holt at mira.holt@courier.example</p>
</article></main></body></html>"""

FOOTER_BODY = [
    "Apple growers in the upper valley picked more fruit this autumn than in any year since records "
    "began, the growers' association said on Monday, after a mild spring and a dry late summer.",
    "The association said the yield per hectare was a fifth above the ten-year average, and that "
    "cold stores were full for the first time in a decade.",
    "Prices paid to growers have fallen as a result, and several farms said they would turn the "
    "surplus into juice rather than sell it at a loss.",
]


def _footer_page() -> str:
    return FOOTER_PAGE.format(paragraphs="\n".join(f"<p>{p}</p>" for p in FOOTER_BODY))


def test_the_visible_h1_is_the_headline_not_the_logo_or_the_seo_title():
    assert parse_html(_footer_page()).headline == "Orchard harvest beats every forecast"


def test_of_several_h1_the_one_sharing_words_with_the_stated_title_wins():
    html = _footer_page().replace('<h1 class="logo">Valley Courier</h1>', "<h1>Weather and traffic</h1>")
    html = html.replace("Apple growers count a record harvest", "Orchard harvest beats forecasts")
    assert parse_html(html).headline == "Orchard harvest beats every forecast"


def test_byline_markup_names_the_author_and_the_publisher_is_no_author():
    article = parse_html(_footer_page())
    assert article.authors == ["Mira Holt"]  # not "VALLEY COURIER" from <meta name="author">


def test_page_furniture_after_the_article_stays_out_of_the_body():
    article = parse_html(_footer_page())
    assert article.paragraphs == FOOTER_BODY
    assert article.author_bio == "Mira Holt covers farming and the rural economy for the Courier."


def test_precision_mode_falls_back_when_it_finds_too_little():
    # A page whose only text sits in bare <div>s: the body must not come back empty.
    html = ("<html><head><title>Note</title></head><body><div>" + " ".join(FOOTER_BODY) +
            "</div></body></html>")
    assert parse_html(html).word_count >= 50


# ---- dates: the page's own local day, the URL's date, garbled <time> ------------------------

def _dated_page(head: str, above_h1: str = "") -> str:
    return _article_html('<meta property="og:site_name" content="Steppe Daily">' + head).replace(
        "<h1>", f"{above_h1}<h1>"
    )


def test_utc_stamp_is_restated_in_the_zone_the_page_shows():
    ld = {"@type": "NewsArticle", "headline": "Copper smelter deal signed",
          "datePublished": "2024-05-15T02:30:00Z"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    # A visible local time without zone: the offset is the hours between the two.
    shown = '<div class="story-date-published">May 14, 2024 10:30 PM</div>'
    assert parse_html(_dated_page(head, shown)).published == "2024-05-14T22:30:00-04:00"
    # A <time> stating the same instant with its offset.
    shown = '<time datetime="2024-05-15T08:00:00+05:30">15 May 2024, 8.00am</time>'
    assert parse_html(_dated_page(head, shown)).published == "2024-05-15T08:00:00+05:30"
    # A shown time that is not the same instant leaves the stamp alone.
    shown = '<div class="dateline">May 14, 2024 10:47 PM</div>'
    assert parse_html(_dated_page(head, shown)).published == "2024-05-15T02:30:00+00:00"
    # The page showing UTC itself.
    shown = '<div class="timestamp">May 15, 2024 02:30 GMT</div>'
    assert parse_html(_dated_page(head, shown)).published == "2024-05-15T02:30:00+00:00"


def test_garbled_time_attribute_gives_way_to_its_visible_date():
    shown = '<p><time datetime="2021-03-022024-05-13">May 13, 2024</time></p>'
    assert parse_html(_dated_page("", shown)).published == "2024-05-13"


def test_clock_only_times_and_far_off_times_give_way_to_the_url_date():
    sidebar = ('<ul class="latest"><li><time datetime="2024-06-02T13:05:00-04:00">13:05</time></li>'
               '<li><time datetime="2024-06-01T09:00:00-04:00">Jun 1</time></li></ul>')
    html = _dated_page('<link rel="canonical" href="https://steppe.example/news/2024-05-13/copper/">', sidebar)
    assert parse_html(html).published == "2024-05-13"


def test_url_dates_in_three_spellings():
    from assets.parsed.html_page import url_date

    assert url_date("https://x.example/2024/05/13/copper-deal") == "2024-05-13"
    assert url_date("https://x.example/politics/2024-5-13/copper") == "2024-05-13"
    assert url_date("https://x.example/checks/2024/may/13/copper/") == "2024-05-13"
    assert url_date("https://x.example/2024/05/copper-deal") is None
    assert url_date("https://x.example/2024/13/45/copper") is None
    assert url_date(None) is None


# ---- authors: contributors, name lists, author links, entities ------------------------------

def _authored_page(head: str = "", above_h1: str = "") -> str:
    return _dated_page(head, above_h1)


def test_byline_contributors_and_photographers_are_not_authors():
    ld = {"@type": "NewsArticle", "headline": "Copper smelter deal signed",
          "author": [{"@type": "Person", "name": "Aigerim Sadykova"}, {"@type": "Person", "name": "Paul Renner"},
                     {"@type": "Person", "name": "Dana Kim"}]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    byline = ('<div class="byline"><span>By </span><a>Aigerim Sadykova</a><span>Contributions from </span>'
              '<a>Paul Renner</a>, <a>Dana Kim</a><span> last updated 14 May 2024</span></div>')
    assert parse_html(_authored_page(head, byline)).authors == ["Aigerim Sadykova"]
    byline = '<div class="byline">By Aigerim Sadykova<br>Photography by Paul Renner and Dana Kim</div>'
    assert parse_html(_authored_page(head, byline)).authors == ["Aigerim Sadykova"]
    # Crediting every name in another role leaves the authors as stated.
    byline = '<div class="byline">Photographs by Aigerim Sadykova, Paul Renner and Dana Kim</div>'
    assert parse_html(_authored_page(head, byline)).authors == ["Aigerim Sadykova", "Paul Renner", "Dana Kim"]


def test_json_ld_person_listing_several_names_and_escaped_names():
    ld = {"@type": "NewsArticle", "headline": "Copper smelter deal signed",
          "author": {"@type": "Person", "name": ["Aigerim Sadykova", "Paul O&#039;Renner"]}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert parse_html(_authored_page(head)).authors == ["Aigerim Sadykova", "Paul O'Renner"]


def test_meta_authors_naming_more_than_json_ld_win_when_the_byline_shows_them():
    ld = {"@type": "NewsArticle", "headline": "Copper smelter deal signed",
          "author": {"@type": "Person", "name": "Aigerim Sadykova"}}
    head = (f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta name="author" content="Aigerim Sadykova, Paul Renner">')
    shown = '<div class="author">By Aigerim Sadykova, Paul Renner</div>'
    assert parse_html(_authored_page(head, shown)).authors == ["Aigerim Sadykova", "Paul Renner"]
    # A name the byline does not show (a parent company in <meta name="author">) is not taken.
    head = head.replace("Paul Renner", "Steppe Holdings")
    assert parse_html(_authored_page(head, '<div class="author">By Aigerim Sadykova</div>')).authors == [
        "Aigerim Sadykova"]


def test_links_to_writer_pages_name_the_author_when_nothing_else_does():
    shown = ('<div class="hero-meta"><span>By</span> <a href="/content/writer/aigerim-sadykova">Aigerim Sadykova</a>'
             ' and <a href="/content/writer/paul-renner/">Paul Renner</a></div>')
    assert parse_html(_authored_page("", shown.replace("/writer/", "/author/"))).authors == [
        "Aigerim Sadykova", "Paul Renner"]
    # A link to a section or a tag is no author.
    assert parse_html(_authored_page("", shown.replace("/content/writer/", "/tags/"))).authors == []


# ---- body: the JSON-LD articleBody bounds an extraction that runs far past it ---------------

NEXT_STORY = [
    "Wheat exports from the northern ports rose for a third month as barges returned to the river "
    "after an unusually early thaw, traders in the capital said on Friday.",
    "Freight rates on the route fell by a fifth, the grain union said, while storage at the "
    "terminals was close to full for the first time since the harvest began.",
    "Farmers in the south asked the ministry to extend the subsidy for rail transport into the "
    "autumn, saying road haulage had become too expensive for smaller growers.",
]


def _endless_page(article_body: str) -> str:
    ld = {"@type": "NewsArticle", "headline": "Copper smelter deal signed", "articleBody": article_body}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    story = "\n".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
    following = "\n".join(f"<p>{p}</p>" for p in NEXT_STORY * 3)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>
<article><h1>Copper smelter deal signed</h1>{story}<h2>Grain barges return early</h2>{following}</article>
</body></html>"""


def test_extraction_far_past_the_stated_article_body_is_cut_back_to_it():
    stated = " ".join(BODY_PARAGRAPHS) + " " + " ".join(BODY_PARAGRAPHS[:2])  # over 100 words
    article = parse_html(_endless_page(stated))
    assert article.paragraphs == BODY_PARAGRAPHS
    # A teaser-length articleBody, or one about something else, leaves the extraction alone.
    assert len(parse_html(_endless_page(BODY_PARAGRAPHS[0])).paragraphs) > len(BODY_PARAGRAPHS)
    unrelated = " ".join(["Rainfall in the highlands was the lowest on record this spring."] * 12)
    assert len(parse_html(_endless_page(unrelated)).paragraphs) > len(BODY_PARAGRAPHS)


def test_body_status_flags_short_and_empty_bodies():
    from assets.parsed.model import BODY_MIN_WORDS, ParsedArticle

    assert ParsedArticle("html", []).body_status == "empty"
    assert ParsedArticle("html", ["A brief of five words."]).body_status == "short"
    assert ParsedArticle("html", [" ".join(["word"] * BODY_MIN_WORDS)]).body_status == "ok"
    assert parse_html(_article_html("")).body_status == "ok"


def _wire_page(first_paragraph: str, site: str = "") -> str:
    return (f"<html><head><title>Vostra Rail wins metro contract</title>{site}</head><body>"
            "<div class='nav'><a href='/'>Home</a> | <a href='/biz'>Business</a></div>"
            "<table><tr><td><h1>Vostra Rail wins metro contract</h1>"
            f"<p>{first_paragraph}</p><p>Vostra Rail, based in Madrid, beat two bidders from Asia for the order, "
            "which covers thirty trains and their upkeep for ten years.</p></td></tr></table>"
            "<footer>Copyright 2026 Metro Daily. All rights reserved.</footer></body></html>")


def test_wire_copy_on_a_page_keeps_its_dateline_apart_from_the_body():
    # the dateline is where the story was filed, not words of its first sentence (nor a party to it)
    first = ("Chile's transport ministry has awarded a $410 million contract to Vostra Rail to build thirty "
             "trains for the capital's metro, the ministry said on Wednesday.")
    article = parse_html(_wire_page(f"SANTIAGO - {first}"))
    assert (article.dateline, article.paragraphs[0]) == ("SANTIAGO", first)
    # an agency the dateline credits is the publication when the page names none, not over its own
    agency = parse_html(_wire_page(f"SANTIAGO (Reuters) - {first}"))
    assert (agency.dateline, agency.publication) == ("SANTIAGO (Reuters)", "Reuters")
    site = parse_html(_wire_page(f"SANTIAGO (Reuters) - {first}", '<meta property="og:site_name" content="Metro Daily">'))
    assert site.publication == "Metro Daily"
    # a capitalised first word is no dateline
    plain = parse_html(_wire_page(f"Chile - a country of long rail lines - has awarded a contract. {first}"))
    assert plain.dateline is None and plain.paragraphs[0].startswith("Chile - a country")


def test_a_copyright_year_is_no_publication_date():
    # a page that states no date is undated, not dated the first of January of its copyright year
    first = "Chile's transport ministry has awarded a $410 million contract to Vostra Rail, the ministry said."
    assert parse_html(_wire_page(first)).published is None
