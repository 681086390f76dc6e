"""Issue 9's audit of predicted events: the draw (eval/events/audit/sample.py), the verdicts and
`python -m pipelines.eval_events --audit`, on invented events and articles."""

import importlib.util
import json

import pytest

from assets.parsed.dispatch import detect_language
from pipelines.eval_events import (BBC, GOLD_DIR, SPLIT_CORPORA, ZYTE, GoldError, audit_score, load_verdicts, main,
                                   verdict_line)
from tests.test_eval_events import word_runs


def audit_module():
    spec = importlib.util.spec_from_file_location("audit_sample", GOLD_DIR / "audit" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (BBC.is_dir() and SPLIT_CORPORA["web"].exists() and ZYTE.exists()),
                    reason="../shared/eval/bbc, naeb-dev or zyte is not present")
def test_audit_batches_are_prefiltered_disjoint_and_in_no_split_round_or_bench_sample():
    audit = audit_module()
    splits = audit.module("event_selection", GOLD_DIR / "selection.py")
    rounds = audit.module("entity_selection", GOLD_DIR.parent / "entities" / "selection.py")
    first, second, third, fourth = audit.batches().values()
    ids = audit.audit_ids()
    assert ids == first + second + third + fourth
    zyte = [f for f in fourth if f.startswith("zyte/")]
    bbc = (first[:audit.AUDIT_BBC] + second + [f for f in third if not f.startswith("naeb/")]
           + [f for f in fourth if not f.startswith("zyte/")])
    naeb = first[audit.AUDIT_BBC:] + [f for f in third if f.startswith("naeb/")]
    # the third batch takes all that is left: 18 BBC files above THIRD_BBC_ABOVE and 2 NAEB texts; the fourth
    # every business and politics file left (11) besides its tech files and Zyte pages
    assert len(set(ids)) == len(ids) == (audit.AUDIT_BBC + audit.AUDIT_NAEB + audit.SECOND_BBC + 18 + 2
                                         + 11 + audit.FOURTH_TECH + audit.FOURTH_ZYTE)
    assert all(f.split("/")[0] in splits.FOLDERS for f in bbc if f not in fourth)
    assert sum(f.startswith("tech/") for f in fourth) == audit.FOURTH_TECH
    assert all(f.startswith("naeb/") for f in naeb)
    assert all(splits.event_rich(splits.article_text(f)) for f in ids)
    assert not set(ids) & (rounds.event_files() | rounds.bench_files() | set(splits.web_ids()))
    for batch, judged_rounds in ((first + second, audit.JUDGED_ROUNDS), (third, audit.THIRD_JUDGED_ROUNDS),
                                 (fourth, audit.FOURTH_JUDGED_ROUNDS)):
        judged = {f for round_ in judged_rounds for f in rounds.bbc_ids(round_) + rounds.naeb_ids(round_)}
        assert not {f if f.startswith(("naeb/", "zyte/")) else f"bbc/{f}" for f in batch} & judged
    assert all(int(f.split("/")[1][:-4]) > audit.THIRD_BBC_ABOVE for f in third if not f.startswith("naeb/"))
    used_texts = {rounds.bbc_text(f) for f in rounds.event_files() | rounds.bench_files()
                  if f.split("/")[0] in (*splits.FOLDERS, "tech")}
    assert not {rounds.bbc_text(f) for f in bbc} & used_texts
    assert len({rounds.bbc_text(f) for f in bbc}) == len(bbc)
    # the Zyte pages: English ones at even positions of the sorted ids (entity round 13 takes the odd ones)
    even = set(sorted(splits.zyte_bodies())[::2])
    assert {f.split("/")[1] for f in zyte} <= even
    assert all(detect_language(splits.zyte_bodies()[f.split("/")[1]]) == "en" for f in zyte)
    naeb_ids = sorted(splits.naeb_articles())
    assert {f.split("/")[1] for f in naeb} <= set(naeb_ids[len(naeb_ids) // 2:])


@pytest.mark.skipif(not (BBC.is_dir() and SPLIT_CORPORA["web"].exists() and ZYTE.exists()),
                    reason="../shared/eval/bbc, naeb-dev or zyte is not present")
def test_the_first_two_batches_and_the_fourth_draw_as_when_they_were_judged():
    first, second, _, fourth = audit_module().batches().values()
    assert first == FIRST_BATCH and second == SECOND_BATCH and fourth == FOURTH_BATCH


FIRST_BATCH = [
    *(f"business/{n}.txt" for n in ("100", "150", "154", "188", "196", "210", "223", "250", "287", "300", "316", "367",
                                    "407", "418", "437", "454", "475", "478")),
    *(f"politics/{n}.txt" for n in ("171", "210", "211", "214", "292", "301", "414")),
    *(f"naeb/{n}" for n in ("297", "303", "329", "335", "350", "367", "375", "377", "430", "44", "47", "6", "73", "81",
                            "9"))]
SECOND_BATCH = [
    *(f"business/{n}.txt" for n in ("088", "089", "093", "107", "130", "202", "217", "218", "219", "244", "301", "389",
                                    "400", "422", "460", "473", "510")),
    *(f"politics/{n}.txt" for n in ("165", "181", "338"))]
FOURTH_BATCH = [
    *(f"business/{n}.txt" for n in ("068", "074", "080", "146", "153", "180", "189")),
    *(f"politics/{n}.txt" for n in ("097", "126", "154", "179")),
    *(f"tech/{n}.txt" for n in ("065", "082", "093", "097", "142", "231", "249", "283", "300", "316", "358", "371")),
    *(f"zyte/{id_}" for id_ in ("1f765c48780665e89cc3af1f7c9af47876e9fae9b5be4a936b0649e10f5e3198",
                                "374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4",
                                "a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31",
                                "c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79",
                                "e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266",
                                "f81c6c05d9cbc93316992fa23ef74ec405194e292611f2e94f6a814868903665",
                                "fde930b01859de8311c6a14f8aa8c72be0659b551367803deb6736cf3526cf2e"))]


def predicted(type_, start, agent=None, recipient=None, parties=()):
    def party(text):
        return {"entity_id": text.lower(), "name": text, "text": text}

    return {"type": type_, "agent": agent and party(agent), "recipient": recipient and party(recipient),
            "seller": None, "parties": [party(p) for p in parties], "start": start, "end": start + 20}


def verdict(event, file_id, verdict_, cause=None, reason="invented"):
    return {**verdict_line(file_id, event), "verdict": verdict_, "cause": cause, "reason": reason}


def write_verdicts(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_audit_looks_events_up_by_type_parties_and_evidence_start(tmp_path):
    buy = predicted("acquire", 0, agent="Veltrix", recipient="Omnia")
    meet = predicted("meet", 40, parties=["Ana Ruiz", "Daniel Okafor"])
    rumour = predicted("acquire", 80, agent="Pelora", recipient="Tarsa")
    verdicts = load_verdicts(write_verdicts(tmp_path / "v.jsonl", [
        verdict(buy, "f1", "right"), verdict(meet, "f1", "party_wrong", "party"),
        verdict(rumour, "f1", "not_event", "rumoured")]))
    # the same parties in another order, and a new event: the first is judged, the second is not
    reordered = predicted("meet", 40, parties=["Daniel Okafor", "Ana Ruiz"])
    moved = predicted("acquire", 81, agent="Pelora", recipient="Tarsa")
    swapped = predicted("acquire", 0, agent="Omnia", recipient="Veltrix")
    result = audit_score({"f1": [buy, reordered, rumour, moved, swapped], "f2": [buy]}, verdicts)
    assert (result["judged"], result["right"]) == (3, 1)
    assert result["precision"] == pytest.approx(1 / 3)
    assert result["causes"] == {"not_event: rumoured": 1, "party_wrong: party": 1, "right: None": 1}
    assert [(line["file"], line["start"], line["agent"]) for line in result["unjudged"]] == [
        ("f1", 81, "Pelora"), ("f1", 0, "Omnia"), ("f2", 0, "Veltrix")]
    assert result["unjudged"][0]["verdict"] is None
    assert audit_score({"f1": []}, verdicts)["precision"] is None
    # the same event twice from the same evidence: the second is a duplicate
    twice = audit_score({"f1": [buy, buy]}, verdicts)
    assert (twice["judged"], twice["right"], twice["causes"]) == (2, 1, {"duplicate: None": 1, "right: None": 1})


@pytest.mark.parametrize("change, message", [
    ({"verdict": "maybe"}, "is not one of"),
    ({"verdict": "not_event", "cause": "unlikely"}, "cause is one of"),
    ({"verdict": "party_wrong", "cause": None}, "cause is one of"),
    ({"verdict": "right", "cause": "agent"}, "cause is one of"),
    ({"reason": ""}, "says why"),
])
def test_verdict_errors_are_specific(tmp_path, change, message):
    line = verdict(predicted("lend", 5, agent="Norland", recipient="Pelora"), "f1", "right") | change
    with pytest.raises(GoldError, match=f"v.jsonl:1: .*{message}"):
        load_verdicts(write_verdicts(tmp_path / "v.jsonl", [line]))


def test_a_verdict_given_twice_is_refused(tmp_path):
    line = verdict(predicted("lend", 5, agent="Norland", recipient="Pelora"), "f1", "right")
    with pytest.raises(GoldError, match="v.jsonl:2: f1: the lend at 5 is judged twice"):
        load_verdicts(write_verdicts(tmp_path / "v.jsonl", [line, line]))


def test_audit_runs_the_extractor_and_lists_unjudged_events(tmp_path, monkeypatch, capsys):
    """An invented two-article audit: one event judged right, the other listed to judge."""
    (tmp_path / "bbc" / "business").mkdir(parents=True)
    (tmp_path / "bbc" / "business" / "1.txt").write_text(
        "Veltrix buys Omnia\n\nVeltrix Holdings has agreed to buy the Pelorian retailer Omnia for $2bn.\n",
        encoding="utf-8")
    (tmp_path / "bbc" / "business" / "2.txt").write_text(
        "Leaders meet\n\nBritish Prime Minister John Harwood met French President Claire Dumont in Lisbon on "
        "Monday to discuss trade.\n",
        encoding="utf-8")
    audit_dir = tmp_path / "audit"
    audit_dir.mkdir()
    (audit_dir / "sample.py").write_text(
        'def batches():\n    return {"first": ["business/1.txt"], "second": ["business/2.txt"]}\n')
    monkeypatch.setattr("pipelines.eval_events.BBC", tmp_path / "bbc")
    monkeypatch.setattr("pipelines.eval_events.AUDIT_DIR", audit_dir)
    monkeypatch.setattr("pipelines.eval_events.SPLIT_CORPORA", {"web": tmp_path / "bbc"})
    # the audit needs every corpus it draws from; this invented one draws from none but the BBC folder
    monkeypatch.setattr("pipelines.eval_events.ZYTE", tmp_path / "bbc")
    monkeypatch.setenv("WIREHOUSE_HOME", str(tmp_path / "home"))
    (audit_dir / "verdicts.jsonl").write_text("")
    assert main(["--audit"]) == 0
    unjudged = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert {(line["file"], line["type"]) for line in unjudged} == {("business/1.txt", "acquire"),
                                                                   ("business/2.txt", "meet")}
    buy = next(line for line in unjudged if line["type"] == "acquire")
    write_verdicts(audit_dir / "verdicts.jsonl", [buy | {"verdict": "right", "reason": "invented"}])
    assert main(["--audit"]) == 0
    out = capsys.readouterr().out
    assert "audit (first): 1 articles, 1 predicted events judged, 1 right: precision 1.000" in out
    assert "audit (second): 1 articles, 0 predicted events judged" in out
    assert "audit (all): 2 articles, 1 predicted events judged, 1 right: precision 1.000" in out
    assert "1 predicted events have no verdict yet" in out and '"type": "meet"' in out


@pytest.mark.skipif(not (BBC.is_dir() and SPLIT_CORPORA["web"].exists() and ZYTE.exists()),
                    reason="../shared/eval/bbc, naeb-dev or zyte is not present")
def test_verdicts_judge_the_audit_sample_without_quoting_it():
    audit = audit_module()
    splits = audit.module("event_selection", GOLD_DIR / "selection.py")
    verdicts = load_verdicts(GOLD_DIR / "audit" / "verdicts.jsonl")
    ids = set(audit.audit_ids())
    for row in verdicts.values():
        assert row["file"] in ids
        text = splits.article_text(row["file"])
        assert not word_runs(row["reason"]) & word_runs(text), f"the verdict on {row['file']} quotes it"


def test_audit_skips_without_the_articles(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("pipelines.eval_events.BBC", tmp_path / "absent")
    assert main(["--audit"]) == 0
    assert "skipped" in capsys.readouterr().out
