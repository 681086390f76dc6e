"""Trap cases of issue 11 for bylines and captions, on invented lines and pages: every author
kept, share widgets and agency suffixes dropped, wire headlines' "(AP)" tags no captions."""

import pytest

from assets.parsed.bylines import parse_byline_line, split_names
from assets.parsed.captions import caption_from_line
from assets.parsed.dispatch import parse_document

ARTICLE_BODY = """<p>The port authority approved the dredging of the outer harbour on Wednesday, ending a
    two-year dispute with fishing crews over the timing of the works.</p>
    <p>Work is to start in the spring and take about eight months, the authority said in a
    statement, adding that the channel would stay open to ferries throughout.</p>"""


@pytest.mark.parametrize("line, authors, credit", [
    ("By Hana Okafor and Luis Brandt The Associated Press", ["Hana Okafor", "Luis Brandt"], "Associated Press"),
    ("By Hana Okafor The Associated Press", ["Hana Okafor"], "Associated Press"),
    ("By Greta Solberg Associated Press", ["Greta Solberg"], "Associated Press"),
    ("By MIRA CHAUDHRY and OWEN PIKE, Associated Press", ["Mira Chaudhry", "Owen Pike"], "Associated Press"),
    ("By Ines Varga, Kofi Mensah and Dara Quinn", ["Ines Varga", "Kofi Mensah", "Dara Quinn"], None),
    ("By Ines Varga Link Copied", ["Ines Varga"], None),
    ("By Ines Varga Share", ["Ines Varga"], None),
])
def test_byline_lines_keep_every_author(line, authors, credit):
    byline = parse_byline_line(line)
    assert byline.authors == authors
    assert byline.credit == credit


def test_a_surname_that_is_an_agency_name_stays_in_the_name():
    assert split_names("By Carla Bloomberg") == ["Carla Bloomberg"]


def test_widget_words_leave_author_fields():
    assert split_names("Ines Varga Link Copied, Kofi Mensah Follow") == ["Ines Varga", "Kofi Mensah"]


@pytest.mark.parametrize("line", [
    "Storm Closes Schools Across the Region (AP)",
    "Wildfire forces evacuation of hillside suburbs (Reuters)",
    "Ferry Strike Enters Third Day [AFP]",
])
def test_wire_headline_tags_are_no_captions(line):
    assert caption_from_line(line) is None


@pytest.mark.parametrize("line, credit", [
    ("Firefighters battle a blaze near the harbour on Monday. (AP)", "AP"),
    ("Firefighters battle a blaze near the harbour. Photo: Reuters", "Reuters"),
    ("Volunteers stack sandbags along the river (AP Photo/Lena Park)", "AP Photo/Lena Park"),
])
def test_photo_captions_keep_their_credit(line, credit):
    assert caption_from_line(line).credit == credit


def test_wire_item_keeps_headline_and_both_authors():
    text = ("Storm Closes Schools Across the Region (AP)\n\n"
            "By Hana Okafor and Luis Brandt The Associated Press\n\n"
            "RIVERTON, Ore. — A winter storm closed dozens of schools across the region on Tuesday, "
            "officials said, as crews worked to clear the roads.\n\n"
            "The district said classes would resume on Thursday if the weather allowed it.\n")
    article = parse_document(text, "text/plain")
    assert article.headline == "Storm Closes Schools Across the Region (AP)"
    assert article.authors == ["Hana Okafor", "Luis Brandt"]
    assert article.captions == []


def test_html_byline_with_share_widget():
    page = """<html><head><title>Harbour dredging approved</title></head><body><article>
    <h1>Harbour dredging approved</h1>
    <div class="byline"><a href="/authors/ines-varga">Ines Varga</a> <button>Link Copied</button></div>
    """ + ARTICLE_BODY + "</article></body></html>"
    article = parse_document(page, "text/html")
    assert article.authors == ["Ines Varga"]


def test_a_wire_story_no_person_signs_has_the_agency_as_author():
    text = ("Ferry Strike Enters Third Day\n\n"
            "By The Associated Press\n\n"
            "HARWICH, England — Ferry crews stayed on strike for a third day on Wednesday, leaving "
            "hundreds of lorries queued at the port as talks with operators stalled again.\n\n"
            "Union leaders said they would meet the operators again on Friday.\n")
    assert parse_document(text, "text/plain").authors == ["Associated Press"]


