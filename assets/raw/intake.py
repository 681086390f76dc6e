"""Raw layer logic: turn the bytes of one input file into accepted documents or reject records.

Bad input never raises: it becomes a `Rejected` with a reason code and a message a person can act
on. A JSON-lines file yields one document per line, so one malformed line does not cost the others.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

from assets.parsed.json_record import record_text

REASON_CODES = {
    "empty": "the file or record has no text",
    "binary": "the bytes are not text (NUL bytes, a known binary signature or control characters)",
    "undecodable": "no text encoding fits the bytes",
    "too_large": "the file is over the configured size limit",
    "unsupported_type": "the file extension is not one Wirehouse reads",
    "malformed_json": "a JSON file or JSON-lines line that does not parse to an object",
    "missing_text": "a JSON record with no article text field",
}

CONTENT_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
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
        text, encoding = decode_bytes(data, html=content_type == "text/html")
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
        return [Accepted(source_name, None, content_type, encoding, size, digest, data, text, article_id_for(text))]
    if suffix in JSON_LINES_SUFFIXES:
        return _json_lines(source_name, text, encoding, reject)
    return _json_document(source_name, data, text, encoding, reject)


class NotText(ValueError):
    def __init__(self, reason_code: str, message: str):
        super().__init__(message)
        self.reason_code = reason_code


def decode_bytes(data: bytes, html: bool) -> tuple[str, str]:
    """(text, encoding name); raises NotText saying why the bytes are not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise NotText(
                    "undecodable",
                    f"the {encoding} byte-order mark is followed by invalid bytes ({error.reason} at byte {error.start})",
                ) from None
    nul_offset = data.find(0)
    if nul_offset >= 0:
        raise NotText("binary", f"NUL byte at offset {nul_offset} and no UTF-16/32 byte-order mark")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = HTML_CHARSET.search(data[:4096]) if html else None
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(name), codecs.lookup(name).name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    return _detect_single_byte(data)


def _detect_single_byte(data: bytes) -> tuple[str, str]:
    """Western single-byte text: cp1252 when its 0x80-0x9F punctuation decodes, else Latin-1;
    anything else goes to charset-normalizer, whose verdict must be confident."""
    high = {byte for byte in data if byte >= 0x80}
    if high and not high & set(range(0x80, 0xA0)):
        text = data.decode("latin-1")
        if _looks_like_western_text(text):
            return text, "iso8859-1"
    try:
        text = data.decode("cp1252")
        if _looks_like_western_text(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # lazy: only for the rare non-western input

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise NotText(
            "undecodable",
            "no text encoding fits: not UTF-8, and neither cp1252/Latin-1 nor any detected encoding reads cleanly",
        )
    return str(best), codecs.lookup(best.encoding).name


def _looks_like_western_text(text: str) -> bool:
    """Most non-ASCII characters are letters or common punctuation, not symbol soup."""
    non_ascii = [c for c in text if ord(c) >= 0x80]
    if not non_ascii:
        return True
    plausible = sum(1 for c in non_ascii if c.isalpha() or unicodedata.category(c) in {"Pd", "Pi", "Pf", "Po", "Sc", "Zs"})
    return plausible / len(non_ascii) >= 0.8


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
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        return [reject("malformed_json", f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}")]
    if isinstance(parsed, dict):
        return [_record_document(source_name, None, parsed, text, data, encoding, reject)]
    if isinstance(parsed, list):
        return [
            _record_document(source_name, index, item, json.dumps(item, ensure_ascii=False), None, encoding, reject)
            for index, item in enumerate(parsed, start=1)
        ] or [reject("empty", "the JSON array is empty")]
    return [reject("malformed_json", f"a JSON {type(parsed).__name__} is not an article record (an object)")]


def _json_record(source_name, line_number, line, line_bytes, encoding, reject) -> Accepted | Rejected:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return reject("malformed_json", f"line {line_number}: invalid JSON: {error.msg} at column {error.colno}", line_number)
    return _record_document(source_name, line_number, record, line, line_bytes, encoding, reject)


def _record_document(source_name, record_index, record, text, record_bytes, encoding, reject) -> Accepted | Rejected:
    where = f"record {record_index}: " if record_index is not None else ""
    if not isinstance(record, dict):
        return reject("malformed_json", f"{where}a JSON {type(record).__name__} is not an article record (an object)", record_index)
    if record_text(record) is None:
        return reject("missing_text", f"{where}no non-empty article text field (keys: {', '.join(sorted(record)) or 'none'})", record_index)
    record_bytes = record_bytes if record_bytes is not None else text.encode("utf-8")
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
