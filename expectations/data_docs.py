"""Data Docs that render offline. GX's pages load Bootstrap, jQuery, bootstrap-table, the Font
Awesome icons of the pass/fail marks and the logo from CDNs; without a network they come out
unstyled with blank icons. `localise` copies the files shipped in data_docs_vendor/ into the site
and points every page at them (paths relative to each page, so the site works from file:// and
when moved)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

VENDOR = Path(__file__).parent / "data_docs_vendor"
SITE_VENDOR = Path("static") / "vendor"
# CDN address in GX's templates → the shipped file (under data_docs_vendor/).
LOCAL_COPIES = {
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": "bootstrap.min.css",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": "bootstrap.min.js",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": "popper.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": "fontawesome/css/all.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": "bootstrap-table.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": "bootstrap-table.min.js",
    # the templates ask for 1.19.0's stylesheet (minified or not) beside 1.19.1's script
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css":
        "bootstrap-table-filter-control.min.css",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css":
        "bootstrap-table-filter-control.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js":
        "bootstrap-table-filter-control.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css":
        "bootstrap-datepicker.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js":
        "bootstrap-datepicker.min.js",
}
# The logo and images GX serves from S3 are in the site's own static/images/ too.
IMAGES_CDN = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
# Tags of what no page here uses (Vega charts of profiling results; the dark theme): dropped.
UNUSED_TAGS = re.compile(
    r'<script src="https://cdn\.jsdelivr\.net/npm/vega[^"]*"></script>\s*'
    r'|<link rel="stylesheet" href="https://cdn\.jsdelivr\.net/npm/@forevolve/bootstrap-dark@[^"]*"\s*/?>\s*'
)
# Subresource-integrity hashes name the CDN's bytes; a local copy is trusted as shipped.
INTEGRITY = re.compile(r'\s+integrity="[^"]*"|\s+crossorigin="anonymous"')
REMOTE_ADDRESS = re.compile(r'(?:src|href)="(https?://[^"]+\.(?:css|js|png|svg|woff2?)[^"]*)"')


def localise(site_dir: Path) -> None:
    """Copy the shipped files into the site and rewrite every page to use them."""
    shutil.copytree(VENDOR, site_dir / SITE_VENDOR, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.md"))
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        localised = localise_page(html, Path(os.path.relpath(site_dir, page.parent)))
        if localised != html:
            page.write_text(localised, encoding="utf-8")


def localise_page(html: str, site_root: Path) -> str:
    """`html` with CDN addresses replaced by paths under `site_root` (the site, relative to the page)."""
    html = UNUSED_TAGS.sub("", html)
    for address, local in LOCAL_COPIES.items():
        html = html.replace(f'"{address}"', f'"{(site_root / SITE_VENDOR / local).as_posix()}"')
    html = html.replace(f'"{IMAGES_CDN}', f'"{(site_root / "static" / "images").as_posix()}/')
    return INTEGRITY.sub("", html)


def remote_addresses(html: str) -> list[str]:
    """Stylesheets, scripts, fonts and images a page still loads from the network."""
    return REMOTE_ADDRESS.findall(html)
