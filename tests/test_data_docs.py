"""Data Docs render offline: every page points at the shipped static files, and (slow, with
Chromium) a page shows its styles, icon font and scripts with the network off."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from expectations.data_docs import LOCAL_COPIES, SITE_VENDOR, VENDOR, localise_page, remote_addresses
from expectations.runner import build_data_docs, gx_context, validate_frame
from tests.browser import MISSING, chromium, run_chromium

SUITE = {
    "name": "demo_offline",
    "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}, "meta": {}},
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "id", "min_value": 2}, "meta": {}},
    ],
    "meta": {"table": "demo.ids", "query": "SELECT 1"},
}


def test_every_cdn_address_maps_to_a_shipped_file():
    assert all((VENDOR / local).is_file() for local in LOCAL_COPIES.values())
    assert sorted(p.name for p in (VENDOR / "fontawesome" / "webfonts").glob("*.woff2"))


def test_a_page_is_pointed_at_the_local_copies_relative_to_itself():
    html = ('<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>'
            '<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>\n'
            '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>'
            '<script src="https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js" '
            'integrity="sha384-x" crossorigin="anonymous"></script>'
            '<img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=1">')
    local = localise_page(html, Path("../.."))
    assert remote_addresses(local) == []
    assert 'href="../../static/vendor/bootstrap.min.css"' in local
    assert 'src="../../static/vendor/popper.min.js"></script>' in local
    assert 'src="../../static/images/logo-long.png?d=1"' in local
    assert "vega" not in local


@pytest.fixture
def site(tmp_path) -> Path:
    """A rendered site of two stored validations (one passing, one failing)."""
    docs = tmp_path / "docs"
    context = gx_context(docs / ".gx")
    for run_name, ids in (("batch-a", [2, 3]), ("batch-b", [1, None])):
        validate_frame(SUITE, pd.DataFrame({"id": ids}), context, run_name=run_name)
    build_data_docs(docs)
    return docs


def test_the_rendered_site_loads_nothing_from_the_network(site):
    pages = list(site.rglob("*.html"))
    assert len(pages) >= 3  # the index and a page per validation
    assert {page: remote_addresses(page.read_text(encoding="utf-8")) for page in pages} == {page: [] for page in pages}
    assert (site / SITE_VENDOR / "fontawesome" / "css" / "all.min.css").is_file()


# Runs in the page once its fonts settle; Chromium's --dump-dom then prints what it found.
PROBE = """<script>
document.fonts.ready.then(() => {
  const icon = document.querySelector('.fa-check-circle, .fa-times, .fa-check, [class*="fa-"]');
  const found = {
    bootstrap: getComputedStyle(document.body).fontFamily.includes('apple-system'),
    icon_font: [...document.fonts].some(f => f.family.includes('Font Awesome') && f.status === 'loaded'),
    icon_glyph: icon ? getComputedStyle(icon, '::before').content !== 'none' : false,
    jquery: typeof window.jQuery === 'function',
  };
  document.body.setAttribute('data-probe', JSON.stringify(found));
});
</script>"""


@pytest.mark.slow
@pytest.mark.skipif(chromium() is None, reason=MISSING)
def test_a_validation_page_renders_styled_with_icons_in_headless_chromium_offline(site, tmp_path):
    [page] = [p for p in site.rglob("*.html") if "batch-b" in p.parts]
    probe = page.with_name("probe.html")  # beside the page, so its relative paths hold
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    completed = run_chromium(tmp_path / "profile", "--virtual-time-budget=5000", "--dump-dom", probe.as_uri())
    match = re.search(r"data-probe=\"([^\"]*)\"", completed.stdout)
    assert match, completed.stderr[-2000:]
    found = json.loads(match[1].replace("&quot;", '"'))
    assert found == {"bootstrap": True, "icon_font": True, "icon_glyph": True, "jquery": True}
