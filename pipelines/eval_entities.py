"""Entity evaluation on Dstl re3d and CoNLL-2003 (../shared/eval/): our extractor beside spaCy alone.

    python -m pipelines.eval_entities [--limit N] [--sets re3d conll2003]

Gold is every re3d entity with confidence >= 0.5; GOLD_TYPES are the types either system can
produce, the others (Weapon, MilitaryPlatform, ...) only lower recall. Both systems are scored by the same code: per type precision/recall/F1 for exact spans and for
overlapping spans, and micro F1 over all types. Precision counts predictions that match a gold
span of the same type, recall counts gold spans matched by a prediction of the same type, so one
long prediction covering two gold spans counts once for precision and twice for recall.

Our output enters the scoring through these mappings, done here and not in the product:
  - mention types → re3d types (OUR_TYPES); a COUNTRY mention written as a demonym ("Russian")
    is a Nationality, since re3d types the adjective, not the country it points to;
  - a COUNTRY mention with a role (Mention.role, see assets/entities/roles.py) is typed by it
    (COUNTRY_ROLE_TYPES), as re3d types a country by what it stands for: actor ("The UK
    condemns") and people ("Syrians", "Syrian refugees") are Organisation, place ("in Iraq",
    "the Syrian town of") is Location; with no role it stays Location, or Nationality for a
    demonym;
  - a PERSON with a title before the name is scored on the span [owner] title name, re3d's
    convention ("Russian Foreign Minister Sergei Lavrov"); the product keeps the bare name, with
    the title and its owner in Mention.title / title_start / affiliation; an honorific right
    before the name, which the product keeps as no title, is in the span too ("Mr Haddad");
    mentions inside the title words so taken in (the owner "Russian", a portfolio region) are
    not scored on their own, as re3d's annotation is flat;
  - a Person, Organisation or Location span right after "the"/"The" starts at the article, re3d's
    convention ("the Australian Government"); the product's spans leave leading articles out. The
    table also prints exact micro F1 on the product's own spans (`exact_product_spans`);
  - amounts → Money and dates → Temporal, spans as the extractor emits them.
spaCy alone is the full en_core_web_sm pipeline's NER with its labels mapped by SPACY_TYPES.

Relation precision: each of our relations whose predicate maps to re3d relation types
(RELATION_TYPES) is correct when, in its sentence, a mention of its subject and a mention of its
object are joined (in either direction) by
  - a gold relation of a mapped type whose two ends are gold entities of the mentions' re3d types
    (a demonym standing for "the Iraqi Foreign Minister" does not confirm meeting Iraq);
  - for works_for and holds_title, re3d's person convention: re3d writes the office and its owner
    into the person's span ("Estonian President Mari Kask") and links nothing, so both mentions
    inside one gold Person span confirm it when the name opens or closes the span and the owner
    is not a word inside our title ("Secretary of State" is no owner "State"); so does a gold
    IsSynonymOf between the person and a gold Person span holding the owner ("Ann Roe" =
    "Foreign Office Minister").
A holds_title relation must also have its title written inside a gold Person span at the person
or the owner. re3d has no type for paired_with, funded_by or invests_in; they are not scored.

Throughput: our extractor (mentions + amounts + dates + relations) and raw spaCy nlp.pipe with
the full pipeline, on the same texts in this run, after a warm-up; words are whitespace words.

CoNLL-2003 (Reuters news, 1996; the train and valid splits, as ../shared/eval/README.md says):
a document's tokens are joined with single spaces and its sentences with newlines; gold is every
IOB span; scoring is exact span, micro over PER/ORG/LOC/MISC, by the same `score` as re3d. `valid`
is a held-out check: no rule is tuned on it. Our types map to CoNLL's by CONLL_TYPES:
  - PERSON → PER, ORG → ORG, SUBDIVISION/PLACE/REGION → LOC, NORP/EVENT/POLICY → MISC;
  - COUNTRY → LOC, except a country written as a demonym ("German", "Germans") → MISC, as CoNLL
    types the adjective and the people, not the country;
  - coreference mentions (pronouns, "the minister", "the town") are left out: CoNLL annotates
    names only; figures, dates, sectors and quantities are not CoNLL types.
spaCy alone maps by SPACY_CONLL_TYPES (GPE/LOC/FAC → LOC; NORP, EVENT, WORK_OF_ART, LAW, PRODUCT,
LANGUAGE → MISC).

Prints the tables and writes JSON to $WIREHOUSE_HOME/eval/entities.json (re3d) and
$WIREHOUSE_HOME/eval/conll2003.json. A set whose folder is absent is skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.settings import Settings

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
RE3D = EVAL / "re3d"
CONLL2003 = EVAL / "conll2003"
CONLL_SPLITS = ("train", "valid")
CONLL_LABELS = ("PER", "ORG", "LOC", "MISC")
CONLL_TYPES = {
    "PERSON": "PER", "ORG": "ORG", "COUNTRY": "LOC", "SUBDIVISION": "LOC", "PLACE": "LOC",
    "REGION": "LOC", "NORP": "MISC", "EVENT": "MISC", "POLICY": "MISC",
}
SPACY_CONLL_TYPES = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
    "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC",
}
GOLD_TYPES = ("Person", "Organisation", "Location", "Nationality", "Temporal", "Money", "Quantity")
MIN_CONFIDENCE = 0.5
OUR_TYPES = {
    "PERSON": "Person", "ORG": "Organisation", "COUNTRY": "Location", "SUBDIVISION": "Location",
    "PLACE": "Location", "REGION": "Location", "NORP": "Nationality",
    "QUANTITY": "Quantity",
}
# COUNTRY mentions by role (Mention.role); without a role, Location or Nationality as above
COUNTRY_ROLE_TYPES = {"actor": "Organisation", "people": "Organisation", "place": "Location"}
SPACY_TYPES = {
    "PERSON": "Person", "ORG": "Organisation", "GPE": "Location", "LOC": "Location",
    "FAC": "Location", "NORP": "Nationality", "DATE": "Temporal", "TIME": "Temporal",
    "MONEY": "Money", "QUANTITY": "Quantity", "CARDINAL": "Quantity", "PERCENT": "Quantity",
}
# our predicate -> re3d relation types that state the same fact. HasAttrOf is left out: re3d uses
# it for counts and nationalities ("al-Tanawi" HasAttrOf "Syrian"), not offices.
RELATION_TYPES = {
    "works_for": ("BelongsTo", "InChargeOf"),
    "holds_title": ("BelongsTo", "InChargeOf"),
    "met_with": ("CommWith",),
    "located_in": ("CoLocated", "BelongsTo"),
}
# predicates a gold Person span holding both ends confirms (see the module docstring)
OFFICE_PREDICATES = ("works_for", "holds_title")
SPACY_BATCH_SIZE = 16
# re3d annotates personal pronouns as Person; Person is also reported with pronouns left out of
# gold and predictions alike (person_without_pronouns: names and titles only; the product's
# pronoun mentions come from assets/entities/coreference.py).
PRONOUNS = {"i", "me", "my", "mine", "myself", "he", "him", "his", "himself", "she", "her", "hers",
            "herself", "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs",
            "themselves", "you", "your", "yours", "yourself", "who", "whom", "whose"}
# re3d also types nouns for money without a figure ("wages", "salaries", "money") as Money; the
# product's amounts are figures, so Money is also reported on gold that states one.
FIGURE = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|one|two|three|"
                    r"four|five|six|seven|eight|nine|ten|twenty|fifty)\b", re.IGNORECASE)
# (row name, type, what the row keeps of gold and predictions alike): extra rows of the table
SUBSETS = (
    ("person_without_pronouns", "Person", "Person-pron.", "Person without pronoun gold",
     lambda text: text.lower() not in PRONOUNS),
    ("money_with_figures", "Money", "Money-fig.", "Money gold stating a figure",
     lambda text: FIGURE.search(text) is not None),
)


@dataclass(frozen=True)
class Labelled:
    start: int
    end: int
    label: str


@dataclass
class Document:
    doc_id: str
    text: str
    gold: list[Labelled]
    relations: list[dict]
    # every gold entity, any confidence: the types of gold relations' ends
    entity_types: dict[tuple[int, int], str] = field(default_factory=dict)


def read_jsonl(path: Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_re3d(root: Path = RE3D) -> list[Document]:
    documents: dict[str, Document] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for row in read_jsonl(folder / "documents.json"):
            documents[row["_id"]] = Document(row["_id"], row["text"], [], [])
        for row in read_jsonl(folder / "entities.json"):
            documents[row["documentId"]].entity_types[(row["begin"], row["end"])] = row["type"]
            if row["confidence"] >= MIN_CONFIDENCE:
                documents[row["documentId"]].gold.append(Labelled(row["begin"], row["end"], row["type"]))
        for row in read_jsonl(folder / "relations.json"):
            if row["confidence"] >= MIN_CONFIDENCE:
                documents[row["documentId"]].relations.append(row)
    return list(documents.values())


def overlaps(a: Labelled, b: Labelled) -> bool:
    return a.start < b.end and b.start < a.end


def prf(matched_predicted: int, predicted: int, matched_gold: int, gold: int) -> dict[str, float]:
    precision = matched_predicted / predicted if predicted else 0.0
    recall = matched_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "predicted": predicted, "gold": gold}


def score(pairs: Iterable[tuple[list[Labelled], list[Labelled]]]) -> dict:
    """Per-type and micro P/R/F1, exact and overlap, over (gold, predicted) pairs of documents.
    Gold types no system produces (Weapon, DocumentReference, ...) count as misses in the micro
    figures, as in the published spaCy baseline."""
    counts: dict[str, dict[str, list[int]]] = {"exact": {}, "overlap": {}}
    for gold, predicted in pairs:
        predicted, gold = list(set(predicted)), list(set(gold))
        for mode, by_type in counts.items():
            same = (lambda g, p: g == p) if mode == "exact" else (
                lambda g, p: g.label == p.label and overlaps(g, p))
            for p in predicted:
                row = by_type.setdefault(p.label, [0, 0, 0, 0])
                row[0] += any(same(g, p) for g in gold)
                row[1] += 1
            for g in gold:
                row = by_type.setdefault(g.label, [0, 0, 0, 0])
                row[2] += any(same(g, p) for p in predicted)
                row[3] += 1
    result = {}
    for mode, by_type in counts.items():
        totals = [sum(row[i] for row in by_type.values()) for i in range(4)]
        result[mode] = {"micro": prf(*totals), **{t: prf(*row) for t, row in sorted(by_type.items())}}
    return result


# re3d spans of these types open with their determiner: "the Syrian opposition", "The UK"
DETERMINER_TYPES = ("Person", "Organisation", "Location")
DETERMINERS = ("the ", "The ")


def our_labels(body: str, extraction, gazetteer, determiners: bool = True) -> list[Labelled]:
    from assets.entities.titles import OWNER_GAPS, honorific_before

    labels = []
    titles = []  # (start, end) of the title and owner words a Person span took in
    for mention in extraction.mentions:
        label = re3d_type(mention, gazetteer)
        if label is None:
            continue
        start = mention.start
        if mention.entity_type == "PERSON" and mention.title_start is not None and mention.title_start < start:
            start = mention.title_start
            owner = next((m for m in extraction.mentions if m.end <= start
                          and body[m.end:start] in OWNER_GAPS), None)
            start = owner.start if owner else start  # "Russian Foreign Minister Sergei Lavrov"
        elif mention.entity_type == "PERSON" and (honorific := honorific_before(body, start)) is not None:
            start = honorific
        if determiners and label in DETERMINER_TYPES and body.startswith(DETERMINERS, start - 4):
            start -= 4
        if label == "Person" and start < mention.start:
            titles.append((start, mention.start))
        labels.append(Labelled(start, mention.end, label))
    # re3d is flat: an owner or portfolio inside a title ("Russian", "Foreign Office", "the Middle
    # East" in "Minister for the Middle East Ann Roe") is part of the Person span only
    labels = [label for label in labels if label.label == "Person"
              or not any(s <= label.start and label.end <= e for s, e in titles)]
    labels += [Labelled(a.start, a.end, "Money") for a in extraction.amounts]
    labels += [Labelled(d.start, d.end, "Temporal") for d in extraction.dates]
    return labels


def relation_precision(documents: list[Document], extractions, gazetteer) -> dict:
    """Share of our mapped relations that the gold confirms (see the module docstring)."""
    by_predicate: dict[str, list[int]] = {}
    for document, extraction in zip(documents, extractions):
        persons = [g for g in document.gold if g.label == "Person"]
        for relation in extraction.relations:
            if relation.predicate not in RELATION_TYPES:
                continue
            in_sentence = [m for m in extraction.mentions if m.sentence_index == relation.sentence_index]
            subjects = [m for m in in_sentence if m.entity_id == relation.subject_id]
            objects = [m for m in in_sentence if m.entity_id == relation.object_id]
            confirmed = any(confirms(document, persons, relation, subject, obj, gazetteer)
                            for subject in subjects for obj in objects)
            row = by_predicate.setdefault(relation.predicate, [0, 0])
            row[0] += confirmed
            row[1] += 1
    total = [sum(r[0] for r in by_predicate.values()), sum(r[1] for r in by_predicate.values())]
    return {
        predicate: {"correct": c, "relations": n, "precision": c / n if n else None}
        for predicate, (c, n) in {**by_predicate, "all": total}.items()
    }


def confirms(document: Document, persons: list[Labelled], relation, subject, obj, gazetteer) -> bool:
    """Whether the gold states `relation` between these two mentions (see the module docstring)."""
    gold_types = RELATION_TYPES[relation.predicate]
    typed = any(gold["type"] in gold_types and (typed_join(document, gold, subject, obj, gazetteer)
                                                or typed_join(document, gold, obj, subject, gazetteer))
                for gold in document.relations)
    if relation.predicate not in OFFICE_PREDICATES:
        return typed
    holding = [g for g in persons if within(subject, g) and within(obj, g) and owner_of_span(subject, obj, g)]
    holding += [g for g in persons if within(obj, g) and any(
        gold["type"] == "IsSynonymOf" and (joins(gold, subject, g) or joins(gold, g, subject))
        for gold in document.relations)]
    if relation.predicate == "works_for":
        return typed or bool(holding)
    # holds_title: the title as stated must be in a gold Person span at the person or the owner
    title = (relation.attributes or {}).get("title", "").casefold()
    at_ends = holding + ([g for g in persons if overlaps(g, subject) or overlaps(g, obj)] if typed else [])
    return any(title in document.text[g.start:g.end].casefold() for g in at_ends)


def typed_join(document: Document, gold: dict, source, target, gazetteer) -> bool:
    """`gold` joins spans overlapping the two mentions, and its ends are gold entities of the
    mentions' re3d types."""
    types = document.entity_types
    return (joins(gold, source, target)
            and types.get((gold["sourceBegin"], gold["sourceEnd"])) == re3d_type(source, gazetteer)
            and types.get((gold["targetBegin"], gold["targetEnd"])) == re3d_type(target, gazetteer))