def test_html_page_whose_author_metadata_is_an_agency():
    page = """<html><head><title>Ferry strike enters third day</title>
    <meta name="author" content="Associated Press"></head><body><article>
    <h1>Ferry strike enters third day</h1>
    <p>Ferry crews stayed on strike for a third day on Wednesday, leaving hundreds of lorries
    queued at the port as talks with the operators stalled again over pay.</p>
    <p>Union leaders said they would meet the operators again on Friday, and warned that the
    strike could run into the holiday weekend if no offer was made.</p>
    </article></body></html>"""
    assert parse_document(page, "text/html").authors == ["Associated Press"]


def test_a_person_beside_the_agency_is_the_author():
    text = ("Ferry Strike Enters Third Day\n\n"
            "By Hana Okafor, The Associated Press\n\n"
            "HARWICH, England — Ferry crews stayed on strike for a third day on Wednesday, leaving "
            "hundreds of lorries queued at the port as talks with operators stalled again.\n\n"
            "Union leaders said they would meet the operators again on Friday.\n")
    assert parse_document(text, "text/plain").authors == ["Hana Okafor"]



@pytest.mark.parametrize("byline", [
    '<div class="byline"><a href="/author/ines-varga">Ines Varga</a><a href="/author/kofi-mensah">Kofi Mensah</a></div>',
    '<div class="byline">By <a href="/author/ines-varga">Ines Varga</a> and '
    '<a href="/author/kofi-mensah">Kofi Mensah</a>, The Associated Press</div>',
    '<div class="article-author"><span>Ines Varga</span><span>Kofi Mensah</span><button>Link Copied</button></div>',
    '<p class="byline">By Ines Varga · Kofi Mensah</p>',
])
def test_html_bylines_keep_the_second_author(byline):
    page = (f"<html><head><title>Harbour dredging approved</title></head><body><article>"
            f"<h1>Harbour dredging approved</h1>{byline}{ARTICLE_BODY}</article></body></html>")
    assert parse_document(page, "text/html").authors == ["Ines Varga", "Kofi Mensah"]


# ---- issue 11 item 4, second round: bylines measured on the naeb-dev tuning half -------------------

def _page(head: str = "", header: str = "", extra: str = "") -> str:
    """An invented article page: `head` in <head>, `header` between the <h1> and the body."""
    return (f"<html><head><title>Harbour dredging approved</title>{head}</head><body>{extra}<article>"
            f"<h1>Harbour dredging approved</h1>{header}{ARTICLE_BODY}</article></body></html>")


def _json_ld_author(author) -> str:
    import json

    article = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour dredging approved",
               "author": author, "publisher": {"@type": "Organization", "name": "Northern Ledger"}}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


@pytest.mark.parametrize("line, authors, credit", [
    ("Hana Okafor, Reuters", ["Hana Okafor"], "Reuters"),
    ("Hana Okafor and Luis Brandt, Reuters", ["Hana Okafor", "Luis Brandt"], "Reuters"),
    ("By Hana Okafor in Lagos, AFP", ["Hana Okafor"], "AFP"),
    ("By Ines Varga Senior Editor", ["Ines Varga"], None),
    ("By Ines Varga View profile", ["Ines Varga"], None),
    ("By Ines Varga Twitter Email", ["Ines Varga"], None),
])
def test_more_byline_forms(line, authors, credit):
    byline = parse_byline_line(line)
    assert (byline.authors, byline.credit) == (authors, credit)


@pytest.mark.parametrize("line", ["Harbour works, Reuters said", "Ines Varga and the port, Reuters"])
def test_a_comma_and_an_agency_alone_make_no_byline(line):
    assert parse_byline_line(line) is None


def test_surnames_that_look_like_buttons_stay():
    assert split_names("Thomas More, Herbert Read") == ["Thomas More", "Herbert Read"]


