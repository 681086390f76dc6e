"""The entities layer reads English only: an article another language is detected in stays in the
parsed layer, gets no entities rows and is counted by language."""

import pandas as pd

from assets.entities.rows import ARTICLE_COLUMNS, SENTENCE_COLUMNS, other_languages, stage_texts
from assets.entities.types import chain_reads


def test_the_chain_reads_english_and_bodies_too_short_to_tell():
    assert chain_reads("en") and chain_reads(None)
    assert not chain_reads("fr") and not chain_reads("pt")


def test_the_stage_leaves_out_articles_in_other_languages_and_counts_them():
    bodies = {"a1": ("Halvard Group agreed to buy Pelora Foods.", "en"), "a2": ("La Banque a prêté 300 millions.", "fr"),
              "a3": ("Short note.", None), "a4": ("O banco emprestou dinheiro.", "pt"), "a5": ("", "fr")}
    articles = pd.DataFrame(
        [{"article_id": key, "body": body, "published_date": None, "body_status": "short" if body else "empty",
          "language": language} for key, (body, language) in bodies.items()])[ARTICLE_COLUMNS]
    sentences = pd.DataFrame([{"article_id": key, "sentence_index": 0, "start_char": 0, "end_char": len(body),
                               "section": "body"} for key, (body, _) in bodies.items() if body])[SENTENCE_COLUMNS]
    sections = pd.DataFrame(columns=["article_id", "section", "text"])
    assert [text.article_id for text in stage_texts(articles, sentences, sections)] == ["a1", "a3"]
    # an empty body is no article whatever its language, so it is not counted among them
    assert other_languages(articles) == {"fr": 1, "pt": 1}


def test_english_with_a_pasted_blob_or_runs_of_figures_stays_english_or_unknown():
    import base64
    import random

    from assets.parsed.dispatch import detect_language

    prose = ("Velkor Group agreed to buy Orvane Foods for $300 million on Monday, the company said in a "
             "statement. The deal, which was approved by both boards, is the largest of the year for the "
             "food maker and will close in March. ")
    blob = base64.b64encode(random.Random(1).randbytes(60_000)).decode()
    # py3langid alone reads both as "zxx", no language, which the entity chain would not read
    assert detect_language(prose + blob + " " + prose) in ("en", None)
    assert detect_language(prose * 3) == "en"
    listing = " ".join(f"Velkor Group met Orvane Foods in Oslo on day {n}." for n in range(3000))
    assert detect_language(listing) in ("en", None)
    french = ("La Banque nationale a accordé mardi un prêt de 300 millions d'euros à la Grèce pour moderniser "
              "son réseau électrique, a annoncé le ministère des Finances dans un communiqué publié à Athènes.")
    assert detect_language(french) == "fr"
