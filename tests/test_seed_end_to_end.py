"""The seed article alone through `wirehouse run` in a fresh home, queried with `wirehouse query`."""

import json
import shutil

import pytest

from pipelines.cli import main
from tests.conftest import SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []


@pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not present")
def test_seed_article_lands_queryable(wirehouse_home, capsys):
    shutil.copy(SEEDS[0], wirehouse_home / "inbox")
    assert main(["run", "--quiet"]) == 0
    capsys.readouterr()

    def ask(sql):
        assert main(["query", sql, "--format", "json"]) == 0
        return json.loads(capsys.readouterr().out)

    [article] = ask("SELECT headline, authors, publication, print_headline FROM analytics.articles")
    assert article["headline"] == "China’s industrial capacity policy is a one-way street"
    assert article["authors"] == "Tristan Kenderdine"
    assert article["publication"] == "South China Morning Post"

    [body] = ask("SELECT body FROM parsed.articles")
    for furniture in ("Advertisement", "Get more with myNEWS", "Learn more", "Photo: Reuters",
                      "print edition", "Tristan Kenderdine is a lecturer"):
        assert furniture not in body["body"], furniture

    countries = {row["iso_code"] for row in ask(
        "SELECT DISTINCT iso_code FROM analytics.entity_mentions WHERE entity_type = 'COUNTRY'")}
    assert {"CHN", "KAZ", "TJK", "KGZ", "TKM", "IRN", "AZE"} <= countries

    amounts = ask("SELECT surface_text, currency, usd_min, usd_max FROM analytics.money_amounts")
    assert {"surface_text": "US$25-30 billion", "currency": "USD", "usd_min": 25e9, "usd_max": 30e9} in amounts

    # the photo caption and the author's bio are read too, each row tagged with its section
    caption_events = ask("SELECT event_type, parties, sentence FROM analytics.events WHERE section = 'caption'")
    assert [(e["event_type"], e["parties"]) for e in caption_events] == [
        ("meet", ["party: Nursultan Nazarbayev", "party: Xi Jinping"])]
    assert caption_events[0]["sentence"].startswith("Kazakh president Nursultan Nazarbayev and China’s Xi Jinping")
    bio = {row["canonical_name"] for row in ask(
        "SELECT canonical_name FROM analytics.entity_mentions WHERE section = 'bio'")}
    assert {"Tristan Kenderdine", "Dalian Maritime University", "Future Risk"} <= bio
    assert ask("SELECT count(*) AS n FROM analytics.entity_mentions WHERE section NOT IN ('body', 'caption', 'bio')") == [{"n": 0}]
    employers = ask("SELECT subject, object FROM analytics.relations WHERE section = 'bio' AND relation_type = 'works_for'")
    assert {"subject": "Tristan Kenderdine", "object": "Dalian Maritime University"} in employers
