"""Raw layer logic: turn the bytes of one input file into accepted documents or reject records.

Bad input never raises: it becomes a `Rejected` with a reason code and a message a person can act
on. A JSON-lines file yields one document per line, so one malformed line does not cost the others.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import NamedTuple

from assets.parsed.json_record import TEXT_FIELDS, enveloped_records, record_text

# Article records are a few levels deep; the bound keeps every later recursive walk (the JSON
# decoder's own included) far from Python's recursion limit.
MAX_JSON_DEPTH = 64

REASON_CODES = {
    "empty": "the file or record has no text",
    "binary": "the bytes are not text (NUL bytes, a known binary signature or control characters)",
    "undecodable": "no text encoding fits the bytes",
    "too_large": "the file is over the configured size limit",
    "unsupported_type": "the file extension is not one Wirehouse reads",
    "malformed_json": "a JSON file or JSON-lines line that does not parse to an object",
    "missing_text": "a JSON record with no article text field",
    "too_deep": f"JSON nested deeper than {MAX_JSON_DEPTH} levels (an article record is shallow)",
    "symlink": "a symbolic link: never followed, so nothing outside the inbox is read",
    "not_regular_file": "a directory, pipe, socket or device rather than a regular file",
}

CONTENT_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/plain",  # Markdown: its markup is read off by the parser (parsed/markdown_text.py)
    ".markdown": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".json": "application/json",
    ".jsonl": "application/json",
    ".ndjson": "application/json",
}
JSON_LINES_SUFFIXES = {".jsonl", ".ndjson"}

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")
HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html[\s>])", re.IGNORECASE)
# Control characters other than tab, newline, carriage return and form feed.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01
JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
JSON_BRACKET = re.compile(r"[\[\]{}]")
# Undecodable bytes in an otherwise UTF-8 file are slips (one bad byte pasted in), not another
# encoding, while at most this share of its non-ASCII characters are bad.
MAX_BAD_UTF8_SHARE = 1 / 3
# French, German or Spanish text has well under a fifth of its letters accented.
MAX_ACCENTED_SHARE = 0.3
# The code pages news text comes in; DOS and Mac pages would win ties on short texts by accident.
SINGLE_BYTE_CODE_PAGES = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r",
                          "koi8_u", "iso8859_5", "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1257",
                          "iso8859_13", "iso8859_4")
MAX_CHAOS = 0.2  # charset-normalizer's "mess" ratio above which a reading is noise
# The accented letters of each language's alphabet. A reading whose accented letters all belong to
# one alphabet is coherent text; one that mixes alphabets (Hungarian "õ" beside "ö", Croatian "æ"
# beside "è") is another code page read wrongly. charset-normalizer's own language scores cannot
# tell these apart on short mostly-ASCII text.
# French, German, Spanish, Portuguese, Italian, Dutch, Danish/Norwegian, Swedish/Finnish, Icelandic:
WESTERN_ALPHABETS = ("àâçéèêëîïôœùûüÿ", "äöüß", "áéíñóúü", "àáâãçéêíóôõú", "àèéìíîòóùú", "áèéëïóöü",
                     "åæéøó", "åäéö", "áðéíóöúýþæ")
CENTRAL_EUROPEAN_ALPHABETS = ("áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "ąćęłńóśźż", "áéíóöőúüű", "čćđšž",
                              "ăâîşţ")  # Czech, Slovak, Polish, Hungarian, Slovene/Croatian, Romanian
CENTRAL_EUROPEAN_CODE_PAGES = ("cp1250", "iso8859_2")
ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # a byte the "surrogateescape" handler kept


@dataclass(frozen=True)
class Accepted:
    source_name: str
    record_index: int | None
    content_type: str
    encoding: str
    size_bytes: int
    sha256: str
    raw_bytes: bytes
    text: str
    article_id: str
    replaced_bytes: int = 0  # undecodable bytes of a mostly-UTF-8 file, each now U+FFFD


@dataclass(frozen=True)
class Rejected:
    source_name: str
    record_index: int | None
    reason_code: str
    message: str
    size_bytes: int
    sha256: str | None


def article_id_for(text: str) -> str:
    """A stable id from normalised content: NFC, whitespace runs collapsed, trimmed."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def too_large(source_name: str, size: int, max_bytes: int) -> Rejected:
    """The reject for a file over the limit, decided from its size alone (it is never read)."""
    return Rejected(source_name, None, "too_large", f"{size} bytes is over the limit of {max_bytes} bytes", size, None)