def re3d_type(mention, gazetteer) -> str | None:
    """The re3d type a mention stands for: a country by its role, else a country written as a
    demonym is a Nationality (see the module docstring)."""
    if mention.entity_type == "COUNTRY":
        return COUNTRY_ROLE_TYPES.get(mention.role) or (
            "Nationality" if gazetteer.is_demonym(mention.text) else OUR_TYPES["COUNTRY"])
    return OUR_TYPES.get(mention.entity_type)


def joins(gold: dict, source, target) -> bool:
    return (gold["sourceBegin"] < source.end and source.start < gold["sourceEnd"]
            and gold["targetBegin"] < target.end and target.start < gold["targetEnd"])


def owner_of_span(person, owner, span: Labelled) -> bool:
    """re3d's "[owner] title name" (or "name, [owner] title"): the name opens or closes the span,
    and the owner is not a word inside our title ("Secretary of State": not the owner "State")."""
    inside_title = (person.title_start is not None
                    and person.title_start < owner.start and owner.end <= person.title_end)
    return (person.start == span.start or person.end == span.end) and not inside_title


def within(mention, span: Labelled) -> bool:
    return span.start <= mention.start and mention.end <= span.end


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def run_ours(documents: list[Document]) -> tuple[list, float]:
    from assets.entities.extract import ArticleText, EntityExtractor
    from assets.parsed.sentences import split_sentences

    texts = [d.text for d in documents]
    spans = split_sentences(texts)
    articles = [ArticleText(d.doc_id, d.text, s, None) for d, s in zip(documents, spans)]
    extractor = EntityExtractor()
    list(extractor.extract(articles[:1]))  # warm-up: model and gazetteer loads
    started = time.perf_counter()
    extractions = list(extractor.extract(articles))
    return extractions, time.perf_counter() - started


