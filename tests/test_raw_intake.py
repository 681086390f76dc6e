"""Raw layer logic: decoding, hashing, rejects with reason codes, JSON(-lines) records."""

import codecs
import hashlib
import json
import os

import pytest

from assets.raw.intake import REASON_CODES, Accepted, Rejected, article_id_for, read_document, read_input_file

LIMIT = 1_000_000
STORY = "Lisbon port operator signs a €40 million deal with Maersk for a new container terminal.\n"


def only(documents):
    assert len(documents) == 1, documents
    return documents[0]


def test_utf8_text_is_accepted_with_hash_and_id():
    data = STORY.encode("utf-8")
    doc = only(read_document("story.txt", data, LIMIT))
    assert isinstance(doc, Accepted)
    assert doc.content_type == "text/plain"
    assert doc.encoding == "utf-8"
    assert doc.text == STORY
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.size_bytes == len(data)
    assert doc.article_id == article_id_for(STORY)


@pytest.mark.parametrize(
    "bom, codec, expected",
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    ],
)
def test_byte_order_marks_pick_the_encoding(bom, codec, expected):
    doc = only(read_document("story.txt", bom + STORY.encode(codec), LIMIT))
    assert isinstance(doc, Accepted)
    assert doc.encoding == expected
    assert doc.text.lstrip("\ufeff") == STORY


def test_latin1_and_cp1252_are_told_apart():
    latin1 = "Señor Müller paid £5m for the café in Cádiz.\n".encode("latin-1")
    doc = only(read_document("latin.txt", latin1, LIMIT))
    assert (doc.encoding, doc.text) == ("iso8859-1", "Señor Müller paid £5m for the café in Cádiz.\n")

    cp1252 = "The minister’s plan – a “green” corridor – costs €2bn.\n".encode("cp1252")
    doc = only(read_document("smart.txt", cp1252, LIMIT))
    assert (doc.encoding, doc.text) == ("cp1252", "The minister’s plan – a “green” corridor – costs €2bn.\n")


@pytest.mark.parametrize("text", ["The club paid £15.8m for the striker.\n",
                                  "Sales fell to ¥300bn, worth £2.1bn at the new rate.\n"])
def test_latin1_signs_without_accented_letters_stay_signs(text):
    # cp1250 would read £ as Ł and ¥ as Ą, letters of the Polish alphabet
    doc = only(read_document("wire.txt", text.encode("latin-1"), LIMIT))
    assert (doc.encoding, doc.text) == ("iso8859-1", text)


def test_html_declared_charset_is_used():
    html = '<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body>na\xefve</body></html>'
    doc = only(read_document("page.html", html.encode("cp1252"), LIMIT))
    assert doc.content_type == "text/html"
    assert doc.encoding == "cp1252"
    assert "Café" in doc.text and "naïve" in doc.text


def test_html_saved_as_txt_is_sniffed_as_html():
    doc = only(read_document("page.txt", b"<!DOCTYPE html><html><body><p>Hello</p></body></html>", LIMIT))
    assert doc.content_type == "text/html"


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        ("nul.txt", b"abc\x00\x01\x02def", "binary"),
        ("controls.txt", ("x\x01" * 50).encode(), "binary"),
        ("odd.txt", codecs.BOM_UTF16_LE + b"a\x00b", "undecodable"),
        ("sheet.xlsx", b"anything", "unsupported_type"),
        ("noext", b"anything", "unsupported_type"),
        ("bad.json", b'{"title": "x", ', "malformed_json"),
        ("list.json", b"[1, 2]", "malformed_json"),
        ("scalar.json", b'"just a string"', "malformed_json"),
        ("notext.json", b'{"title": "A headline", "url": "https://example.org/a"}', "missing_text"),
    ],
)
def test_bad_inputs_are_rejected_with_reason(name, data, code):
    documents = read_document(name, data, LIMIT)
    assert documents and all(isinstance(d, Rejected) for d in documents)
    assert documents[0].reason_code == code
    assert code in REASON_CODES
    assert documents[0].message  # a person can read why


def test_too_large_is_rejected_without_decoding():
    doc = only(read_document("big.txt", b"a" * 101, 100))
    assert (doc.reason_code, doc.size_bytes) == ("too_large", 101)
    assert "100" in doc.message


