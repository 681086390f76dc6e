"""Hostile inputs made on demand, for the hostile-input tests and the bench's "hostile" row.

Everything here is generated: invented prose of any size from a small vocabulary (so large inputs
are distinct text, not one paragraph repeated), and the files a hostile user drops in an inbox,
each with the outcome Wirehouse owes it: a reject with its reason code, or an article with its
parsed body_status.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

SUBJECTS = ("The regional council", "A state-owned lender", "The port authority", "Local farmers",
            "The energy ministry", "A consortium of builders", "The central bank", "Two rail operators",
            "The city's mayor", "A group of investors", "The provincial government", "Customs officers")
VERBS = ("approved", "delayed", "financed", "rejected", "announced", "reviewed", "expanded", "cut",
         "postponed", "signed", "questioned", "completed")
OBJECTS = ("a loan for the grain terminal", "plans for a new bridge", "the second phase of the pipeline",
           "a tender for electric buses", "funding for rural clinics", "the lease of the old airport",
           "a study of river dredging", "new rules for solar farms", "the budget for school repairs",
           "a contract for port cranes", "talks on water sharing", "the sale of a steel plant")
PLACES = ("Almaty", "Gdansk", "Mombasa", "Valparaiso", "Izmir", "Da Nang", "Rosario", "Tangier",
          "Karachi", "Cebu", "Odesa", "Durban")
WHENS = ("on Monday", "last week", "after months of talks", "in a closed session", "late on Friday",
         "despite protests", "ahead of the election", "earlier this year")
COMMENTS = ("Officials said the cost would reach {n} million dollars.",
            "Critics argued that {n} jobs were at stake.",
            "The work is expected to take {n} months.",
            "About {n} residents attended the hearing.",
            "Its share price rose {n} per cent by the close.")


def invented_sentence(rng: random.Random) -> str:
    sentence = f"{rng.choice(SUBJECTS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(WHENS)}."
    if rng.random() < 0.5:
        sentence += " " + rng.choice(COMMENTS).format(n=rng.randint(2, 9000))
    return sentence


def invented_prose(min_chars: int, seed: int = 0, sentences_per_paragraph: tuple[int, int] = (3, 6),
                   paragraph_break: str = "\n\n") -> str:
    """Paragraphs of invented news sentences, at least `min_chars` long."""
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < min_chars:
        count = rng.randint(*sentences_per_paragraph)
        paragraph = " ".join(invented_sentence(rng) for _ in range(count))
        paragraphs.append(paragraph)
        size += len(paragraph) + len(paragraph_break)
    return paragraph_break.join(paragraphs)


def _article_html(body_html: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Harbour plans</title></head><body>{body_html}</body></html>"


def write_hostile_inputs(folder: Path, max_bytes: int = 5 * 1024 * 1024) -> dict[str, str]:
    """Write the hostile inputs into `folder`; returns file name -> expected outcome, either
    "reject:<reason_code>" or "article:<body_status>" (or "article:ok" for text that must survive)."""
    folder.mkdir(parents=True, exist_ok=True)
    prose = invented_prose(3000, seed=1)
    expected: dict[str, str] = {}

    def write(name: str, data: bytes | str, outcome: str) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expected[name] = outcome

    write("deep.json", "[" * 10_000 + "]" * 10_000, "reject:too_deep")
    write("deep_object.json", '{"a":' * 5_000 + '"x"' + "}" * 5_000, "reject:too_deep")
    write("long_line.txt", invented_prose(2_000_000, seed=2, paragraph_break=" "), "article:ok")
    write("huge_string.json", json.dumps({"title": "One endless paragraph",
                                          "text": invented_prose(4_500_000, seed=3, paragraph_break=" ")}), "article:ok")
    write("many_paragraphs.json", json.dumps({"title": "Ten thousand paragraphs",
                                              "text": invented_prose(1_200_000, seed=4, sentences_per_paragraph=(1, 1))}),
          "article:too_many_paragraphs")
    write("many_paragraphs.html", _article_html("".join(f"<p>{p}</p>" for p in invented_prose(600_000, seed=5, sentences_per_paragraph=(1, 1)).split("\n\n"))),
          "article:too_many_paragraphs")
    write("distinct_prose.txt", "Harbour plans in twelve cities\n\n" + invented_prose(400_000, seed=6), "article:ok")
    write("script_only.html", "<html><head><script>var a = 1;</script></head><body><script>"
          + "document.write('x');\n" * 2_000 + "</script><style>p { color: red }</style></body></html>",
          "article:no_visible_text")
    entities = "".join(f'<!ENTITY e{i} "{"&e%d;" % (i - 1) * 10 if i else "boom"}">' for i in range(10))
    # The HTML parser never expands declared entities, so the bomb is a page without text.
    write("entity_bomb.html", f"<!DOCTYPE html [{entities}]><html><body><p>{'&e9;' * 50}</p></body></html>",
          "article:empty")
    write("nested_divs.html", _article_html("<div>" * 5_000 + f"<p>{prose}</p>" + "</div>" * 5_000),
          "article:markup_too_deep")
    write("emoji.txt", " ".join(["🚢🌊📈", "🔥🔥", "✅"] * 400), "article:not_prose")
    write("punctuation.txt", "!?.,;:-" * 20_000, "article:not_prose")
    write("one_giant_word.txt", "a" * 1_000_000, "article:empty")
    write("bad_byte.txt", prose.encode("utf-8").replace(b" in ", b" \xffin ", 1)
          + " — “quoted” café\n".encode("utf-8"), "article:ok")
    write("russian_cp1251.txt", ("Правительство объявило о новом кредите на строительство порта. "
                                 "Министр сказал, что работы начнутся весной.\n").encode("cp1251"), "article:short")
    write("nul.txt", b"text\x00with a NUL byte", "reject:binary")
    write("utf16_no_bom.txt", prose.encode("utf-16-le"), "reject:binary")
    write("controls.txt", "\x01\x02\x03 hello " * 100, "reject:binary")
    write("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "reject:binary")
    write("empty.txt", b"", "reject:empty")
    write("blank.txt", " \n\t\n" * 100, "reject:empty")
    write("too_large.txt", b"x" * (max_bytes + 1), "reject:too_large")
    write("program.exe", b"MZ\x90\x00", "reject:unsupported_type")
    write("broken.json", '{"title": "Unfinished', "reject:malformed_json")
    write("furniture_only.json", json.dumps({"title": "Nothing but page furniture", "text": "Advertisement\n\nShare this article"}),
          "article:empty")
    write("deep_markup.json", json.dumps({"title": "Markup in a JSON field",
                                          "text": "<div>" * 3_000 + f"<p>{prose}</p>" + "</div>" * 3_000}),
          "article:markup_too_deep")
    write("no_text.json", json.dumps({"title": "A headline only", "url": "https://example.org/x"}), "reject:missing_text")
    write("enveloped.json", json.dumps({"status": "ok", "data": {"article": {"title": {"rendered": "Harbour plans"},
                                                                         "content": {"rendered": f"<p>{prose}</p>"}}}}),
          "article:ok")
    (folder / "link.txt").symlink_to("/etc/passwd")
    expected["link.txt"] = "reject:symlink"
    (folder / "folder.txt").mkdir()
    expected["folder.txt"] = "reject:not_regular_file"
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "reject:not_regular_file"
    return expected