@pytest.mark.parametrize("author", [
    {"@type": "Person", "name": "Harbourside Sports Media"},
    [{"@type": "Organization", "name": "Harbourside Sports Media"}],
])
def test_an_organisation_the_metadata_names_as_sole_author_is_the_author(author):
    assert parse_document(_page(_json_ld_author(author)), "text/html").authors == ["Harbourside Sports Media"]


def test_staff_credit_in_meta_author_beats_another_story_s_writer_link():
    sidebar = ('<aside><a href="/author/kofi-mensah">Kofi Mensah</a> '
               '<a href="/story/other">Ferry timetable changes</a></aside>')
    page = _page('<meta name="author" content="Northern Ledger Staff">', extra=sidebar)
    assert parse_document(page, "text/html").authors == ["Northern Ledger Staff"]


def test_the_publisher_as_author_is_no_author():
    page = _page(_json_ld_author({"@type": "Organization", "name": "Northern Ledger"}))
    assert parse_document(page, "text/html").authors == []


def test_a_person_in_the_byline_beats_an_agency_in_the_metadata():
    page = _page('<meta name="author" content="Associated Press">',
                 '<div class="byline">By Hana Okafor, Associated Press</div>')
    assert parse_document(page, "text/html").authors == ["Hana Okafor"]


def test_byline_markup_repeated_with_different_names_is_a_story_list():
    listing = "".join(f'<li><a href="/s/{i}">Story {i}</a><span class="post-author-name">{name}</span></li>'
                      for i, name in enumerate(["Kofi Mensah", "Dara Quinn", "Owen Pike"]))
    page = _page(header='<p>posted on <time datetime="2024-03-05">5 March 2024</time> by Ines Varga</p>',
                 extra=f"<ul>{listing}</ul>")
    assert parse_document(page, "text/html").authors == ["Ines Varga"]


@pytest.mark.parametrize("header", [
    '<small>posted on <time datetime="2024-03-05T10:00:00">2024-03-05</time> 10:00</small> by Ines Varga',
    '<div><span>By</span> <a href="/people/81/ines_varga/">Ines Varga</a></div>',
    '<div><span>Ines Varga</span><span>Senior Editor</span><span>Updated: March 5, 2024</span></div>',
    '<div><span>Ines Varga</span><span>Mar 05, 2024</span><span>2 Shares</span></div>',
])
def test_a_byline_without_markup_in_the_headline_block(header):
    assert parse_document(_page(header=header), "text/html").authors == ["Ines Varga"]


@pytest.mark.parametrize("header", [
    '<div><span>Ines Varga</span><span>Harbour master</span><span>Mar 05, 2024</span></div>',
    '<ul class="entry-categories"><li><a href="/c/ports">Ports</a> &gt; <a href="/c/dredging">Harbour Works</a>'
    '</li></ul><time>March 5, 2024</time>',
])
def test_a_bare_name_away_from_the_date_stamp_or_a_breadcrumb_is_no_byline(header):
    assert parse_document(_page(header=header), "text/html").authors == []


def test_a_by_line_in_pieces_keeps_every_name():
    header = ('<p class="article-meta">By <a href="/p/1">Ines Varga</a>, <a href="/p/2">Kofi Mensah</a> and '
              '<a href="/p/3">Dara Quinn</a> <span>on Monday, March 4th, 2024 at 11:08 a.m.</span></p>')
    assert parse_document(_page(header=header), "text/html").authors == ["Ines Varga", "Kofi Mensah", "Dara Quinn"]


def test_a_writer_link_beats_a_name_beside_a_date():
    header = ('<h4><a href="/author/ines-varga">Ines Varga</a> <a href="/author/ines-varga">View More Articles</a>'
              '</h4><div class="post-info"><label>Dara Quinn</label><label>March 5, 2024 12:32</label></div>')
    assert parse_document(_page(header=header), "text/html").authors == ["Ines Varga"]


def test_a_photographer_under_the_lead_photo_is_no_author():
    photo = ('<div class="lead"><img src="/p.jpg" alt=""><span>Dredgers wait at the mouth of the outer '
             'harbour on Tuesday morning.</span><span>By</span> <a href="/writer/12/dara_quinn/">Dara Quinn</a></div>')
    byline = ('<div class="meta"><img src="/headshot.jpg" alt=""><span>By</span> '
              '<a href="/writer/34/ines_varga/">Ines Varga</a></div>')
    assert parse_document(_page(header=photo + byline), "text/html").authors == ["Ines Varga"]