def run_spacy(documents: list[Document], types: dict[str, str] = SPACY_TYPES) -> tuple[list[list[Labelled]], float]:
    from assets.english_model import load_english

    nlp = load_english()
    texts = [d.text for d in documents]
    list(nlp.pipe(texts[:1]))
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=SPACY_BATCH_SIZE))
    seconds = time.perf_counter() - started
    labels = [
        [Labelled(e.start_char, e.end_char, types[e.label_]) for e in doc.ents if e.label_ in types]
        for doc in docs
    ]
    return labels, seconds


def evaluate(documents: list[Document]) -> dict:
    from assets.entities.gazetteer import load_gazetteer

    extractions, our_seconds = run_ours(documents)
    spacy_labels, spacy_seconds = run_spacy(documents)
    gazetteer = load_gazetteer()
    n_words = words([d.text for d in documents])
    ours = [(d, our_labels(d.text, e, gazetteer)) for d, e in zip(documents, extractions)]
    return {
        "documents": len(documents),
        "words": n_words,
        "gold_entities": sum(len(d.gold) for d in documents),
        "ours": score((d.gold, labels) for d, labels in ours),
        "exact_product_spans": score(
            (d.gold, our_labels(d.text, e, gazetteer, determiners=False)) for d, e in zip(documents, extractions)
        )["exact"]["micro"],
        "spacy": score((d.gold, labels) for d, labels in zip(documents, spacy_labels)),
        **{key: {who: score(([g for g in d.gold if g.label == label and keep(d.text[g.start:g.end])],
                              [p for p in labels if p.label == label and keep(d.text[p.start:p.end])])
                             for d, labels in pairs)
                 for who, pairs in (("ours", ours), ("spacy", list(zip(documents, spacy_labels))))}
           for key, label, _, _, keep in SUBSETS},
        "relations": relation_precision(documents, extractions, gazetteer),
        "throughput": {
            "ours_words_per_s": n_words / our_seconds,
            "spacy_full_words_per_s": n_words / spacy_seconds,
            "ratio": spacy_seconds / our_seconds,
        },
    }


