"""Issue 9's blind audit of predicted events: the draw (eval/events/audit/sample.py)."""

import importlib.util

import pytest

from pipelines.eval_events import BBC, GOLD_DIR, SPLIT_CORPORA


def audit_module():
    spec = importlib.util.spec_from_file_location("audit_sample", GOLD_DIR / "audit" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (BBC.is_dir() and SPLIT_CORPORA["web"].exists()),
                    reason="../shared/eval/bbc or naeb-dev is not present")
def test_audit_sample_is_prefiltered_and_in_no_split_round_or_bench_sample():
    audit = audit_module()
    splits = audit.module("event_selection", GOLD_DIR / "selection.py")
    rounds = audit.module("entity_selection", GOLD_DIR.parent / "entities" / "selection.py")
    ids = audit.audit_ids()
    bbc, naeb = ids[:audit.AUDIT_BBC], ids[audit.AUDIT_BBC:]
    assert len(set(ids)) == len(ids) == audit.AUDIT_BBC + audit.AUDIT_NAEB
    assert all(f.split("/")[0] in splits.FOLDERS for f in bbc) and all(f.startswith("naeb/") for f in naeb)
    assert all(splits.event_rich(splits.article_text(f)) for f in ids)
    judged = {f for round_ in audit.JUDGED_ROUNDS for f in rounds.bbc_ids(round_) + rounds.naeb_ids(round_)}
    assert not set(ids) & (rounds.event_files() | rounds.bench_files() | set(splits.web_ids()))
    assert not {f"bbc/{f}" for f in bbc} & judged and not set(naeb) & judged
    used_texts = {rounds.bbc_text(f) for f in rounds.event_files() | rounds.bench_files()
                  if f.split("/")[0] in splits.FOLDERS}
    assert not {rounds.bbc_text(f) for f in bbc} & used_texts
    naeb_ids = sorted(splits.naeb_articles())
    assert {f.split("/")[1] for f in naeb} <= set(naeb_ids[len(naeb_ids) // 2:])
