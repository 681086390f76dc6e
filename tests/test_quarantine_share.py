"""The quarantine share: a batch is blocked when more than WIREHOUSE_QUARANTINE_MAX_SHARE of its
articles, and at least WIREHOUSE_QUARANTINE_MIN_COUNT of them, are quarantined; one article the
entity chain fails on (a fake fault, monkeypatched) in a small batch is quarantined and the rest of
the batch is published."""

from dataclasses import replace

import duckdb
import pytest

from assets.entities.extract import EntityExtractor
from pipelines.cli import main
from pipelines.quality import quarantine_blocks
from pipelines.settings import Settings

UNREADABLE = "Quorvane"  # the fake chain fails on any article naming it

STORY = ("{place}, March 3 - {company} said on Tuesday it would build a new warehouse outside {place}, "
         "its third in the region, as demand from online retailers keeps climbing. The company did not say "
         "how much the site would cost. Work is due to start in the summer and the warehouse should open "
         "next year, a spokeswoman said, adding that about 300 people would be hired to run it.\n")


@pytest.mark.parametrize("quarantined, articles, blocks", [
    (0, 10, False),
    (1, 3, False),   # one odd article in a small batch: quarantined, the rest goes on
    (1, 1, False),
    (2, 10, False),  # within the share
    (2, 4, True),
    (3, 10, True),
    (2, 2, True),
])
def test_a_batch_blocks_above_the_share_once_the_minimum_count_is_reached(quarantined, articles, blocks):
    settings = replace(Settings.from_env(), quarantine_max_share=0.2, quarantine_min_count=2)
    assert quarantine_blocks(quarantined, articles, settings) is blocks


def test_the_minimum_count_must_be_a_whole_number_of_at_least_one(monkeypatch):
    monkeypatch.setenv("WIREHOUSE_QUARANTINE_MIN_COUNT", "0")
    with pytest.raises(ValueError, match="WIREHOUSE_QUARANTINE_MIN_COUNT must be a whole number of at least 1, not '0'"):
        Settings.from_env()
    monkeypatch.setenv("WIREHOUSE_QUARANTINE_MIN_COUNT", "1")
    assert Settings.from_env().quarantine_min_count == 1


@pytest.fixture
def chain_failing_on_one_name(monkeypatch):
    real_extract = EntityExtractor.extract

    def extract(self, texts):
        for text in texts:
            if UNREADABLE in text.body:
                raise RuntimeError("the fake fault of this test")
            yield from real_extract(self, [text])

    monkeypatch.setattr(EntityExtractor, "extract", extract)
    monkeypatch.setenv("WIREHOUSE_WORKERS", "1")  # the chain runs in this process, where the fake is


def write_stories(inbox, companies: dict[str, str]) -> None:
    for place, company in companies.items():
        (inbox / f"wire_{place.lower()}.txt").write_text(
            f"{company} to build warehouse near {place}\n\n" + STORY.format(place=place, company=company), encoding="utf-8")


def published_articles(settings: Settings) -> set[str]:
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        return {row[0] for row in con.execute(
            "SELECT r.source_name FROM raw.articles r JOIN analytics.articles a USING (article_id)").fetchall()}


def test_one_article_the_chain_fails_on_is_quarantined_and_a_small_batch_is_published(
        wirehouse_home, chain_failing_on_one_name, capsys):
    write_stories(wirehouse_home / "inbox", {"Lodz": "Brenmark Logistics", "Brno": UNREADABLE, "Graz": "Talvik Freight"})
    assert main(["run", "--quiet"]) == 0
    settings = Settings.from_env()
    assert published_articles(settings) == {"wire_lodz.txt", "wire_graz.txt"}
    out = capsys.readouterr().out
    assert "succeeded: published" in out and "1 article(s) quarantined" in out
    with duckdb.connect(str(settings.work_db), read_only=True) as con:
        assert con.execute("SELECT r.source_name, q.reason_code FROM audit.quarantine q JOIN raw.articles r "
                           "USING (article_id)").fetchall() == [("wire_brno.txt", "entities_error")]


def test_two_of_three_articles_quarantined_block_the_batch(wirehouse_home, chain_failing_on_one_name, capsys):
    write_stories(wirehouse_home / "inbox", {"Lodz": "Brenmark Logistics", "Brno": UNREADABLE,
                                             "Graz": f"{UNREADABLE} Freight"})
    assert main(["run", "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "FAILED: not published" in out and "check failed: entities/mentions quarantine_share" in out
    assert "2 article(s) quarantined" in out
    assert not Settings.from_env().warehouse_db.exists() or not published_articles(Settings.from_env())
