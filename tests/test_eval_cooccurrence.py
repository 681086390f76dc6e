"""The co_occurs_with usefulness score of pipelines.eval_cooccurrence on invented pairs, and the
judged file's format."""

import json

import pytest

from pipelines.eval_cooccurrence import JUDGED, load_judged, pair_key, score


def side(entity_id):
    return {"entity_id": entity_id, "text": entity_id.split(":")[1], "start": 0, "end": 1}


def pair(file, sentence, subject, obj, useful=None):
    row = {"file": file, "sentence": sentence, "subject": side(subject), "object": side(obj)}
    return row if useful is None else {**row, "useful": useful}


def test_share_of_useful_pairs_kept_and_dropped_and_pairs_per_article():
    current = {"a.txt": [pair("a.txt", 0, "org:x", "org:y"), pair("a.txt", 1, "org:x", "person:z")],
               "b.txt": []}
    judged = [pair("a.txt", 0, "org:x", "org:y", True), pair("a.txt", 2, "org:x", "org:w", False),
              pair("b.txt", 0, "org:v", "org:w", True)]
    result = score(current, judged)
    assert result["pairs"] == 2 and result["pairs_per_article"] == 1.0
    assert result["judged"] == {"pairs": 3, "useful": 2, "share": 2 / 3}
    assert result["kept"] == {"pairs": 1, "useful": 1, "share": 1.0}
    assert result["dropped"] == {"pairs": 2, "useful": 1, "share": 0.5}


def test_a_judgement_without_a_verdict_is_an_error(tmp_path):
    path = tmp_path / "judged.jsonl"
    path.write_text(json.dumps(pair("a.txt", 0, "org:x", "org:y")) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="judged.jsonl:1"):
        load_judged(path)


def test_the_judged_sample_holds_sixty_distinct_pairs_without_sentence_text():
    judged = load_judged(JUDGED)
    assert len(judged) == 60 and len({pair_key(j) for j in judged}) == 60
    assert all(set(j) <= {"file", "sentence", "subject", "object", "useful", "note"} for j in judged)
    assert all(set(j["subject"]) == set(j["object"]) == {"entity_id", "text", "start", "end"} for j in judged)
