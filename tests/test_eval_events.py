"""The event scoring of pipelines.eval_events on invented events, and the annotated sets' format."""

import json
import re

import pytest

from pipelines.eval_events import (BBC, GOLD_DIR, SPLIT_CORPORA, GoldArticle, GoldError, check_event, load_gold, main,
                                   match_events, misses, names_match, score, selection, split_names)

SPLITS = selection().SPLITS


def gold_event(type_, status="done", agent=None, recipient=None, seller=None, parties=(), amount=None):
    return {"type": type_, "status": status, "agent": agent, "recipient": recipient, "seller": seller,
            "parties": list(parties), "amount": amount, "anchor": {"start": 0, "end": 10}}


def party(name, text=None):
    return {"entity_id": name.lower().replace(" ", "_"), "name": name, "text": text or name}


def predicted_event(type_, status="done", agent=None, recipient=None, parties=(), amount=None):
    return {"type": type_, "status": status, "agent": agent and party(agent),
            "recipient": recipient and party(recipient), "seller": None,
            "parties": [party(p) for p in parties], "amount": amount}


@pytest.mark.parametrize("a, b", [
    ("The Bank of Norland", "bank of norland"),        # case and a leading article
    ("Pelora's", "Pelora"),                             # possessive
    ("Chancellor Ana Ruiz", "Ana Ruiz"),                # a run of the other's words
    ("Mr Okafor", "Daniel Okafor"),                     # surname
    ("IMF", "International Monetary Fund"),             # initials
    ("BoN", "Bank of Norland"),                         # initials with the function word
    ("Société Générale", "Societe Generale"),           # accents
])
def test_names_that_match(a, b):
    assert names_match(a, b) and names_match(b, a)


@pytest.mark.parametrize("a, b", [
    ("Norland Bank", "Pelora Bank"),                    # only a generic word in common
    ("Veltrix Group", "Omnia Group"),
    ("Ana Ruiz", "Ana Okafor"),                         # first name only
    ("EU", "Norland"),
    ("", "Norland"),
])
def test_names_that_do_not_match(a, b):
    assert not names_match(a, b)


def test_directed_events_need_type_agent_and_recipient():
    gold = [gold_event("lend", agent="Bank of Norland", recipient="Pelora")]
    assert match_events([predicted_event("lend", agent="BoN", recipient="Pelora")], gold) == [(0, 0)]
    assert match_events([predicted_event("fund", agent="BoN", recipient="Pelora")], gold) == []
    # agent and recipient swapped
    assert match_events([predicted_event("lend", agent="Pelora", recipient="Bank of Norland")], gold) == []
    assert match_events([predicted_event("lend", agent="Bank of Norland", recipient=None)], gold) == []


def test_meetings_need_two_parties_each_matched_once():
    gold = [gold_event("meet", parties=["Ana Ruiz", "Daniel Okafor", "Lena Brandt"])]
    assert match_events([predicted_event("meet", parties=["Ms Ruiz", "Lena Brandt"])], gold) == [(0, 0)]
    # one predicted party cannot stand for two gold parties
    assert match_events([predicted_event("meet", parties=["Ruiz", "Mr Pablo"])], gold) == []
    # role holders of a prediction count as parties
    event = predicted_event("meet", agent="Daniel Okafor", parties=["Ana Ruiz"])
    assert match_events([event], gold) == [(0, 0)]


def test_each_gold_event_is_matched_once():
    gold = [gold_event("acquire", agent="Veltrix", recipient="Omnia")]
    predicted = [predicted_event("acquire", agent="Veltrix", recipient="Omnia")] * 2
    assert match_events(predicted, gold) == [(0, 0)]