def read_input_file(path: Path, max_bytes: int) -> list[Accepted | Rejected]:
    """Every document in the file at `path`. A symbolic link is never followed and a directory,
    pipe, socket or device is never opened for reading: each is a reject."""
    name = path.name
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        return [Rejected(name, None, "symlink", f"a symbolic link to {os.readlink(path)!r}; it is not followed", 0, None)]
    if not stat.S_ISREG(info.st_mode):
        return [Rejected(name, None, "not_regular_file", f"a {_file_kind(info.st_mode)}, not a regular file", 0, None)]
    if info.st_size > max_bytes:
        return [too_large(name, info.st_size, max_bytes)]
    # O_NOFOLLOW and the fstat close the gap between the check above and the read.
    descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return [Rejected(name, None, "not_regular_file", "the file was replaced by a non-regular one while read", 0, None)]
        data = handle.read(max_bytes + 1)
    return read_document(name, data, max_bytes)


def _file_kind(mode: int) -> str:
    kinds = {stat.S_ISDIR: "directory", stat.S_ISFIFO: "named pipe", stat.S_ISSOCK: "socket",
             stat.S_ISCHR: "character device", stat.S_ISBLK: "block device"}
    return next((kind for test, kind in kinds.items() if test(mode)), "special file")


def read_document(source_name: str, data: bytes, max_bytes: int) -> list[Accepted | Rejected]:
    """Every document in one input file, accepted or rejected."""
    size, digest = len(data), hashlib.sha256(data).hexdigest()

    def reject(code: str, message: str, record_index: int | None = None) -> Rejected:
        return Rejected(source_name, record_index, code, message, size, digest)

    suffix = PurePath(source_name).suffix.lower()
    content_type = CONTENT_TYPES.get(suffix)
    if content_type is None:
        supported = ", ".join(sorted(CONTENT_TYPES))
        return [reject("unsupported_type", f"extension {suffix or '(none)'!r} is not one of {supported}")]
    if size > max_bytes:
        return [too_large(source_name, size, max_bytes)]
    if not data.strip():
        return [reject("empty", "the file is empty" if size == 0 else "the file holds only whitespace")]
    if data.startswith(BINARY_SIGNATURES):
        return [reject("binary", f"the file starts with a binary signature ({data[:4]!r})")]

    try:
        text, encoding, replaced = decode_bytes(data, html=content_type == "text/html")
    except NotText as error:
        return [reject(error.reason_code, str(error))]
    control_share = len(CONTROL_CHARS.findall(text)) / max(len(text), 1)
    if control_share > MAX_CONTROL_SHARE:
        return [reject("binary", f"{control_share:.1%} of the characters are control characters")]
    if not text.strip():
        return [reject("empty", "the decoded text holds only whitespace")]

    if content_type == "text/plain" and HTML_SNIFF.match(text):
        content_type = "text/html"  # an HTML page saved as .txt
    if content_type != "application/json":
        return [Accepted(source_name, None, content_type, encoding, size, digest, data, text, article_id_for(text), replaced)]
    if suffix in JSON_LINES_SUFFIXES:
        documents = _json_lines(source_name, text, encoding, reject)
    else:
        documents = _json_document(source_name, data, text, encoding, reject)
    if not replaced:
        return documents
    # Each record of a file with replaced bytes counts the replacement characters in its own text.
    return [replace(d, replaced_bytes=d.text.count("\ufffd")) if isinstance(d, Accepted) else d for d in documents]


def json_kind(value) -> str:
    """A decoded JSON value's kind as JSON names it: "a JSON array", "JSON null", ..."""
    if value is None:
        return "JSON null"
    kinds = ((bool, "boolean"), (int, "number"), (float, "number"), (str, "string"), (list, "array"), (dict, "object"))
    return "a JSON " + next(name for python_type, name in kinds if isinstance(value, python_type))


def missing_text_reason(record: dict) -> str:
    """Why a record gives no article text: no field of TEXT_FIELDS, or what the first one holds instead."""
    fields = {name.lower() for name in TEXT_FIELDS}
    present = [key for key in record if isinstance(key, str) and key.lower() in fields]
    if not present:
        keys = ", ".join(sorted(map(str, record))) or "none"
        return f"no article text field (one of {', '.join(TEXT_FIELDS)}; keys: {keys})"
    value = record[present[0]]
    if value is None:
        held = "null"
    elif isinstance(value, str):
        held = "an empty string" if not value else "only whitespace"
    elif isinstance(value, bool):
        held = f"a boolean ({json.dumps(value)})"
    elif isinstance(value, (int, float)):
        held = f"a number ({value!r})"
    elif isinstance(value, list):
        held = "a list with no text in it"
    else:
        held = "an object with no text in it"
    return f"the article text field {present[0]!r} holds {held}, not text"