def table(result: dict) -> str:
    lines = [f"re3d: {result['documents']} documents, {result['words']} words, "
             f"{result['gold_entities']} gold entities (confidence >= {MIN_CONFIDENCE})", ""]
    header = f"{'type':<13}{'gold':>6}  " + "  ".join(
        f"{who + ' ' + mode:>22}" for mode in ("exact", "overlap") for who in ("ours", "spaCy"))
    lines += [header, f"{'':<21}" + "  ".join(f"{'P     R     F1':>22}" for _ in range(4))]
    for label in ("micro", *GOLD_TYPES):
        if label not in result["ours"]["exact"]:
            continue
        cells = []
        for mode in ("exact", "overlap"):
            for who in ("ours", "spacy"):
                r = result[who][mode][label]
                cells.append(f"{r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}".rjust(22))
        lines.append(f"{label:<13}{result['ours']['exact'][label]['gold']:>6}  " + "  ".join(cells))
    for key, label, name, note, _ in SUBSETS:
        if key not in result:
            continue
        cells = []
        for mode in ("exact", "overlap"):
            for who in ("ours", "spacy"):
                r = result[key][who][mode][label]
                cells.append(f"{r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}".rjust(22))
        gold = result[key]["ours"]["exact"][label]["gold"]
        lines.append(f"{name:<13}{gold:>6}  " + "  ".join(cells) + f"   ({note})")
    if "exact_product_spans" in result:
        lines.append(f"exact micro F1 on the product's spans (no leading article): "
                     f"{result['exact_product_spans']['f1']:.3f}")
    lines.append("")
    for predicate, row in result["relations"].items():
        precision = "n/a" if row["precision"] is None else f"{row['precision']:.3f}"
        lines.append(f"relations {predicate:<12} precision {precision} ({row['correct']}/{row['relations']})")
    speed = result["throughput"]
    lines.append(f"throughput: ours {speed['ours_words_per_s']:.0f} words/s, spaCy full nlp.pipe "
                 f"{speed['spacy_full_words_per_s']:.0f} words/s, ratio {speed['ratio']:.2f}x")
    return "\n".join(lines)


