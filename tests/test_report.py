"""`wirehouse report`: one offline HTML page of the published warehouse. Here on a warehouse with
batches but no articles (every content section says it is empty); the sample run's report, its
numbers against `wirehouse query` and its rendering in Chromium are in test_pipeline_end_to_end."""

from __future__ import annotations

import pandas as pd
import pytest
from lxml import html as lxml_html

from pipelines.cli import main
from pipelines.publish import latest_report
from pipelines.report import CHECK_COLOURS, OUTCOME_COLOURS, write_report
from pipelines.settings import Settings
from tests.browser import MISSING, chromium, run_chromium
from tests.test_warehouse_db import rejects
from warehouse.db import mark_batch, publish, query_warehouse, replace_batch, write_transaction

CONTENT_SECTIONS = ("flows", "events", "funders", "entities")


def page_tables(page: str) -> dict[str, list[list[str]]]:
    """The rows of each section's table of numbers, cells as printed."""
    tree = lxml_html.fromstring(page)
    return {table.get("data-section"): [[cell.text_content() for cell in row.findall("td")]
                                        for row in table.findall("tbody/tr")]
            for table in tree.iter("table")}


def page_totals(page: str) -> dict[str, str]:
    tree = lxml_html.fromstring(page)
    return {div.find("span").text_content(): div.find("b").text_content() for div in tree.find_class("total")}


def empty_notes(page: str) -> dict[str, str]:
    """The sentence each section says instead of a chart, by section."""
    tree = lxml_html.fromstring(page)
    return {p.getparent().get("id"): p.text_content() for p in tree.find_class("empty")}


def chart_marks(page: str) -> dict[str, int]:
    """Per chart (by section): the bars Vega drew in its SVG, those with a shape."""
    tree = lxml_html.fromstring(page)
    return {figure.get("data-section"): len(figure.xpath(".//*[local-name()='g'][contains(@class, 'mark-rect')]"
                                                         "/*[local-name()='path'][string-length(@d) > 0]"))
            for figure in tree.find_class("chart")}


def usd_mn(usd: float | None) -> str:
    return "–" if usd is None else f"{round(usd / 1e6, 1):,.1f}"


def assert_renders_offline(page, tmp_path, sections: set[str]) -> None:
    """The page asks for nothing outside itself, each of `sections` has a chart with bars, and
    Chromium with the network off paints it, the charts' colours included."""
    from PIL import Image

    text = page.read_text(encoding="utf-8")
    tree = lxml_html.fromstring(text)
    assert not tree.xpath("//script | //link | //iframe | //object | //embed")
    assert [value for value in tree.xpath("//@src | //@href") if not value.startswith("#")] == []
    marks = chart_marks(text)
    assert set(marks) == sections and all(marks.values()), marks
    if chromium() is None:
        pytest.skip(MISSING)
    screenshot = tmp_path / "report.png"
    completed = run_chromium(tmp_path / "profile", "--window-size=1100,6000", f"--screenshot={screenshot}",
                             page.as_uri())
    assert screenshot.is_file(), completed.stderr[-2000:]
    image = Image.open(screenshot).convert("RGB")
    colours = {colour: count for count, colour in image.getcolors(maxcolors=1 << 20)}
    assert len(colours) > 50, "the screenshot is blank"
    for hex_colour in (OUTCOME_COLOURS["loaded"], CHECK_COLOURS["passed"]):
        rgb = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        assert colours.get(rgb, 0) > 500, f"no bars painted in {hex_colour}"


@pytest.fixture
def no_articles(wirehouse_home):
    """A published batch of rejects only, with its check results, and a failed batch kept back."""
    settings = Settings.from_env()
    with write_transaction(settings) as con:
        for batch_id, status, passed in (("b1", "published", True), ("b2", "failed", False)):
            replace_batch(con, "raw.rejects", batch_id, rejects(batch_id))
            replace_batch(con, "audit.check_results", batch_id, pd.DataFrame([{
                "batch_id": batch_id, "layer": "raw", "check_name": "raw_rejects_suite", "passed": passed,
                "rows_checked": 1, "expectations_failed": 0 if passed else 1, "articles_quarantined": 0,
                "failed_expectations": "", "checked_at": pd.Timestamp("2026-01-01"),
            }]))
            mark_batch(con, batch_id, status)
    publish(settings)
    return settings


def test_sections_without_rows_say_so_and_health_is_drawn(no_articles):
    page = write_report(no_articles).read_text(encoding="utf-8")
    notes = empty_notes(page)
    assert all(key in notes for key in CONTENT_SECTIONS), notes
    assert notes["quarantines"] == "No article was quarantined in the published batches."
    assert set(chart_marks(page)) == {"batches", "rejects", "checks"}
    tables = page_tables(page)
    _, counts = query_warehouse("SELECT reason_code, count(*) FROM raw.rejects GROUP BY ALL", no_articles)
    assert [(reason, str(n)) for reason, n in counts] == [(row[0], row[1]) for row in tables["rejects"]]
    assert page_totals(page)["published batches"] == "1"
    # the failed batch is not in the published file, but the pipeline's file names it and its check
    assert [row[0] for row in tables["withheld"]] == ["b2"] and tables["withheld"][0][3] == "raw raw_rejects_suite"


def test_without_the_pipelines_file_the_report_says_what_it_cannot_know(no_articles, monkeypatch, tmp_path):
    monkeypatch.setenv("WIREHOUSE_WORK_DB", str(tmp_path / "elsewhere.duckdb"))
    page = write_report(Settings.from_env()).read_text(encoding="utf-8")
    assert empty_notes(page)["withheld"] == "Not known here."
    assert "could not be read" in page


def test_the_command_writes_where_asked_and_explains_bad_input(no_articles, tmp_path, capsys, monkeypatch):
    out = tmp_path / "nested" / "page.html"
    assert main(["report", "--since", "2026-01-01", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "since 2026-01-01" in out.read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["report", "--since", "yesterday"])
    assert "'yesterday' is no date: write it as YYYY-MM-DD" in capsys.readouterr().err
    monkeypatch.setenv("WIREHOUSE_DB", str(tmp_path / "none.duckdb"))
    assert main(["report"]) == 2
    assert "no warehouse at" in capsys.readouterr().err


def test_a_report_that_fails_is_logged_and_the_publish_stands(no_articles, monkeypatch):
    import dagster as dg

    def broken(settings):
        raise ValueError("no ink")

    monkeypatch.setattr("pipelines.report.write_report", broken)
    assert latest_report(dg.build_asset_context(), no_articles) == {"report_error": "ValueError: no ink"}
    assert not no_articles.report.exists()