class NotText(ValueError):
    def __init__(self, reason_code: str, message: str):
        super().__init__(message)
        self.reason_code = reason_code


class Decoded(NamedTuple):
    text: str
    encoding: str
    replaced_bytes: int  # undecodable bytes replaced by U+FFFD (only in mostly-UTF-8 input)


def decode_bytes(data: bytes, html: bool) -> Decoded:
    """The decoded text; raises NotText saying why the bytes are not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, 0)
            except UnicodeDecodeError as error:
                raise NotText(
                    "undecodable",
                    f"the {encoding} byte-order mark is followed by invalid bytes ({error.reason} at byte {error.start})",
                ) from None
    nul_offset = data.find(0)
    if nul_offset >= 0:
        raise NotText("binary", f"NUL byte at offset {nul_offset} and no UTF-16/32 byte-order mark")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 0)
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8:
        return mostly_utf8
    declared = HTML_CHARSET.search(data[:4096]) if html else None
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return Decoded(data.decode(name), codecs.lookup(name).name, 0)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    return _detect_single_byte(data)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (each becomes U+FFFD, and is counted), when the valid
    multi-byte characters far outnumber the bad bytes; None when it reads as another encoding."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    bad = len(ESCAPED_BYTE.findall(escaped))
    non_ascii = sum(1 for char in escaped if ord(char) >= 0x80)
    if bad > MAX_BAD_UTF8_SHARE * non_ascii:
        return None
    return Decoded(ESCAPED_BYTE.sub("\ufffd", escaped), "utf-8", bad)


def _detect_single_byte(data: bytes) -> Decoded:
    """cp1252/Latin-1, or else cp1250/ISO-8859-2, when that reading's accented letters all belong to
    one language's alphabet (cp1252/Latin-1 also when it reads no accented letter at all); otherwise a code page chosen by charset-normalizer (it reads Cyrillic,
    Greek and Turkish code pages right), except where it ties with cp1252/Latin-1."""
    from charset_normalizer import from_bytes  # lazy: only for input that is not UTF-8

    western = _western(data)
    # English copy whose only high bytes are signs (£, °, ½): other code pages would make letters of them
    if western is not None and (_fits_one_alphabet(western[0], WESTERN_ALPHABETS) or not _accented(western[0])):
        return Decoded(*western, 0)
    # Where cp1250 and ISO-8859-2 differ, the wrong one turns letters into symbols or controls.
    central_european = [
        (text, code_page)
        for code_page in CENTRAL_EUROPEAN_CODE_PAGES
        if _fits_one_alphabet(text := data.decode(code_page, errors="replace"), CENTRAL_EUROPEAN_ALPHABETS)
        and "\ufffd" not in text
    ]
    if central_european:
        text, code_page = max(central_european, key=lambda reading: sum(char.isalpha() for char in reading[0]))
        return Decoded(text, codecs.lookup(code_page).name, 0)
    matches = list(from_bytes(data, cp_isolation=list(SINGLE_BYTE_CODE_PAGES)))
    best = matches[0] if matches else None
    if best is not None and western is not None:
        ties_with_western = str(best) == western[0] or any(
            codecs.lookup(match.encoding).name in ("cp1252", "iso8859-1")
            and match.chaos <= best.chaos and match.coherence >= best.coherence
            for match in matches
        )
        if ties_with_western:
            return Decoded(*western, 0)
    if best is not None and best.chaos <= MAX_CHAOS:
        return Decoded(str(best), codecs.lookup(best.encoding).name, 0)
    if western is not None:
        return Decoded(*western, 0)
    raise NotText(
        "undecodable",
        "no text encoding fits: not UTF-8, and neither cp1252/Latin-1 nor any detected encoding reads cleanly",
    )


def _accented(text: str) -> set[str]:
    """The text's letters outside ASCII, lower-cased."""
    return {char for char in text.lower() if ord(char) >= 0x80 and char.isalpha()}


def _fits_one_alphabet(text: str, alphabets: tuple[str, ...]) -> bool:
    """Whether the text has accented letters and they all belong to one of the alphabets."""
    accented = _accented(text)
    return bool(accented) and any(accented <= set(alphabet) for alphabet in alphabets)


def _western(data: bytes) -> tuple[str, str] | None:
    """(text, "iso8859-1" or "cp1252") when the bytes read as Western text: Latin-1 when no byte
    is in cp1252's 0x80-0x9F punctuation range."""
    high = {byte for byte in data if byte >= 0x80}
    encoding = "iso8859-1" if not high & set(range(0x80, 0xA0)) else "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _looks_like_western_text(text) else None


