"""The seed article (a scraped opinion piece with web furniture) through the layout parser."""

from pathlib import Path

import pytest

from assets.parsed.dispatch import parse_document

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def seed():
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip(f"no seed article in {SEEDS}")
    return parse_document(files[0].read_text(encoding="utf-8"), "text/plain")


def test_header_fields(seed):
    assert seed.headline == "China’s industrial capacity policy is a one-way street"
    assert seed.section == "Belt and Road Initiative"
    assert seed.authors == ["Tristan Kenderdine"]
    assert seed.author_bio.startswith("Tristan Kenderdine is a lecturer")
    assert seed.publication == "South China Morning Post"
    assert seed.print_headline == "China’s industrial policy works one way"
    assert seed.published is None  # the page states no date
    assert seed.language == "en"


def test_caption_and_credit(seed):
    assert len(seed.captions) == 1
    assert seed.captions[0].text.startswith("Kazakh president Nursultan Nazarbayev")
    assert seed.captions[0].credit == "Reuters"


def test_pull_quotes(seed):
    assert len(seed.pull_quotes) == 3
    for quote in seed.pull_quotes:
        assert quote not in seed.paragraphs


def test_body_is_the_article_and_nothing_else(seed):
    # 17 text paragraphs between headline and bio, less the 3 standalone pull quotes.
    assert len(seed.paragraphs) == 14
    assert seed.paragraphs[0].startswith("As Chinese President Xi Jinping visits")
    assert seed.paragraphs[-1].endswith("Chinese debt-deflated economy.")
    for furniture in (
        "Advertisement", "Get more with myNEWS", "Learn more", "personalised news feed",
        "Photo: Reuters", "Kazakh president Nursultan Nazarbayev", "This article appeared",
        "Tristan Kenderdine is a lecturer",
    ):
        assert furniture not in seed.body, furniture
    assert "Post" not in seed.paragraphs
    assert seed.headline not in seed.paragraphs