# ---- wire copy: the headline's source tag is no photo credit ----------------------------------------

WIRE_BODY = ("PORT ELLIS, Maine (AP) — Ferry crews walked off the job on Monday over a pay offer they "
             "called an insult, stranding hundreds of passengers on both sides of the bay.\n\n"
             "The operator said it would run a reduced timetable with managers on board until talks resume.\n")


@pytest.mark.parametrize("headline", [
    "Will the ferries run this week? (AP)",
    "Ferry crews strike: 'We had no choice' (AP)",
    "Ferry crews walk out over pay — Reuters",
    "Ferry Crews Walk Out Over Pay (Reuters)",
    "Ferry crews walk out over pay [AFP]",
])
@pytest.mark.parametrize("byline", ["By Hana Okafor and Luis Brandt The Associated Press", "Hana Okafor, Reuters"])
def test_wire_items_keep_their_headline_and_authors(headline, byline):
    article = parse_document(f"{headline}\n\n{byline}\n\n{WIRE_BODY}", "text/plain")
    assert article.headline == headline
    assert article.authors[0] == "Hana Okafor"
    assert article.captions == []
    assert article.paragraphs[0].startswith(("PORT ELLIS", "Ferry crews walked off"))


def test_wire_page_keeps_its_headline_and_the_body_its_dateline():
    paragraphs = "".join(f"<p>{p}</p>" for p in WIRE_BODY.split("\n\n"))
    page = ("<html><head><title>Will the ferries run this week? (AP)</title></head><body><article>"
            "<h1>Will the ferries run this week? (AP)</h1><p class='byline'>By HANA OKAFOR, Associated Press</p>"
            f"{paragraphs}</article></body></html>")
    article = parse_document(page, "text/html")
    assert (article.headline, article.authors) == ("Will the ferries run this week? (AP)", ["Hana Okafor"])
    assert article.paragraphs[0].startswith(("PORT ELLIS", "Ferry crews walked off"))


@pytest.mark.parametrize("line, caption", [
    ("Ferry crews picket the terminal on Monday. (AP)", "Ferry crews picket the terminal on Monday."),
    ('A striker holds a sign reading "Fair pay now." (Reuters)', 'A striker holds a sign reading "Fair pay now."'),
])
def test_a_sentence_before_an_agency_tag_is_still_a_caption(line, caption):
    assert caption_from_line(line).text == caption


@pytest.mark.parametrize("line, authors, credit", [
    ("By Jane Doe (AFP)", ["Jane Doe"], "AFP"),  # the agency in brackets
    ("Story by Jane Doe • Photos by John Roe", ["Jane Doe"], None),  # the photographer is no author
    ("Jane Doe | Staff Writer", ["Jane Doe"], None),  # a job title after the bar is no source
    ("Jane Doe | Metro Daily", ["Jane Doe"], "Metro Daily"),
])
def test_bracketed_agencies_story_credits_and_titles_after_a_bar(line, authors, credit):
    byline = parse_byline_line(line)
    assert (byline.authors, byline.credit) == (authors, credit)


@pytest.mark.parametrize("line, authors, credit", [
    ("MIRA OSEI and TOMAS LINDQVIST, Harbour Ledger staff writers", ["Mira Osei", "Tomas Lindqvist"],
     "Harbour Ledger"),  # the paper is named before "staff"
    ("Jane Doe, Staff Reporter", ["Jane Doe"], None),
    ("Jane Doe, Nairobi correspondent", ["Jane Doe"], None),  # a posting is no source
])
def test_names_then_a_comma_and_a_reporting_job_are_a_byline(line, authors, credit):
    byline = parse_byline_line(line)
    assert (byline.authors, byline.credit) == (authors, credit)


@pytest.mark.parametrize("line", ["Port and harbour, news editors", "Jane Doe, the editor, said it was late."])
def test_a_reporting_job_after_a_comma_makes_no_byline_of_other_words(line):
    assert parse_byline_line(line) is None