def test_score_by_hand():
    usd = {"text": "$2bn", "currency": "USD", "min": 2e9, "max": 2e9}
    gold_a = [gold_event("acquire", status="agreed", agent="Veltrix", recipient="Omnia", amount=usd),
              gold_event("meet", parties=["Ana Ruiz", "Daniel Okafor"])]
    predicted_a = [predicted_event("acquire", status="agreed", agent="Veltrix Group", recipient="Omnia",
                                   amount={"currency": "USD", "min": 2.01e9, "max": 2.01e9}),
                   predicted_event("meet", status="planned", parties=["Ana Ruiz", "Daniel Okafor"]),
                   predicted_event("fund", agent="Norland", recipient="Pelora")]
    # an article with no gold event, a prediction with a wrong amount, and a missed gold event
    gold_b = [gold_event("lend", agent="Norland", recipient="Pelora", amount=usd),
              gold_event("invest", agent="Omnia", recipient="Pelora")]
    predicted_b = [predicted_event("lend", agent="Norland", recipient="Pelora",
                                   amount={"currency": "USD", "min": 2e9, "max": 3e9})]
    result = score([(predicted_a, gold_a), ([predicted_event("meet", parties=["A", "B"])], []),
                    (predicted_b, gold_b)])
    assert result["micro"]["predicted"] == 5 and result["micro"]["gold"] == 4
    assert result["micro"]["precision"] == pytest.approx(3 / 5)
    assert result["micro"]["recall"] == pytest.approx(3 / 4)
    assert result["types"]["fund"]["precision"] == 0.0 and result["types"]["fund"]["gold"] == 0
    assert result["types"]["meet"]["precision"] == 0.5 and result["types"]["meet"]["recall"] == 1.0
    assert result["types"]["invest"]["recall"] == 0.0
    # within 1% counts, a max 50% off does not
    assert result["amount_accuracy"] == {"right": 1, "matched_with_gold_amount": 2, "accuracy": 0.5}
    assert result["status_accuracy"] == {"right": 2, "matched": 3, "accuracy": pytest.approx(2 / 3)}
    assert result["articles_without_events"] == {"articles": 1, "with_predictions": 1, "predictions": 1}
    assert result["matches"] == [
        [{"predicted": 0, "gold": 0, "status_right": True, "amount_right": True},
         {"predicted": 1, "gold": 1, "status_right": False, "amount_right": None}],
        [],
        [{"predicted": 0, "gold": 0, "status_right": True, "amount_right": False}]]


def test_no_predicted_events_scores_zero_recall():
    result = score([([], [gold_event("fund", agent="Norland", recipient="Pelora")])])
    assert result["micro"]["recall"] == 0.0 and result["micro"]["predicted"] == 0


@pytest.mark.parametrize("event, message", [
    (gold_event("loan", agent="A", recipient="B"), "type"),
    (gold_event("lend", status="rumoured", agent="A", recipient="B"), "status"),
    (gold_event("lend", agent="A"), "agent and a recipient"),
    (gold_event("meet", parties=["A"]), "two or more parties"),
    (gold_event("meet", agent="A", parties=["A", "B"]), "two or more parties"),
    (gold_event("fund", agent="A", recipient="B", seller="C"), "seller"),
    (gold_event("fund", agent="A", recipient="B", amount={"text": "$1m", "currency": "USD", "min": 2, "max": 1}),
     "amount"),
    ({**gold_event("fund", agent="A", recipient="B"), "anchor": {"start": 5, "end": 5}}, "anchor"),
])
def test_gold_format_errors_are_specific(event, message):
    with pytest.raises(GoldError, match=message):
        check_event(event)


def test_load_gold_names_the_line(tmp_path):
    good = {"file": "business/001.txt", "events": [gold_event("fund", agent="A", recipient="B")]}
    (tmp_path / "dev.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n")
    with pytest.raises(GoldError, match=r"dev.jsonl:2: business/001.txt is annotated twice"):
        load_gold("dev", tmp_path)


def test_prefilter_counts_transaction_words():
    event_rich = selection().event_rich
    assert event_rich("Veltrix bought Omnia. The deal follows talks in May.")
    assert not event_rich("Veltrix bought Omnia; profits rose.")
    # whole words only: "metal", "aide" and "bidder" are no transaction words
    assert not event_rich("Metal prices rose, an aide said, as a bidder waited.")


def test_money_flow_prefilter_counts_finance_words():
    money_flow = selection().money_flow
    assert money_flow("Norland lent Pelora $2m; the loan runs ten years.")
    assert money_flow("Omnia was awarded a contract after the bail-out.")
    assert money_flow("Veltrix ordered ten jets. Pelora funded the airport.")
    assert not money_flow("Norland lent Pelora $2m; profits rose.")
    # "in order to", "fund" as a noun and "aides" are no finance words
    assert not money_flow("In order to grow, the pension fund hired aides and a fundraiser.")


