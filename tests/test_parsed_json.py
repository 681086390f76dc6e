"""JSON-record parser and the content-type dispatcher."""

import json

import pytest

from assets.parsed.dispatch import parse_document
from assets.parsed.json_record import parse_json_record
from assets.raw.intake import read_document

TEXT = (
    "The regional government approved a new industrial park near Shymkent on Friday.\n\n"
    "Advertisement\n\n"
    "Textile and food-processing firms from three provinces have applied for plots, officials said."
)


def test_common_field_names_are_mapped():
    article = parse_json_record(
        {
            "title": "Shymkent gets an industrial park",
            "text": TEXT,
            "link": "https://example.org/shymkent-park",
            "published_at": "2023-09-01T08:00:00Z",
            "byline": "By Saule Iskakova and Timur Akhmetov",
            "category": "Regions",
            "site_name": "Southern Herald",
        }
    )
    assert article.parser == "json"
    assert article.headline == "Shymkent gets an industrial park"
    assert article.url == "https://example.org/shymkent-park"
    assert article.published == "2023-09-01T08:00:00+00:00"
    assert article.authors == ["Saule Iskakova", "Timur Akhmetov"]
    assert article.section == "Regions"
    assert article.publication == "Southern Herald"


def test_paragraphs_split_on_blank_lines_without_furniture():
    article = parse_json_record({"headline": "Park", "body": TEXT})
    assert article.paragraphs == [
        "The regional government approved a new industrial park near Shymkent on Friday.",
        "Textile and food-processing firms from three provinces have applied for plots, officials said.",
    ]


def test_single_newlines_split_when_there_are_no_blank_lines():
    article = parse_json_record({"content": "First paragraph here.\nSecond paragraph here."})
    assert article.paragraphs == ["First paragraph here.", "Second paragraph here."]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-01", "2023-09-01"),
        ("Fri, 01 Sep 2023 08:00:00 +0600", "2023-09-01T08:00:00+06:00"),
        ("1 September 2023", "2023-09-01"),
        ("September 2023", "2023-09"),
        ("not a date", None),
    ],
)
def test_dates_are_normalised_keeping_their_precision(value, expected):
    assert parse_json_record({"articleBody": "Some text.", "pubDate": value}).published == expected


def test_author_lists_and_objects_and_publisher_objects():
    article = parse_json_record(
        {
            "article_text": "Some text.",
            "authors": [{"name": "Saule Iskakova"}, "Timur Akhmetov, Lena Vogel"],
            "publisher": {"@type": "Organization", "name": "Southern Herald"},
        }
    )
    assert article.authors == ["Saule Iskakova", "Timur Akhmetov", "Lena Vogel"]
    assert article.publication == "Southern Herald"


def test_html_text_goes_through_the_html_parser():
    html = (
        "<div><p>The regional government approved a new industrial park near Shymkent on Friday.</p>"
        "<figure><figcaption>The park site. Photo: AFP</figcaption></figure>"
        "<p>Textile firms from three provinces have applied for plots, officials said.</p></div>"
    )
    article = parse_json_record({"title": "Park", "body": html})
    assert article.paragraphs == [
        "The regional government approved a new industrial park near Shymkent on Friday.",
        "Textile firms from three provinces have applied for plots, officials said.",
    ]
    assert article.captions[0].credit == "AFP"
    assert "<p>" not in article.body


@pytest.mark.parametrize("record", [{"title": "No body"}, {"title": "Blank", "text": "   "}, {"text": 42}])
def test_record_without_text_is_rejected_with_a_clear_message(record):
    with pytest.raises(ValueError, match="no article text"):
        parse_json_record(record)


LONG_ENGLISH = (
    "The regional government approved a new industrial park near Shymkent on Friday, and officials "
    "said textile and food-processing firms from three provinces have already applied for plots."
)
LONG_FRENCH = (
    "Le gouvernement régional a approuvé vendredi un nouveau parc industriel près de Shymkent, et les "
    "responsables ont déclaré que des entreprises textiles et agroalimentaires de trois provinces ont "
    "déjà demandé des parcelles."
)


def test_dispatch_json_sets_language_from_a_long_enough_body():
    article = parse_document("", "application/json", record={"title": "Park", "text": LONG_ENGLISH})
    assert article.language == "en"


def test_dispatch_decodes_json_text_when_no_record_is_given():
    article = parse_document(json.dumps({"title": "Park", "text": LONG_ENGLISH}), "application/json")
    assert article.headline == "Park"


def test_dispatch_leaves_language_empty_for_short_bodies():
    assert parse_document("Short headline\n\nA short body of six words.", "text/plain").language is None


def test_dispatch_plain_text_and_html():
    assert parse_document("Headline here\n\n" + LONG_ENGLISH, "text/plain").parser == "layout"
    html = f"<html lang='fr'><body><article><p>{LONG_FRENCH}</p></article></body></html>"
    article = parse_document(html, "text/html")
    assert article.parser == "html"
    assert article.language == "fr"  # the page's own declaration is kept


