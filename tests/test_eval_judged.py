"""The judged held-out sample's scoring (pipelines.eval_judged) on invented cards, and the judgement
file's own consistency."""

import json
from collections import Counter
from pathlib import Path

import pytest

from pipelines.eval_judged import JUDGEMENTS, claims, input_files, key, load_judgements, rounds, score, selection


def entity(text, start, type_, iso=None, country=None, entity_id=None):
    return {"text": text, "start": start, "end": start + len(text), "type": type_, "iso_code": iso,
            "country_code": country, "entity_id": entity_id or f"id:{text}", "canonical_name": text}


# "Orla Brandt of Kestrel Motors met Paulo Reis in Georgia." (invented), with Georgia the US state
# resolved to the country.
CARD = {
    "entities": [entity("Orla Brandt", 0, "PERSON"), entity("Kestrel Motors", 15, "PERSON"),
                 entity("Paulo Reis", 34, "PERSON"), entity("Georgia", 48, "COUNTRY", iso="GEO")],
    "amounts": [{"text": "$5m", "start": 60, "end": 63, "currency": "USD", "min": 5e6, "max": 5e6}],
    "relations": [{"subject": "id:Orla Brandt", "predicate": "met_with", "object": "id:Paulo Reis", "sentence": 0}],
}


def judged(claim, verdict):
    return {**claim, "verdict": verdict}


def test_every_claim_is_scored_by_its_verdict():
    found = claims("f1", CARD)
    assert {c["kind"] for c in found} == {"country", "mention_country", "amount", "met_with"}
    verdicts = {key(c): {"country": "false", "mention_country": "wrong", "amount": "right",
                         "met_with": "right"}[c["kind"]] for c in found}
    gold = [{"file": "f1", "kind": "company", "start": 15, "end": 29, "text": "Kestrel Motors"},
            {"file": "f1", "kind": "missed_amount", "start": 70, "end": 80, "text": "Rs 2 crore"}]
    result = score({"f1": CARD}, verdicts, gold)
    assert result["false_countries"] == 1 and result["articles_with_a_false_country"] == 1
    assert (result["wrong_country_mentions"], result["place_org_mentions"]) == (1, 1)
    assert (result["companies_typed_org"], result["companies_not_org"]) == (0, 1)
    assert (result["amounts_right"], result["amounts"], result["amounts_missed"]) == (1, 2, 1)
    assert (result["met_with_right"], result["unjudged"]) == (1, 0)


def test_a_claim_made_differently_is_unjudged_not_scored():
    found = claims("f1", CARD)
    verdicts = {key(c): "right" for c in found if c["kind"] == "amount"}
    changed = {**CARD, "amounts": [{**CARD["amounts"][0], "max": 6e6}]}
    result = score({"f1": changed}, verdicts, [])
    assert result["amounts"] == 0
    assert {c["kind"] for c in result["unjudged_claims"]} == {"country", "mention_country", "amount", "met_with"}
    assert all(c["verdict"] is None for c in result["unjudged_claims"])


def test_a_company_found_as_org_counts_and_a_covered_missed_amount_is_no_longer_missed():
    card = {**CARD, "entities": [entity("Kestrel Motors", 15, "ORG")],
            "amounts": [{"text": "Rs 2 crore", "start": 70, "end": 80, "currency": "INR", "min": 2e7, "max": 2e7}],
            "relations": []}
    gold = [{"file": "f1", "kind": "company", "start": 15, "end": 29, "text": "Kestrel Motors"},
            {"file": "f1", "kind": "missed_amount", "start": 70, "end": 80, "text": "Rs 2 crore"}]
    result = score({"f1": card}, {}, gold)
    assert result["company_org_share"] == 1.0
    assert result["amounts_missed"] == 0 and result["unjudged"] == 1  # the new amount waits for a verdict


def test_money_gold_counts_found_sums_and_a_sum_no_amount_covers_as_missed():
    gold = [{"file": "f1", "kind": "money", "start": 60, "end": 63, "text": "$5m"},
            {"file": "f1", "kind": "money", "start": 90, "end": 96, "text": "€7,000"}]
    verdicts = {key(c): "right" for c in claims("f1", CARD) if c["kind"] == "amount"}
    result = score({"f1": CARD}, verdicts, gold)
    assert (result["money_sums"], result["money_sums_found"]) == (2, 1)
    assert (result["amounts_right"], result["amounts"], result["amounts_missed"]) == (1, 2, 1)


