"""The extractor on the seed article (skipped when ../shared/seeds is absent)."""

from pathlib import Path

import pytest

from assets.entities.extract import ArticleText, EntityExtractor

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
HEADLINE = "China’s industrial capacity policy is a one-way street"
BIO = "Tristan Kenderdine is a lecturer"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="no shared seeds")


@pytest.fixture(scope="module")
def seed():
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    body = text.split(HEADLINE, 1)[1].split(BIO, 1)[0].strip()
    spans, position = [], 0
    while position < len(body):
        cut = body.find(". ", position)
        end = len(body) if cut < 0 else cut + 1
        spans.append((position, end))
        position = end + 1
    (extraction,) = EntityExtractor().extract([ArticleText("seed", body, spans, None)])
    return body, extraction


def ids_of(extraction, text):
    return {m.entity_id for m in extraction.mentions if m.text == text}


def test_countries(seed):
    _, extraction = seed
    assert ids_of(extraction, "Kazakhstan") == {"country:KAZ"}
    assert ids_of(extraction, "Tajikistan") == {"country:TJK"}
    assert ids_of(extraction, "Kazakh") == {"country:KAZ"}


def test_subdivision(seed):
    _, extraction = seed
    (gansu,) = [m for m in extraction.mentions if m.text == "Gansu province"]
    assert (gansu.entity_id, gansu.entity.iso_code) == ("subdivision:CN-GS", "CN-GS")


def test_amount(seed):
    _, extraction = seed
    (amount,) = [a for a in extraction.amounts if a.text == "US$25-30 billion"]
    assert (amount.currency, amount.amount_min, amount.amount_max) == ("USD", 25e9, 30e9)


def test_policy_bank(seed):
    _, extraction = seed
    (bank,) = [m for m in extraction.mentions if m.text == "Export-Import Bank of China"]
    assert (bank.entity_type, bank.entity_id) == ("ORG", "org:export-import-bank-of-china")


def test_offsets(seed):
    body, extraction = seed
    for row in (*extraction.mentions, *extraction.amounts, *extraction.dates):
        assert body[row.start:row.end] == row.text