def test_json_lines_give_one_document_per_line_and_reject_only_the_bad_line():
    lines = [
        json.dumps({"title": "Port deal", "text": "The port of Sines signed a deal on Monday."}),
        "{not json",
        "",
        json.dumps({"headline": "Rail loan", "body": "A €300 million loan was approved."}),
        json.dumps(["a", "list"]),
    ]
    documents = read_document("export.jsonl", "\n".join(lines).encode(), LIMIT)
    assert [type(d).__name__ for d in documents] == ["Accepted", "Rejected", "Accepted", "Rejected"]
    assert [d.record_index for d in documents] == [1, 2, 4, 5]
    assert documents[1].reason_code == "malformed_json" and "line 2" in documents[1].message
    assert documents[3].reason_code == "malformed_json"
    assert documents[0].content_type == "application/json"
    assert json.loads(documents[0].text)["title"] == "Port deal"
    assert documents[0].article_id != documents[2].article_id


def test_same_content_has_the_same_article_id_whatever_the_whitespace():
    assert article_id_for("A  port\ndeal ") == article_id_for("A port deal")
    assert article_id_for("A port deal") != article_id_for("A port deal.")


# Invented news sentences, each with the code pages it is commonly found in.
ENCODED_SAMPLES = {
    "Russian": ("Правительство объявило о новом кредите на строительство железной дороги между двумя "
                "городами. Министр финансов заявил, что проект будет завершён через три года.",
                ["cp1251", "koi8_r", "iso8859_5"]),
    "Ukrainian": ("Уряд оголосив про нову програму підтримки фермерів у західних областях. Міністр "
                  "сказав, що гроші надійдуть уже восени.", ["cp1251"]),
    "Bulgarian": ("Българското правителство подписа споразумение за изграждане на нов газопровод през "
                  "следващата година.", ["cp1251"]),
    "Greek": ("Η κυβέρνηση ανακοίνωσε νέο δάνειο για την κατασκευή του λιμανιού. Ο υπουργός είπε ότι "
              "το έργο θα ολοκληρωθεί σε τρία χρόνια.", ["cp1253", "iso8859_7"]),
    "Polish": ("Rząd ogłosił, że budowa nowej elektrowni ruszy w przyszłym roku. Minister powiedział, "
               "że źródła finansowania są już zapewnione.", ["cp1250", "iso8859_2"]),
    "Czech": ("Vláda oznámila, že stavba nové dálnice začne příští rok. Ministr dopravy řekl, že "
              "peníze na projekt už jsou zajištěny a práce potrvají čtyři roky.", ["cp1250", "iso8859_2"]),
    "Czech, few accents": ("Obyvatelé malé obce na jihu Moravy si stěžují na hluk z nového skladu. Starosta "
                           "slíbil, že s firmou bude jednat ještě tento týden.", ["cp1250", "iso8859_2"]),
    "Slovak": ("Vláda schválila nový zákon o podpore malých podnikov. Podľa ministra sa tým zníži "
               "byrokracia a firmy ušetria peniaze už budúci rok.", ["cp1250", "iso8859_2"]),
    "Hungarian": ("A kormány bejelentette, hogy jövőre megkezdődik az új híd építése a folyó felett. "
                  "A miniszter szerint a munkálatok három évig tartanak.", ["cp1250", "iso8859_2"]),
    "Hungarian, council": ("A városi tanács szerdán döntött arról, hogy felújítják a régi piacot. A költségeket "
                           "részben uniós pályázatból fedezik.", ["cp1250", "iso8859_2"]),
    "Slovenian": ("Vlada je sporočila, da se bo gradnja nove železniške proge začela prihodnje leto. "
                  "Minister je dejal, da so sredstva že zagotovljena.", ["cp1250", "iso8859_2"]),
    "Croatian": ("Vlada je najavila da će izgradnja nove luke početi sljedeće godine. Ministar je rekao "
                 "da je novac već osiguran i da će radovi trajati četiri godine.", ["cp1250", "iso8859_2"]),
    "Romanian": ("Guvernul a anunţat că lucrările la noua autostradă vor începe anul viitor. Ministrul a "
                 "declarat că banii sunt deja asiguraţi, iar şantierul va dura trei ani.", ["cp1250", "iso8859_2"]),
    "Turkish": ("Hükümet, yeni bir liman inşaatı için kredi anlaşması imzaladığını açıkladı. Bakan, "
                "projenin üç yıl içinde tamamlanacağını söyledi.", ["cp1254", "iso8859_9"]),
    "French": ("Le ministre a annoncé un prêt de deux milliards d'euros pour la construction d'un "
               "nouveau réseau ferroviaire à travers la région.", ["cp1252", "latin-1"]),
    "German": ("Die Regierung kündigte an, dass der Bau der neuen Brücke über den Fluss im nächsten "
               "Frühjahr beginnen soll.", ["cp1252", "latin-1"]),
    "Spanish": ("El Gobierno anunció que la construcción del nuevo puerto comenzará en otoño. Según el "
                "ministro, la inversión alcanzará los mil millones.", ["cp1252", "latin-1"]),
    "French, school": ("Les élèves de l'école primaire ont présenté leur spectacle de fin d'année devant des "
                       "parents ravis ; la mairie prévoit déjà une deuxième représentation.", ["cp1252", "latin-1"]),
    "German, mayor": ("Der Bürgermeister äußerte sich am Dienstag zur Schließung des Hallenbads; die Gebühren "
                      "würden nicht erhöht, sagte er.", ["cp1252", "latin-1"]),
    "Portuguese": ("O governo anunciou que a construção da nova ponte começará no próximo ano. Segundo o "
                   "ministro, as obras custarão três milhões de euros.", ["cp1252", "latin-1"]),
    "Italian": ("Il sindaco ha annunciato che i lavori per la nuova piazza inizieranno lunedì. "
                "Secondo l'assessore, la città potrà così attirare più turisti.", ["cp1252", "latin-1"]),
    "Swedish": ("Regeringen meddelade på tisdagen att bygget av den nya bron över älven påbörjas nästa år. "
                "Kostnaden beräknas till två miljarder kronor.", ["cp1252", "latin-1"]),
    "Danish": ("Kommunen har besluttet at bygge en ny skole på øen. Borgmesteren siger, at første spadestik "
               "tages til foråret, og at der er afsat penge nok.", ["cp1252", "latin-1"]),
    "Norwegian": ("Fylket får mer penger til veier i år. Ordføreren sier at bruen over fjorden skal være "
                  "ferdig før jul, og at køen blir kortere.", ["cp1252", "latin-1"]),
}