def load_conll(path: Path) -> list[Document]:
    """CoNLL-2003 documents: tokens joined by single spaces, sentences by newlines, gold from the
    IOB tags. Documents open at -DOCSTART-, sentences end at a blank line."""
    documents: list[Document] = []
    sentences: list[list[tuple[str, str]]] = []  # (word, tag) per token, per sentence

    def close_document() -> None:
        text, gold = "", []
        for sentence in filter(None, sentences):
            text += "\n" if text else ""
            tokens = []
            for word, tag in sentence:
                text += " " if tokens else ""
                tokens.append((len(text), len(text) + len(word), tag))
                text += word
            gold += iob_spans(tokens)
        if text:
            documents.append(Document(f"{path.stem}-{len(documents)}", text, gold, []))

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if fields and fields[0] == "-DOCSTART-":
                close_document()
                sentences = []
            elif not fields or not sentences:
                sentences.append([(fields[0], fields[-1])] if fields else [])
            else:
                sentences[-1].append((fields[0], fields[-1]))
    close_document()
    return documents


def iob_spans(tokens: list[tuple[int, int, str]]) -> list[Labelled]:
    """The spans of one sentence's (start, end, tag) tokens: an I- tag continues the span of the
    token before when it has the same type; B-, or I- after another type or O, opens one (IOB1
    and IOB2 alike)."""
    spans: list[Labelled] = []
    previous = None  # the type of the token before
    for start, end, tag in tokens:
        label = None if tag == "O" else tag[2:]
        if label and tag.startswith("I-") and label == previous:
            spans[-1] = Labelled(spans[-1].start, end, label)
        elif label:
            spans.append(Labelled(start, end, label))
        previous = label
    return spans