@pytest.mark.skipif(not BBC.is_dir(), reason="../shared/eval/bbc is not present")
def test_splits_are_disjoint_and_the_supplements_are_prefiltered():
    module = selection()
    chosen = module.selection()
    assert set(chosen) == set(SPLITS) - set(module.DRAWS)
    files = [f for split in chosen for f in chosen[split]]
    assert len(files) == len(set(files))
    assert all(f.split("/")[0] in module.FOLDERS for f in files)
    assert all(module.event_rich((BBC / f).read_text(encoding="utf-8"))
               for f in chosen["dev_rich"] + chosen["test_rich"])
    assert all(module.money_flow((BBC / f).read_text(encoding="utf-8"))
               for f in chosen["dev_fin"] + chosen["test_fin"])
    assert (len(chosen["dev_fin"]), len(chosen["test_fin"])) == (module.DEV_FIN_SIZE, module.TEST_FIN_SIZE)


def test_detokenised_glues_punctuation_clitics_and_currency_signs():
    detokenised = selection().detokenised
    assert (detokenised("Veltrix Corp said it 's paying $ 2.5 million ( 1.6 million pounds ) , up 5 % .")
            == "Veltrix Corp said it's paying $2.5 million (1.6 million pounds), up 5%.")
    assert detokenised("Pelora does n't lend .") == "Pelora doesn't lend."


@pytest.mark.skipif(not all(path.exists() for path in SPLIT_CORPORA.values()),
                    reason="../shared/eval/conll2003 or naeb-dev is not present")