def test_dispatch_reads_english_prose_under_another_declared_language():
    # an English edition on a site whose template declares its home language
    html = f"<html lang='es'><body><article><p>{LONG_ENGLISH}</p></article></body></html>"
    assert parse_document(html, "text/html").language == "en"


def test_dispatch_rejects_unknown_content_types():
    with pytest.raises(ValueError, match="unsupported content type"):
        parse_document("x", "application/pdf")


def test_fields_given_as_objects_are_read_by_their_string():
    # a WordPress REST post: title and content are {"rendered": ...}, the content HTML
    article = parse_json_record({
        "link": "https://example.org/rail-loan", "date": "2026-11-02T10:00:00",
        "title": {"rendered": "Rail loan approved"},
        "content": {"rendered": "<p>A €300 million loan was approved for the line.</p><p>Work starts in May.</p>",
                    "protected": False},
        "excerpt": {"rendered": "<p>A loan</p>"},
    })
    assert article.headline == "Rail loan approved"
    assert article.paragraphs == ["A €300 million loan was approved for the line.", "Work starts in May."]
    assert article.url == "https://example.org/rail-loan"


def test_a_body_given_as_an_object_of_paragraphs_is_read():
    article = parse_json_record({"title": "Brenmark buys Talvik Shipping", "body": {"paragraphs": [
        "Brenmark Group said on Thursday it had agreed to buy Talvik Shipping.", "The deal closes in March."]}})
    assert article.paragraphs == ["Brenmark Group said on Thursday it had agreed to buy Talvik Shipping.",
                                  "The deal closes in March."]


def test_a_records_text_opening_with_a_dateline_keeps_it_apart():
    article = parse_json_record({"title": "Brenmark buys Talvik", "text": "COPENHAGEN - Brenmark Group said on Thursday "
                                 "it had agreed to buy Talvik Shipping.\n\nThe deal closes in March."})
    assert article.dateline == "COPENHAGEN"
    assert article.paragraphs[0].startswith("Brenmark Group said")
    wire = parse_json_record({"text": "OSLO, March 3 (Reuters) - Norland's central bank held rates on Monday, it said."})
    assert (wire.dateline, wire.publication) == ("OSLO, March 3 (Reuters)", "Reuters")


def test_a_lone_paragraph_of_markup_is_the_body():
    # one top element is no page to trafilatura; read inside a <body> it is the article
    article = parse_json_record({"title": "Sines", "text": "<p>The port of Sines signed a deal with a shipping firm "
                                                           "on Monday, officials said.</p>"})
    assert article.paragraphs == ["The port of Sines signed a deal with a shipping firm on Monday, officials said."]


def test_a_records_html_text_keeps_its_dateline_apart():
    article = parse_json_record({"title": "Brenmark buys Talvik", "text": "<p>COPENHAGEN (Reuters) - Brenmark Group said on "
                                 "Thursday it had agreed to buy Talvik Shipping.</p><p>The deal closes in March.</p>"})
    assert (article.dateline, article.publication) == ("COPENHAGEN (Reuters)", "Reuters")
    assert article.paragraphs[0].startswith("Brenmark Group said")


def test_a_body_given_as_a_list_of_blocks_is_one_article():
    # a CMS's content blocks (an image block among them) are parts of one body, not records
    record = {"title": "Velkor lends to Orvane", "body": [
        {"type": "paragraph", "text": "Velkor Bank lent $40 million to Orvane Energy on Monday."},
        {"type": "image", "url": "https://example.com/plant.jpg"},
        {"type": "paragraph", "content": "The loan runs five years."}]}
    [document] = read_document("story.json", json.dumps(record).encode(), 1_000_000)
    article = parse_json_record(json.loads(document.text))
    assert article.paragraphs == ["Velkor Bank lent $40 million to Orvane Energy on Monday.", "The loan runs five years."]
    # objects with titles of their own are records, each an article
    feed = {"status": "ok", "content": [{"title": "A", "text": "Velkor Bank lent $40 million."},
                                        {"title": "B", "text": "Orvane Energy bought Tarvo Mining."}]}
    assert [d.record_index for d in read_document("feed.json", json.dumps(feed).encode(), 1_000_000)] == [1, 2]


@pytest.mark.parametrize("stated, published", [
    ("2023/11/14", "2023-11-14"), ("2023.11.14", "2023-11-14"), ("20231114", "2023-11-14"),
    ("14/11/2023", "2023-11-14"), ("11/14/2023", "2023-11-14"), ("14.11.2023", "2023-11-14"),
    ("03/04/2023", None),  # the 3rd of April or the 4th of March: not guessed
    ("20231314", None),
])
def test_numeric_dates_are_read_where_their_order_is_certain(stated, published):
    article = parse_json_record({"title": "Velkor lends", "text": "Velkor Bank lent money to Orvane.", "published": stated})
    assert article.published == published