def conll_labels(extraction, gazetteer) -> list[Labelled]:
    """Our mentions as CoNLL spans (see the module docstring): names only, demonyms as MISC."""
    labels = []
    for mention in extraction.mentions:
        label = CONLL_TYPES.get(mention.entity_type)
        if label is None or mention.extractor.startswith("coreference:"):
            continue
        if mention.entity_type == "COUNTRY" and gazetteer.is_demonym(mention.text):
            label = "MISC"
        labels.append(Labelled(mention.start, mention.end, label))
    return labels


def evaluate_conll(documents: list[Document], gazetteer) -> dict:
    """One split's exact-span scores, ours and spaCy's."""
    extractions, _ = run_ours(documents)
    spacy_labels, _ = run_spacy(documents, SPACY_CONLL_TYPES)
    return {
        "documents": len(documents),
        "words": words([d.text for d in documents]),
        "gold_entities": sum(len(d.gold) for d in documents),
        "ours": score((d.gold, conll_labels(e, gazetteer)) for d, e in zip(documents, extractions))["exact"],
        "spacy": score((d.gold, labels) for d, labels in zip(documents, spacy_labels))["exact"],
    }


def conll_table(split: str, row: dict) -> str:
    lines = [f"conll2003 {split}: {row['documents']} documents, {row['words']} words, "
             f"{row['gold_entities']} gold entities; exact spans",
             f"{'type':<7}{'gold':>6}  {'ours P     R     F1':>22}  {'spaCy P     R     F1':>22}"]
    for label in ("micro", *CONLL_LABELS):
        cells = []
        for who in ("ours", "spacy"):
            r = row[who].get(label, prf(0, 0, 0, 0))
            cells.append(f"{r['precision']:.3f} {r['recall']:.3f} {r['f1']:.3f}".rjust(22))
        lines.append(f"{label:<7}{row['ours'].get(label, prf(0, 0, 0, 0))['gold']:>6}  " + "  ".join(cells))
    return "\n".join(lines) + "\n"


def write_result(name: str, result: dict) -> None:
    out = Settings.from_env().home / "eval" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="evaluate only the first N documents of each set or split")
    parser.add_argument("--sets", nargs="+", choices=("re3d", "conll2003"), default=["re3d", "conll2003"])
    args = parser.parse_args(argv)
    if "re3d" in args.sets:
        if RE3D.is_dir():
            result = evaluate(load_re3d()[: args.limit])
            print(table(result))
            write_result("entities.json", result)
        else:
            print(f"skipped: {RE3D} not found (the re3d evaluation set is not present)")
    if "conll2003" in args.sets:
        if CONLL2003.is_dir():
            from assets.entities.gazetteer import load_gazetteer

            result = {}
            for split in CONLL_SPLITS:  # each table as soon as its split is scored
                result[split] = evaluate_conll(load_conll(CONLL2003 / f"{split}.txt")[: args.limit],
                                               load_gazetteer())
                print(conll_table(split, result[split]), flush=True)
            write_result("conll2003.json", result)
        else:
            print(f"skipped: {CONLL2003} not found (the CoNLL-2003 evaluation set is not present)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