def test_wire_and_web_sets_are_prefiltered_disjoint_and_kept_apart_from_the_judged_rounds():
    module = selection()
    wire, web, wire_dev = module.wire_ids(), module.web_ids(), module.wire_dev_ids()
    assert (len(wire), len(set(wire)), len(web), len(set(web))) == (module.WIRE_SIZE,) * 2 + (module.WEB_SIZE,) * 2
    assert not set(wire) & set(wire_dev) and len(set(wire_dev)) == len(wire_dev) > 0
    assert all(module.event_rich(module.article_text(f)) for f in wire + wire_dev)
    naeb_ids = sorted(module.naeb_articles())
    second_half = set(naeb_ids[len(naeb_ids) // 2:])
    assert all(f.split("/")[1] in second_half for f in web)
    assert not {f.split("/")[1] for f in web} & module.judged_naeb_ids()
    assert all(module.article_text(f).startswith(module.naeb_articles()[f.split("/")[1]]["title"].strip())
               for f in web)


@pytest.mark.skipif(not SPLIT_CORPORA["wire_dev2"].exists(), reason="../shared/eval/conll2003 is not present")
def test_wire_dev2_takes_every_event_rich_document_of_conll_valid():
    module = selection()
    wire_dev2 = module.wire_dev2_ids()
    assert len(set(wire_dev2)) == len(wire_dev2) == 28  # every document that passes, fewer than WIRE_DEV2_SIZE
    assert all(f.startswith("conll/valid-") and module.event_rich(module.article_text(f)) for f in wire_dev2)
    # valid's documents, not train's of the same number
    assert module.article_text(wire_dev2[0]) == module.conll_texts(module.CONLL_VALID)[int(wire_dev2[0].split("-")[1])]
    assert module.article_text("conll/valid-0") != module.article_text("conll/train-0")


@pytest.mark.skipif(not SPLIT_CORPORA["wire_dev3"].exists(), reason="../shared/eval/conll2003 is not present")
def test_wire_dev3_draws_train_documents_one_transaction_word_short_of_the_wire_pool():
    module = selection()
    wire_dev3 = module.wire_dev3_ids()
    assert len(set(wire_dev3)) == len(wire_dev3) == module.WIRE_DEV3_SIZE
    assert all(f.startswith("conll/train-") for f in wire_dev3)
    assert all(len(module.TRANSACTION_WORDS.findall(module.article_text(f))) == module.PREFILTER_HITS - 1
               for f in wire_dev3)
    assert not set(wire_dev3) & set(module.wire_pool())


@pytest.mark.skipif(not SPLIT_CORPORA["wire_dev4"].exists(), reason="../shared/eval/conll2003 is not present")
@pytest.mark.parametrize("drawn_split, split, words_short", [
    ("wire_dev3", "wire_dev4", 1),
    ("wire_dev5", "wire_dev7", 2),
])
def test_a_wire_split_holds_the_rest_of_its_drawn_pool(drawn_split, split, words_short):
    module = selection()
    drawn, rest = module.split_ids(drawn_split), module.split_ids(split)
    pool = {f"conll/train-{n}" for n, text in enumerate(module.conll_texts())
            if len(module.TRANSACTION_WORDS.findall(text)) == module.PREFILTER_HITS - words_short}
    assert len(set(rest)) == len(rest) and set(rest) == pool - set(drawn)


@pytest.mark.skipif(not SPLIT_CORPORA["wire_dev5"].exists(), reason="../shared/eval/conll2003 is not present")
def test_wire_dev5_draws_train_documents_two_transaction_words_short_of_the_wire_pool():
    module = selection()
    wire_dev5 = module.wire_dev5_ids()
    assert len(set(wire_dev5)) == len(wire_dev5) == module.WIRE_DEV5_SIZE
    assert all(f.startswith("conll/train-") and len(module.TRANSACTION_WORDS.findall(module.article_text(f)))
               == module.PREFILTER_HITS - 2 for f in wire_dev5)


@pytest.mark.skipif(not SPLIT_CORPORA["wire_dev6"].exists(), reason="../shared/eval/conll2003 is not present")
def test_wire_dev6_takes_every_valid_document_one_or_two_transaction_words_short_of_wire_dev2s_pool():
    module = selection()
    wire_dev6 = module.wire_dev6_ids()
    pool = {f"conll/valid-{n}" for n, text in enumerate(module.conll_texts(module.CONLL_VALID))
            if 0 < len(module.TRANSACTION_WORDS.findall(text)) < module.PREFILTER_HITS}
    assert len(set(wire_dev6)) == len(wire_dev6) and set(wire_dev6) == pool
    assert not set(wire_dev6) & set(module.wire_dev2_ids())


@pytest.mark.skipif(not BBC.is_dir() or not all(path.exists() for path in SPLIT_CORPORA.values()),
                    reason="../shared/eval/bbc, conll2003, naeb-dev or zyte is not present")
@pytest.mark.slow  # each draw reads every BBC file of its folders and every split drawn before it: ~2 min in all
@pytest.mark.parametrize("split, words_short", [("dev3", 1), ("dev4", 1), ("dev5", 2), ("dev_rich4", 1), ("dev6", 2)])
def test_fresh_bbc_splits_draw_files_short_of_the_rich_pool_no_rule_or_round_has_read(split, words_short):
    module = selection()
    ids = module.split_ids(split)
    sizes = {"dev3": module.DEV3_SIZE, "dev5": module.DEV5_SIZE, "dev_rich4": module.DEV_RICH4_SIZE}
    assert len(set(ids)) == len(ids) == sizes.get(split, len(ids)) > 0
    folders = module.TECH_FOLDERS if split == "dev_rich4" else module.FOLDERS
    assert all(f.split("/")[0] in folders for f in ids)
    assert all(len(module.TRANSACTION_WORDS.findall(module.article_text(f))) == module.PREFILTER_HITS - words_short
               for f in ids)
    others = {f for other in module.SPLITS if other != split for f in module.split_ids(other)}
    audited = {f for batch in module.module_at("event_audit_sample", module.AUDIT_SAMPLE).batches().values()
               for f in batch}
    entity_rounds = module.entity_selection()
    assert not set(ids) & (others | audited | module.judged_bbc_files() | entity_rounds.bench_files())
    texts = {module.article_text(f) for f in ids}
    assert len(texts) == len(ids) and not texts & {module.article_text(f) for f in others | audited
                                                   if not f.startswith(("conll/", "naeb/", "zyte/"))}
    if split == "dev4":  # the rest of dev3's pool
        assert set(ids) | set(module.split_ids("dev3")) == set(module.dev3_pool())
    if split == "dev6":  # the whole pool left around every other split
        left = module.fresh_bbc_files(module.FOLDERS, others | audited | module.judged_bbc_files()
                                      | entity_rounds.bench_files(),
                                      lambda text: len(module.TRANSACTION_WORDS.findall(text)) == module.PREFILTER_HITS - 2)
        assert set(left) == set(ids)


@pytest.mark.skipif(not all(path.exists() for path in SPLIT_CORPORA.values()),
                    reason="../shared/eval/conll2003, naeb-dev or zyte is not present")
def test_web_dev2_takes_every_naeb_article_with_a_transaction_word_no_split_round_or_audit_holds():
    module = selection()
    web_dev2 = module.web_dev2_ids()
    assert len(set(web_dev2)) == len(web_dev2) == 36  # every article that passes
    assert all(f.startswith("naeb/") and module.TRANSACTION_WORDS.search(module.article_text(f)) for f in web_dev2)
    entity_rounds = module.entity_selection()
    judged = {f for round_ in entity_rounds.ROUNDS for f in entity_rounds.naeb_ids(round_)}
    audited = {f for batch in module.module_at("event_audit_sample", module.AUDIT_SAMPLE).batches().values()
               for f in batch}
    others = {f for split in module.SPLITS if split != "web_dev2" for f in module.split_ids(split)}
    assert not set(web_dev2) & (judged | audited | others)


def fresh_split_ids(module, split: str, folders: tuple[str, ...], size: int) -> list[str]:
    """The split's files, checked to be every event-rich file of the folders that passes (size of
    them), in no other split and no audit batch, no two with the same text."""
    ids = module.split_ids(split)
    assert len(set(ids)) == len(ids) == size  # every file that passes
    assert all(f.split("/")[0] in folders and module.event_rich(module.article_text(f)) for f in ids)
    others = {f for other in module.SPLITS if other != split for f in module.split_ids(other)}
    assert not set(ids) & others
    sample = module.module_at("event_audit_sample", module.AUDIT_SAMPLE)
    assert not set(ids) & {f for batch in sample.batches().values() for f in batch}
    texts = [module.article_text(f) for f in ids]
    assert len(set(texts)) == len(texts)  # the BBC folders repeat some stories word for word
    return ids


# the audit sample, which dev_rich2 leaves out, draws NAEB texts and Zyte pages as well as BBC files
@pytest.mark.skipif(not BBC.is_dir() or not all(path.exists() for path in SPLIT_CORPORA.values()),
                    reason="../shared/eval/bbc, conll2003, naeb-dev or zyte is not present")
def test_dev_rich2_takes_every_event_rich_bbc_file_outside_the_other_splits_and_the_audit():
    module = selection()
    dev_rich2 = fresh_split_ids(module, "dev_rich2", module.FOLDERS, 39)
    # no copy of another split's text either ("politics/291" repeats test_rich's "politics/108")
    others = {f for split in module.SPLITS if split != "dev_rich2" for f in module.split_ids(split)}
    assert not {module.article_text(f) for f in dev_rich2} & {
        module.article_text(f) for f in others if not f.startswith(("conll/", "naeb/", "zyte/"))}


@pytest.mark.skipif(not BBC.is_dir() or not all(path.exists() for path in SPLIT_CORPORA.values()),
                    reason="../shared/eval/bbc, conll2003, naeb-dev or zyte is not present")
def test_dev_rich3_takes_every_event_rich_tech_and_entertainment_file_no_rule_or_judged_round_has_read():
    module = selection()
    dev_rich3 = fresh_split_ids(module, "dev_rich3", module.TECH_FOLDERS, 55)
    entity_rounds = module.entity_selection()
    # as drawn, five files of the judged rounds are in it (selection.py's docstring says why)
    assert set(dev_rich3) & module.judged_bbc_files() == module.DEV_RICH3_JUDGED_FILES
    assert not set(dev_rich3) & entity_rounds.bench_files()


@pytest.mark.skipif(not SPLIT_CORPORA["web_dev"].exists(), reason="../shared/eval/zyte is not present")
def test_web_dev_takes_event_rich_zyte_pages_at_even_positions_outside_the_audit():
    module = selection()
    web_dev = module.web_dev_ids()
    even = set(sorted(module.zyte_bodies())[::2])
    sample = module.module_at("event_audit_sample", module.AUDIT_SAMPLE)
    assert len(set(web_dev)) == len(web_dev) == 17  # every page that passes, fewer than WEB_DEV_SIZE
    assert all(f.startswith("zyte/") and f.split("/", 1)[1] in even for f in web_dev)
    assert not set(web_dev) & set(sample.batches(("fourth",))["fourth"])
    assert all(module.event_rich(module.article_text(f)) for f in web_dev)
    assert all(module.article_text(f) == module.zyte_bodies()[f.split("/", 1)[1]].strip() + "\n" for f in web_dev)


@pytest.fixture(params=SPLITS)
def annotated_split(request) -> str:
    """Each split whose annotations and articles are both present."""
    if not SPLIT_CORPORA.get(request.param, BBC).exists():
        pytest.skip(f"the articles of {request.param} are not present in ../shared/eval")
    if not (GOLD_DIR / f"{request.param}.jsonl").exists():
        pytest.skip(f"{request.param}.jsonl is not annotated yet")
    return request.param


def test_annotated_sets_are_the_selection_and_point_into_the_articles(annotated_split):
    split = annotated_split
    module = selection()
    gold = load_gold(split)
    files = [article.file for article in gold]
    assert files == module.split_ids(split)[: len(files)]  # annotated in the order drawn
    for article in gold:
        text = module.article_text(article.file)
        for event in article.events:
            assert event["anchor"]["end"] <= len(text)
            assert text[event["anchor"]["start"]].strip()  # a sentence starts on a character


QUOTE_WORDS = 5  # a run this long shared with the article counts as quoting it


def word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i:i + QUOTE_WORDS]) for i in range(len(words) - QUOTE_WORDS + 1)}