@pytest.mark.parametrize(
    "language, codec",
    [(language, codec) for language, (_, codecs_) in ENCODED_SAMPLES.items() for codec in codecs_],
)
def test_single_byte_code_pages_decode_right(language, codec):
    text = ENCODED_SAMPLES[language][0] + "\n"
    doc = only(read_document("story.txt", text.encode(codec), LIMIT))
    assert isinstance(doc, Accepted)
    assert doc.text == text, f"{language} in {codec} read as {doc.encoding}"


def test_utf8_with_a_stray_byte_stays_utf8_and_counts_it():
    data = "Le café — “quoted” in Zürich.\n".encode() + b"\xe9" + " The naïve rest.\n".encode()
    doc = only(read_document("story.txt", data, LIMIT))
    assert (doc.encoding, doc.replaced_bytes) == ("utf-8", 1)
    assert doc.text == "Le café — “quoted” in Zürich.\n\ufffd The naïve rest.\n"


def test_ascii_with_one_western_accent_is_not_mistaken_for_broken_utf8():
    doc = only(read_document("story.txt", "The café opened on Monday.\n".encode("cp1252"), LIMIT))
    assert (doc.text, doc.replaced_bytes) == ("The café opened on Monday.\n", 0)


def test_deep_json_is_rejected_before_it_is_parsed():
    deep = b"[" * 10_000 + b"]" * 10_000
    assert only(read_document("deep.json", deep, LIMIT)).reason_code == "too_deep"
    lines = read_document("deep.jsonl", b'{"text": "A short note on the harbour."}\n' + b'{"a":' * 100 + b"1" + b"}" * 100, LIMIT)
    assert [getattr(d, "reason_code", "accepted") for d in lines] == ["accepted", "too_deep"]
    brackets_in_strings = json.dumps({"text": "[" * 500 + " a harbour story"}).encode()
    assert isinstance(only(read_document("brackets.json", brackets_in_strings, LIMIT)), Accepted)


