"""`wirehouse parse` / `wirehouse extract`: one JSON card per article, an error card for unreadable input."""

import json

from pipelines.cli import main

ARTICLE = """Harbour deal signed in Tallinn

By Mari Kask

TALLINN, 3 March 2021 — Estonia signed a €40 million harbour deal with Finland on Tuesday.
Finance Minister Jaan Tamm said the port would open next year. He said Finland agreed.
"""


def test_extract_card_carries_roles_extractors_amounts_and_dates(tmp_path, capsys):
    source = tmp_path / "harbour.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(source)]) == 0
    (card,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert card["headline"] == "Harbour deal signed in Tallinn"
    entities = {(e["text"], e["start"]): e for e in card["entities"]}
    estonia = next(e for (text, _), e in entities.items() if text == "Estonia")
    assert (estonia["entity_id"], estonia["role"]) == ("country:EST", "actor")
    pronoun = next(e for (text, _), e in entities.items() if text == "He")
    assert (pronoun["entity_id"], pronoun["extractor"]) == ("person:jaan-tamm", "coreference:pronoun")
    assert all(card["body"][e["start"]:e["end"]] == e["text"] for e in card["entities"])
    assert [(a["text"], a["currency"], a["min"]) for a in card["amounts"]] == [("€40 million", "EUR", 4e7)]


def test_unreadable_input_gets_an_error_card_and_exit_1(tmp_path, capsys):
    source = tmp_path / "empty.txt"
    source.write_bytes(b"")
    assert main(["parse", str(source)]) == 1
    (card,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert card["error"]["reason_code"] == "empty"


def test_an_article_the_chain_fails_on_gets_an_error_card_and_the_others_their_cards(tmp_path, capsys, monkeypatch):
    from assets.entities.extract import EntityExtractor

    real_extract = EntityExtractor.extract

    def failing_on_broken(self, texts):
        texts = list(texts)
        if any("BROKEN" in text.body for text in texts):
            raise ValueError("a fault of the chain's")
        return real_extract(self, texts)

    monkeypatch.setattr(EntityExtractor, "extract", failing_on_broken)
    good, broken = tmp_path / "harbour.txt", tmp_path / "broken.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    broken.write_text("A headline\n\nThis BROKEN story trips the chain on Tuesday.\n", encoding="utf-8")
    assert main(["extract", str(good), str(broken)]) == 1
    error, card = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (error["source"], error["error"]["reason_code"]) == (str(broken), "entities_error")
    assert "ValueError: a fault of the chain's" in error["error"]["message"]
    assert card["source"] == str(good) and card["amounts"]


FRENCH_ARTICLE = """La Banque nationale prête 300 millions d'euros à la Grèce

ATHÈNES, 4 mars - La Banque nationale a accordé mardi un prêt de 300 millions d'euros à la Grèce pour
moderniser son réseau électrique, a annoncé le ministère des Finances dans un communiqué.
"""


def test_an_article_in_another_language_gets_a_card_but_no_entities(tmp_path, capsys):
    # the English model and gazetteers would read "La Banque" and "ATHÈNES" as organisations
    french, english = tmp_path / "athenes.txt", tmp_path / "harbour.txt"
    french.write_text(FRENCH_ARTICLE, encoding="utf-8")
    english.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(french), str(english)]) == 0
    cards = {card["source"]: card for card in map(json.loads, capsys.readouterr().out.splitlines())}
    unread, read = cards[str(french)], cards[str(english)]
    assert unread["language"] == "fr" and unread["not_read"] == "language 'fr': the entity chain reads English only"
    assert (unread["entities"], unread["amounts"], unread["events"]) == ([], [], [])
    assert "not_read" not in read and read["language"] == "en" and read["entities"] and read["events"]