def test_notes_do_not_quote_the_articles(annotated_split):
    lines = (GOLD_DIR / f"{annotated_split}.jsonl").read_text(encoding="utf-8").splitlines()
    for row in map(json.loads, lines):
        notes = " | ".join(n for n in [row.get("notes"), *(e.get("notes") for e in row["events"])] if n)
        text = selection().article_text(row["file"])
        assert not word_runs(notes) & word_runs(text), f"{annotated_split}: a note on {row['file']} quotes it"


@pytest.mark.slow
def test_eval_runs_the_extractor_on_a_subset(tmp_path, monkeypatch, capsys):
    if not BBC.is_dir():
        pytest.skip("../shared/eval/bbc is not present")
    monkeypatch.setenv("WIREHOUSE_HOME", str(tmp_path))
    assert main(["--limit", "6", "--json"]) == 0
    assert "micro" in capsys.readouterr().out
    written = json.loads((tmp_path / "eval" / "events.json").read_text())
    gold = load_gold("dev")[:6]
    assert [a["file"] for a in written["articles"]] == [g.file for g in gold]
    assert written["micro"]["gold"] == sum(len(g.events) for g in gold)
    assert all(isinstance(a["predicted"], list) for a in written["articles"])


def test_splits_join_with_plus():
    assert split_names("dev") == ["dev"]
    assert split_names("dev+dev_rich") == ["dev", "dev_rich"]
    assert split_names("test_rich+test") == ["test_rich", "test"]
    assert split_names("dev+dev_rich+dev_fin") == ["dev", "dev_rich", "dev_fin"]


