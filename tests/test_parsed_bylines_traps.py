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
