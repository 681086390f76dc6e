"""Matrix cases a rule set is known to miss, kept in a text file one id a line, run as strict
xfails: the suite stays green, and a fix that makes a case pass fails the run until its line is
removed from the file."""

from pathlib import Path

import pytest


def recorded_misses(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines} - {""}


def strict_xfail_params(cases, misses: set[str]):
    """One pytest param per case (id its case_id), a recorded miss marked as a strict xfail."""
    for case in cases:
        marks = [pytest.mark.xfail(strict=True, reason="recorded miss")] if case.case_id in misses else []
        yield pytest.param(case, id=case.case_id, marks=marks)