@pytest.mark.parametrize("value", ["rich", "dev+dev", "dev+", "dev,test"])
def test_unknown_splits_are_refused(value, capsys):
    with pytest.raises(SystemExit):
        main(["--split", value])
    assert "joined by '+'" in capsys.readouterr().err


def test_main_skips_without_the_articles(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("pipelines.eval_events.BBC", tmp_path / "absent")
    assert main([]) == 0
    assert "skipped" in capsys.readouterr().out


def test_misses_lists_unmatched_gold_with_its_sentence_and_unmatched_predictions(monkeypatch, tmp_path):
    text = "Norland lent Pelora $2m. Veltrix met Omnia."
    (tmp_path / "business").mkdir()
    (tmp_path / "business" / "1.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr("pipelines.eval_events.BBC", tmp_path)
    lend = gold_event("lend", agent="Norland", recipient="Pelora") | {"anchor": {"start": 0, "end": 24}}
    meet = gold_event("meet", parties=["Veltrix", "Omnia"]) | {"anchor": {"start": 25, "end": 43}}
    predicted = [predicted_event("meet", parties=["Veltrix", "Omnia"]) | {"start": 25, "end": 42},
                 predicted_event("fund", agent="Norland", recipient="Pelora") | {"start": 0, "end": 19}]
    gold = [GoldArticle("business/1.txt", [lend, meet])]
    matches = [score([(predicted, gold[0].events)])["matches"][0]]
    listed = misses(gold, [predicted], [text], [text], matches, {"lend", "fund", "meet"})
    assert listed.splitlines() == ["business/1.txt",
                                   "  MISS  lend done: Norland -> Pelora", "        | Norland lent Pelora $2m.",
                                   "  FALSE fund done: Norland=Norland -> Pelora=Pelora", "        | Norland lent Pelora"]
    assert misses(gold, [predicted], [text], [text], matches, {"meet"}) == ""


def test_misses_takes_event_types_joined_by_commas(capsys):
    with pytest.raises(SystemExit):
        main(["--misses", "lend,loan"])
    assert "event types" in capsys.readouterr().err