def test_a_meeting_is_found_when_a_met_with_joins_its_two_named_sides_either_way_round():
    meeting = {"file": "f1", "kind": "meeting", "subject": {"start": 0, "end": 11, "text": "Orla Brandt"},
               "object": {"start": 34, "end": 44, "text": "Paulo Reis"}}
    assert score({"f1": CARD}, {}, [meeting])["meetings_found"] == 1
    reversed_ = {**CARD, "relations": [{**CARD["relations"][0], "subject": "id:Paulo Reis", "object": "id:Orla Brandt"}]}
    assert score({"f1": reversed_}, {}, [meeting])["meetings_found"] == 1
    to_the_firm = {**CARD, "relations": [{**CARD["relations"][0], "object": "id:Kestrel Motors"}]}
    result = score({"f1": to_the_firm}, {}, [meeting])
    assert (result["meetings_found"], result["meetings"], result["meetings_as_meet_events"]) == (0, 1, 0)


def test_a_meeting_counts_as_a_meet_event_only_when_both_sides_are_its_parties():
    meeting = {"file": "f1", "kind": "meeting", "subject": {"start": 0, "end": 11, "text": "Orla Brandt"},
               "object": {"start": 34, "end": 44, "text": "Paulo Reis"}}
    both = {"type": "meet", "parties": [{"entity_id": "id:Orla Brandt"}, {"entity_id": "id:Paulo Reis"}]}
    firm = {"type": "meet", "parties": [{"entity_id": "id:Orla Brandt"}, {"entity_id": "id:Kestrel Motors"}]}
    assert score({"f1": {**CARD, "events": [both]}}, {}, [meeting])["meetings_as_meet_events"] == 1
    assert score({"f1": {**CARD, "events": [firm]}}, {}, [meeting])["meetings_as_meet_events"] == 0


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
def test_rounds_are_disjoint_outside_the_event_splits_and_rounds_3_to_8_keep_their_prefiltered_files():
    chosen = selection()
    by_round = rounds()
    files = [f for file_ids in by_round.values() for f in file_ids]
    assert len(files) == len(set(files))
    assert not {f.split("/", 1)[1] for f in files if f.startswith("bbc/")} & chosen.event_files()
    for round_, size in ((3, 8), (4, 6), (5, 12), (6, 12), (7, 10), (8, 10)):
        paths = [chosen.BBC / f.split("/", 1)[1] for f in by_round[round_] if f.startswith("bbc/")]
        texts = [chosen.bbc_text(f"{p.parent.name}/{p.name}") for p in paths]
        assert len(paths) == size and all(chosen.PREFILTERS[round_](text) for text in texts)
        assert len(set(texts)) == len(texts)
        assert not {f"{p.parent.name}/{p.name}" for p in paths} & chosen.bench_files()
    naeb = {str(a["id"]): a["text"] for a in json.loads(chosen.NAEB.read_text(encoding="utf-8"))}
    for round_, size in ((5, 4), (6, 4), (7, 6), (8, 6)):
        texts = [naeb[f.split("/", 1)[1]] for f in by_round[round_] if f.startswith("naeb/")]
        low, high = chosen.NAEB_CHARS_BY_ROUND.get(round_, chosen.NAEB_CHARS)
        assert len(texts) == size and all(chosen.NAEB_PREFILTERS[round_](text) for text in texts)
        assert all(low <= len(text) <= high for text in texts)
    round_6_folders = Counter(f.split("/")[1] for f in by_round[6] if f.startswith("bbc/"))
    assert round_6_folders == {"business": 6, "tech": 3, "entertainment": 2, "sport": 1}
    for round_ in (7, 8):
        folders = Counter(f.split("/")[1] for f in by_round[round_] if f.startswith("bbc/"))
        assert folders == {"business": 4, "tech": 3, "entertainment": 2, "sport": 1}
    # rounds 8 to 12 keep to the first half of the NAEB ids sorted as strings (the event annotations take the second)
    first_half = sorted(naeb)[:len(naeb) // 2]
    for round_ in (8, 9, 10, 11, 12):
        assert all(f.split("/", 1)[1] in first_half for f in by_round[round_] if f.startswith("naeb/"))


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
@pytest.mark.parametrize("round_", [9, 10, 11, 12])
def test_rounds_9_to_12_are_plain_draws_outside_the_bench_and_copies_of_used_files(round_):
    chosen = selection()
    by_round = rounds()
    bbc = [f.split("/", 1)[1] for f in by_round[round_] if f.startswith("bbc/")]
    _, folders, size = chosen.ROUNDS[round_]
    assert Counter(f.split("/")[0] for f in bbc) == folders
    assert not set(bbc) & chosen.bench_files()
    earlier = {chosen.bbc_text(f.split("/", 1)[1]) for r in range(1, round_) for f in by_round[r]
               if f.startswith("bbc/")}
    texts = [chosen.bbc_text(f) for f in bbc]
    assert len(set(texts)) == len(texts) and not set(texts) & earlier
    # no prefilter: a plain draw takes files a prefilter of rounds 3-8 would have left out
    assert not all(chosen.names_organisations(text) for text in texts)
    naeb = {str(a["id"]): a["text"] for a in json.loads(chosen.NAEB.read_text(encoding="utf-8"))}
    low, high = chosen.NAEB_CHARS_BY_ROUND[round_]
    drawn = [naeb[f.split("/", 1)[1]] for f in by_round[round_] if f.startswith("naeb/")]
    assert len(drawn) == size and all(low <= len(text) <= high for text in drawn)


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
def test_rounds_10_to_12_leave_rounds_1_to_11_as_they_were_drawn():
    by_round = rounds()
    # the first and last file of each earlier round, as drawn before rounds 10 to 12 were added
    assert [(by_round[r][0], by_round[r][-1]) for r in range(1, 12)] == [
        ("bbc/business/024.txt", "naeb/332"), ("bbc/business/224.txt", "naeb/353"),
        ("bbc/business/104.txt", "naeb/365"), ("bbc/business/126.txt", "bbc/politics/312.txt"),
        ("bbc/business/064.txt", "naeb/388"), ("bbc/business/116.txt", "naeb/432"),
        ("bbc/business/233.txt", "naeb/349"), ("bbc/business/198.txt", "naeb/224"),
        ("bbc/business/097.txt", "naeb/194"), ("bbc/business/184.txt", "naeb/280"),
        ("bbc/business/099.txt", "naeb/256")]


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
def test_round_11_draws_business_and_politics_from_odd_numbered_files_no_even_numbered_one_repeats():
    chosen = selection()
    drawn = [f.split("/", 1)[1] for f in rounds()[11] if f.split("/")[1] in ("business", "politics")]
    assert len(drawn) == 8 and all(int(Path(f).stem) % 2 for f in drawn)
    even = {chosen.bbc_text(f"{p.parent.name}/{p.name}") for folder in ("business", "politics")
            for p in (chosen.BBC / folder).glob("*.txt") if int(p.stem) % 2 == 0}
    assert not {chosen.bbc_text(f) for f in drawn} & even
    # the other folders keep every number: an even-numbered file is drawn there
    others = [f for f in rounds()[11] if f.split("/")[1] in ("tech", "entertainment", "sport")]
    assert any(int(Path(f).stem) % 2 == 0 for f in others)


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
def test_round_12_draws_business_and_politics_numbered_up_to_200_outside_the_event_audit():
    chosen = selection()
    drawn = [f.split("/", 1)[1] for f in rounds()[12] if f.startswith("bbc/")]
    business_politics = [f for f in drawn if f.split("/")[0] in ("business", "politics")]
    assert len(business_politics) == 8 and all(int(Path(f).stem) <= 200 for f in business_politics)
    audited = chosen.event_audit_files()
    assert audited and not set(drawn) & audited and not set(rounds()[12]) & audited
    audited_texts = {chosen.bbc_text(f) for f in audited if not f.startswith("naeb/")}
    assert not {chosen.bbc_text(f) for f in drawn} & audited_texts
    # the other folders keep every number: a file numbered above 200 is drawn there
    assert any(int(Path(f).stem) > 200 for f in drawn if f.split("/")[0] in ("tech", "entertainment", "sport"))


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
def test_round_13_draws_entertainment_and_sport_and_english_zyte_texts_at_odd_positions(tmp_path):
    chosen = selection()
    by_round = rounds()
    # round 12 as drawn before round 13 was added
    assert (by_round[12][0], by_round[12][-1]) == ("bbc/business/083.txt", "naeb/285")
    bbc = [f.split("/", 1)[1] for f in by_round[13] if f.startswith("bbc/")]
    assert Counter(f.split("/")[0] for f in bbc) == {"entertainment": 4, "sport": 4}
    assert not set(bbc) & (chosen.bench_files() | chosen.event_files())
    earlier = {chosen.bbc_text(f.split("/", 1)[1]) for r in range(1, 13) for f in by_round[r] if f.startswith("bbc/")}
    assert not {chosen.bbc_text(f) for f in bbc} & earlier
    zyte = [f.split("/", 1)[1] for f in by_round[13] if f.startswith("zyte/")]
    bodies = chosen.zyte_bodies()
    odd_positions = set(sorted(bodies)[1::2])
    assert len(zyte) == 7 and set(zyte) <= odd_positions
    assert all(1500 <= len(bodies[i]) <= 6000 for i in zyte)
    assert not [f for r in range(1, 13) for f in by_round[r] if f.startswith("zyte/")]
    # the judged evaluation reads a Zyte page as a JSON record of its gold body and url
    path = input_files(tmp_path, [f"zyte/{zyte[0]}"])[f"zyte/{zyte[0]}"]
    assert json.loads(path.read_text(encoding="utf-8")) == {"articleBody": bodies[zyte[0]],
                                                            "url": chosen.zyte_urls()[zyte[0]]}


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
@pytest.mark.parametrize("round_", [6, 7, 8])
def test_rounds_6_to_8_gold_holds_companies_in_every_article_and_sums_of_money(round_):
    _, gold = load_judgements(JUDGEMENTS)
    files = set(rounds()[round_])
    judged = [g for g in gold if g["file"] in files]
    assert {g["kind"] for g in judged} == {"company", "money"}
    # round 8's weaker NAEB prefilter (two organisation words) let through a text naming no company
    naming = files if round_ < 8 else {f for f in files if f.startswith("bbc/")}
    assert naming <= {g["file"] for g in judged if g["kind"] == "company"}


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
def test_round_9_gold_holds_companies_of_every_business_file_sums_of_money_and_meetings():
    _, gold = load_judgements(JUDGEMENTS)
    files = set(rounds()[9])
    judged = [g for g in gold if g["file"] in files]
    assert {g["kind"] for g in judged} == {"company", "money", "meeting"}
    assert {f for f in files if f.startswith("bbc/business/")} <= {g["file"] for g in judged if g["kind"] == "company"}


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
def test_round_10_gold_holds_companies_sums_of_money_and_meetings_and_every_business_file_holds_some():
    _, gold = load_judgements(JUDGEMENTS)
    files = set(rounds()[10])
    judged = [g for g in gold if g["file"] in files]
    assert {g["kind"] for g in judged} == {"company", "money", "meeting"}
    # a budget speech names no company but states sums of money
    assert {f for f in files if f.startswith("bbc/business/")} <= {g["file"] for g in judged}


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
@pytest.mark.parametrize("round_", [11, 12])
def test_rounds_11_and_12_gold_holds_companies_of_bbc_files_and_naeb_texts_sums_of_money_and_a_meeting(round_):
    _, gold = load_judgements(JUDGEMENTS)
    files = set(rounds()[round_])
    judged = [g for g in gold if g["file"] in files]
    assert {g["kind"] for g in judged} == {"company", "money", "meeting"}
    assert {g["file"].split("/")[0] for g in judged if g["kind"] == "company"} == {"bbc", "naeb"}


@pytest.mark.skipif(not selection().EVAL.is_dir(), reason="../shared/eval is not present")
@pytest.mark.parametrize("round_", [6, 7, 8, 9, 10, 11, 12])
def test_rounds_6_to_12_gold_names_are_written_at_their_offsets_in_the_article_body(round_, tmp_path):
    from assets.parsed.dispatch import parse_document
    from assets.raw.intake import read_document

    _, gold = load_judgements(JUDGEMENTS)
    bodies = {}
    for file_id, path in input_files(tmp_path, rounds()[round_]).items():
        (document,) = read_document(path.name, path.read_bytes(), path.stat().st_size + 1)
        bodies[file_id] = parse_document(document.text, document.content_type).body
    judged = [g for g in gold if g["file"] in bodies]
    # a meeting's names are its two sides
    spans = [(g["file"], side) for g in judged for side in ((g["subject"], g["object"]) if g["kind"] == "meeting" else (g,))]
    assert spans and all(bodies[file_id][s["start"]:s["end"]] == s["text"] for file_id, s in spans)


def test_a_bad_verdict_names_its_line(tmp_path):
    path = tmp_path / "judged.jsonl"
    path.write_text(json.dumps({"file": "f1", "kind": "country", "iso_code": "GEO", "verdict": "maybe"}) + "\n")
    with pytest.raises(ValueError, match="line 1: kind 'country' with verdict 'maybe'"):
        load_judgements(path)


def test_the_judgement_file_reads_and_holds_every_kind():
    verdicts, gold = load_judgements(JUDGEMENTS)
    kinds = {k[1] for k in verdicts} | {g["kind"] for g in gold}
    assert {"country", "mention_country", "amount", "company", "money", "meeting"} <= kinds
    assert all("text" not in g or len(g["text"]) < 60 for g in gold)  # names as written, no article text