def _looks_like_western_text(text: str) -> bool:
    """Most non-ASCII characters are letters or common punctuation, not symbol soup, and accented
    letters are a minority of the letters (Cyrillic or Greek bytes read as Latin-1 are nearly all
    accented letters)."""
    non_ascii = [c for c in text if ord(c) >= 0x80]
    if not non_ascii:
        return True
    plausible = sum(1 for c in non_ascii if c.isalpha() or unicodedata.category(c) in {"Pd", "Pi", "Pf", "Po", "Sc", "Zs"})
    letters = sum(1 for c in text if c.isalpha())
    accented = sum(1 for c in non_ascii if c.isalpha())
    return plausible / len(non_ascii) >= 0.8 and accented <= MAX_ACCENTED_SHARE * letters


def json_depth(text: str) -> int:
    """How deep the JSON text's arrays and objects nest (brackets inside strings do not count),
    counted without parsing and up to one past MAX_JSON_DEPTH."""
    depth = deepest = 0
    for bracket in JSON_BRACKET.finditer(JSON_STRING.sub('""', text)):
        depth += 1 if bracket.group() in "[{" else -1
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            break
    return deepest


def _json_lines(source_name: str, text: str, encoding: str, reject) -> list[Accepted | Rejected]:
    documents: list[Accepted | Rejected] = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_bytes = line.encode("utf-8")
        documents.append(_json_record(source_name, line_number, line, line_bytes, encoding, reject))
    if not documents:
        return [reject("empty", "the JSON-lines file has no non-blank line")]
    return documents


def _json_document(source_name: str, data: bytes, text: str, encoding: str, reject) -> list[Accepted | Rejected]:
    """A .json file holds one record, or a list of records (one document each)."""
    if (depth := json_depth(text)) > MAX_JSON_DEPTH:
        return [reject("too_deep", f"JSON nested {depth} or more levels deep; the limit is {MAX_JSON_DEPTH}")]
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        return [reject("malformed_json", f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}")]
    if len(held := _held_records(parsed)) > 1:
        parsed = held  # {"articles": [...]}: one document per record, as for an array
    if isinstance(parsed, dict):
        return [_record_document(source_name, None, parsed, held, text, data, encoding, reject)]
    if isinstance(parsed, list):
        return [
            _record_document(source_name, index, item, _held_records(item), json.dumps(item, ensure_ascii=False),
                             None, encoding, reject)
            for index, item in enumerate(parsed, start=1)
        ] or [reject("empty", "the JSON array is empty")]
    return [reject("malformed_json", f"{json_kind(parsed)} is not an article record (an object)")]


def _json_record(source_name, line_number, line, line_bytes, encoding, reject) -> Accepted | Rejected:
    if (depth := json_depth(line)) > MAX_JSON_DEPTH:
        return reject("too_deep", f"line {line_number}: JSON nested {depth} or more levels deep; the limit is {MAX_JSON_DEPTH}", line_number)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return reject("malformed_json", f"line {line_number}: invalid JSON: {error.msg} at column {error.colno}", line_number)
    if len(held := _held_records(record)) > 1:
        return reject("malformed_json", f"line {line_number}: an envelope of {len(held)} article records; "
                      "a JSON-lines line holds one record", line_number)
    return _record_document(source_name, line_number, record, held, line, line_bytes, encoding, reject)


def _held_records(value) -> list[dict]:
    """The article records a JSON value holds as an envelope; [] for a record with text of its own,
    an object holding none, or anything but an object."""
    return (enveloped_records(value) or []) if isinstance(value, dict) else []


def _record_document(source_name, record_index, record, held, text, record_bytes, encoding, reject) -> Accepted | Rejected:
    """One document from a JSON record; `held` is what `_held_records` found in it."""
    where = f"record {record_index}: " if record_index is not None else ""
    if not isinstance(record, dict):
        return reject("malformed_json", f"{where}{json_kind(record)} is not an article record (an object)", record_index)
    record_bytes = record_bytes if record_bytes is not None else text.encode("utf-8")
    while len(held) == 1:
        # {"article": {...}}: the record inside is the article (stored as text for the parser); the
        # bytes and their hash stay those that arrived
        [record] = held
        text = json.dumps(record, ensure_ascii=False)
        held = _held_records(record)
    if record_text(record) is None:
        return reject("missing_text", where + missing_text_reason(record), record_index)
    return Accepted(
        source_name=source_name,
        record_index=record_index,
        content_type="application/json",
        encoding=encoding,
        size_bytes=len(record_bytes),
        sha256=hashlib.sha256(record_bytes).hexdigest(),
        raw_bytes=record_bytes,
        text=text,
        article_id=article_id_for(json.dumps(record, sort_keys=True, ensure_ascii=False)),
    )