def test_symlinks_and_non_regular_files_are_rejected_unread(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the warehouse")
    link = tmp_path / "link.txt"
    link.symlink_to(secret)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert only(read_input_file(link, LIMIT)).reason_code == "symlink"
    assert only(read_input_file(folder, LIMIT)).reason_code == "not_regular_file"
    rejected = only(read_input_file(pipe, LIMIT))  # would block forever if it were opened
    assert (rejected.reason_code, rejected.message) == ("not_regular_file", "a named pipe, not a regular file")
    assert only(read_input_file(secret, LIMIT)).text == "not for the warehouse"


def test_each_json_record_counts_its_own_replaced_bytes():
    lines = ['{"text": "Le café ouvre à Zürich, “enfin”."}', '{"text": "A clean line of news."}']
    data = lines[0].encode().replace(b"caf\xc3\xa9", b"caf\xe9") + b"\n" + lines[1].encode()
    first, second = read_document("export.jsonl", data, LIMIT)
    assert (first.replaced_bytes, second.replaced_bytes) == (1, 0)
    assert "caf\ufffd" in first.text


def test_records_inside_an_envelope_are_the_articles():
    wrapped = {"url": "https://example.org/sines", "article": {"headline": "Port deal",
                                                               "body": {"text": "The port of Sines signed a deal."}}}
    doc = only(read_document("wrapped.json", json.dumps(wrapped).encode(), LIMIT))
    assert isinstance(doc, Accepted) and doc.raw_bytes == json.dumps(wrapped).encode()
    # the record the parser reads is the article, with the envelope's url it lacked
    assert json.loads(doc.text) == {"url": "https://example.org/sines", **wrapped["article"]}

    feed = {"status": "ok", "totalResults": 3, "articles": [
        {"title": "Rail loan", "content": "A €300 million loan was approved."},
        {"title": "A teaser only", "description": "No body here"},
        {"item": {"title": "Grid", "text": "The grid operator bought two substations."}},
    ]}
    documents = read_document("feed.json", json.dumps(feed).encode(), LIMIT)
    assert [type(d).__name__ for d in documents] == ["Accepted", "Rejected", "Accepted"]
    assert [d.record_index for d in documents] == [1, 2, 3]
    assert documents[1].reason_code == "missing_text" and "record 2" in documents[1].message
    assert json.loads(documents[2].text)["title"] == "Grid"
    # two envelopes deep, the title beside the object holding the text (the Guardian's API)
    api = {"response": {"status": "ok", "results": [
        {"webTitle": "Grid sale", "fields": {"bodyText": "The grid operator sold two substations."}}]}}
    doc = only(read_document("api.json", json.dumps(api).encode(), LIMIT))
    assert json.loads(doc.text) == {"webTitle": "Grid sale", "bodyText": "The grid operator sold two substations."}


def test_an_envelope_is_no_article_when_which_record_is_meant_is_unclear():
    # two fields hold records; an author's object with text in it describes the record
    for record in ({"main": {"title": "A", "text": "One story."}, "related": [{"title": "B", "text": "Another."}]},
                   {"title": "A headline", "author": {"name": "Ana Ruiz", "bio": {"text": "Ana writes on ports."}}}):
        assert only(read_document("unclear.json", json.dumps(record).encode(), LIMIT)).reason_code == "missing_text"
    line = json.dumps({"articles": [{"text": "One."}, {"text": "Two."}]})
    doc = only(read_document("feed.jsonl", line.encode(), LIMIT))
    assert doc.reason_code == "malformed_json" and "2 article records" in doc.message


def test_a_record_whose_text_field_holds_no_text_says_what_it_holds():
    lines = [{"title": "Numbers only", "text": 12345}, {"title": "Nothing yet", "body": None},
             {"title": "A teaser only", "description": "No body here"}]
    documents = read_document("odd.jsonl", "\n".join(json.dumps(line) for line in lines).encode(), LIMIT)
    assert [d.reason_code for d in documents] == ["missing_text"] * 3
    assert documents[0].message == "record 1: the article text field 'text' holds a number (12345), not text"
    assert documents[1].message == "record 2: the article text field 'body' holds null, not text"
    assert documents[2].message.startswith("record 3: no article text field (one of articleBody,")
    assert documents[2].message.endswith("keys: description, title)")


@pytest.mark.parametrize("data, message", [
    (b"null", "JSON null is not an article record (an object)"),
    (b'"Velkor sold its unit."', "a JSON string is not an article record (an object)"),
    (b"[[1, 2], 3.5]", "record 1: a JSON array is not an article record (an object)"),
])
def test_a_json_value_that_is_no_record_is_named_as_json_names_it(data, message):
    assert read_document("odd.json", data, LIMIT)[0].message == message
