-- Migration 0007: the data dictionary as the DDL's own comments, so duckdb_tables() and
-- duckdb_columns() say what every table and column means from any client (the published file
-- included), and the Dagster catalog and warehouse/README.md are generated from them.
-- Conventions every table shares: `article_id` is the first 16 hex of the sha256 of the article's
-- NFC, whitespace-collapsed content; `batch_id` is the ingest batch (YYYYMMDDTHHMMSSZ-xxxxxx);
-- start_char/end_char are half-open offsets in code points into parsed.articles.body;
-- `*_key` columns are star.stable_key(natural key) (60 bits of md5), date keys yyyymmdd, -1 unknown.

COMMENT ON TABLE main.schema_version IS 'One row per migration (warehouse/migrations/NNNN_*.sql) applied to this file, in order, each once.';
COMMENT ON COLUMN main.schema_version.version IS 'The migration''s number (NNNN of its file name).';
COMMENT ON COLUMN main.schema_version.name IS 'The migration''s file name.';
COMMENT ON COLUMN main.schema_version.applied_at IS 'When it ran on this file (UTC).';

-- raw: the batch folder's files, decoded and hashed
COMMENT ON TABLE raw.articles IS 'One accepted input document (a file, or one line of a JSON-lines file), as received and decoded. Key: article_id.';
COMMENT ON COLUMN raw.articles.article_id IS 'The article''s id: first 16 hex of the sha256 of its NFC, whitespace-collapsed text; the key every layer joins on.';
COMMENT ON COLUMN raw.articles.batch_id IS 'The ingest batch that loaded it (YYYYMMDDTHHMMSSZ-xxxxxx; its files are in data/batches/<batch_id>/).';
COMMENT ON COLUMN raw.articles.source_path IS 'The input file inside data/batches/<batch_id>/.';
COMMENT ON COLUMN raw.articles.source_name IS 'The file''s name as dropped in the inbox.';
COMMENT ON COLUMN raw.articles.record_index IS 'Line number (1-based) inside a JSON-lines file; NULL for a one-document file.';
COMMENT ON COLUMN raw.articles.content_type IS 'text/plain, text/html or application/json: which parser reads it.';
COMMENT ON COLUMN raw.articles.encoding IS 'The character encoding the bytes were decoded with.';
COMMENT ON COLUMN raw.articles.size_bytes IS 'Size of the input as received, in bytes.';
COMMENT ON COLUMN raw.articles.sha256 IS 'sha256 of the bytes as received (hex).';
COMMENT ON COLUMN raw.articles.raw_bytes IS 'The bytes as received.';
COMMENT ON COLUMN raw.articles.text IS 'The decoded text, before any parsing.';
COMMENT ON COLUMN raw.articles.first_seen IS 'When this content was first loaded (UTC).';
COMMENT ON COLUMN raw.articles.replaced_bytes IS 'Invalid bytes of a mostly-UTF-8 input, each replaced by U+FFFD in text; 0 when it decoded cleanly.';

COMMENT ON TABLE raw.rejects IS 'One input that did not become an article, with why; the file stays in its batch folder. Key: (batch_id, source_path, record_index).';
COMMENT ON COLUMN raw.rejects.batch_id IS 'The ingest batch the input came in.';
COMMENT ON COLUMN raw.rejects.source_path IS 'The input file inside data/batches/<batch_id>/.';
COMMENT ON COLUMN raw.rejects.source_name IS 'The file''s name as dropped in the inbox.';
COMMENT ON COLUMN raw.rejects.record_index IS 'Line number (1-based) inside a JSON-lines file; NULL for a whole file.';
COMMENT ON COLUMN raw.rejects.reason_code IS 'Why it was rejected: empty, binary, undecodable, too_large, unsupported_type, malformed_json, missing_text, too_deep (JSON nested over 64 levels), symlink (never followed), not_regular_file (folder, pipe, socket, device).';
COMMENT ON COLUMN raw.rejects.message IS 'The reason in words, specific to this input.';
COMMENT ON COLUMN raw.rejects.size_bytes IS 'Size of the input, in bytes.';
COMMENT ON COLUMN raw.rejects.sha256 IS 'sha256 of its bytes; NULL when they could not be read (a symlink, a folder).';
COMMENT ON COLUMN raw.rejects.rejected_at IS 'When it was rejected (UTC).';

COMMENT ON TABLE raw.duplicates IS 'One input whose content is already an article (in this batch or an earlier one). Key: (batch_id, source_path, record_index).';
COMMENT ON COLUMN raw.duplicates.batch_id IS 'The ingest batch the repeat came in.';
COMMENT ON COLUMN raw.duplicates.source_path IS 'The input file inside data/batches/<batch_id>/.';
COMMENT ON COLUMN raw.duplicates.source_name IS 'The file''s name as dropped in the inbox.';
COMMENT ON COLUMN raw.duplicates.record_index IS 'Line number (1-based) inside a JSON-lines file; NULL for a whole file.';
COMMENT ON COLUMN raw.duplicates.article_id IS 'The article it repeats (raw.articles).';
COMMENT ON COLUMN raw.duplicates.seen_at IS 'When the repeat arrived (UTC).';

-- parsed: the article's fields and its furniture-free body
COMMENT ON TABLE parsed.articles IS 'One article: its fields and its furniture-free body, which every character offset of later layers indexes. Key: article_id.';
COMMENT ON COLUMN parsed.articles.article_id IS 'The article (raw.articles.article_id).';
COMMENT ON COLUMN parsed.articles.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN parsed.articles.parser IS 'Which parser read it: layout (plain text), html or json.';
COMMENT ON COLUMN parsed.articles.headline IS 'The headline; NULL when the source has none (wire copy, notes).';
COMMENT ON COLUMN parsed.articles.section IS 'The section or kicker the source files it under.';
COMMENT ON COLUMN parsed.articles.authors IS 'The people the byline names, in order; the news agency when no person signs.';
COMMENT ON COLUMN parsed.articles.author_bio IS 'The author''s biography line, when the article carries one.';
COMMENT ON COLUMN parsed.articles.publication IS 'The publication as the source names it.';
COMMENT ON COLUMN parsed.articles.published IS 'Publication date or date-time in ISO 8601, as the source gives it.';
COMMENT ON COLUMN parsed.articles.published_date IS 'The publication date; every relative date of the article is resolved against it.';
COMMENT ON COLUMN parsed.articles.print_headline IS 'The headline of the print edition, when it differs.';
COMMENT ON COLUMN parsed.articles.dateline IS 'The dateline place ("ASTANA").';
COMMENT ON COLUMN parsed.articles.url IS 'The article''s URL, when the source gives it.';
COMMENT ON COLUMN parsed.articles.language IS 'Language of the body, ISO 639-1.';
COMMENT ON COLUMN parsed.articles.word_count IS 'Words in the body.';
COMMENT ON COLUMN parsed.articles.body_status IS 'ok; short (under 50 words: a brief or a teaser, flagged not rejected); no article: empty, not_prose (under half letters), too_many_paragraphs (over 2,000), markup_too_deep (HTML past 256 levels), no_visible_text (script/style only), over_time_budget (parsing outlasted WIREHOUSE_PARSE_SECONDS_PER_ARTICLE).';
COMMENT ON COLUMN parsed.articles.body IS 'The body text without furniture (bylines, captions, pull quotes, share buttons); paragraphs separated by blank lines.';
COMMENT ON COLUMN parsed.articles.extractor_version IS 'parsed/N en_core_web_sm/V: the code that derived the row (assets/versions.py); NULL before versions were recorded.';

COMMENT ON TABLE parsed.captions IS 'One photo caption; never part of the body. Key: (article_id, caption_index).';
COMMENT ON COLUMN parsed.captions.article_id IS 'The article.';
COMMENT ON COLUMN parsed.captions.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN parsed.captions.caption_index IS 'Order of the caption in the article (0-based).';
COMMENT ON COLUMN parsed.captions.text IS 'The caption text.';
COMMENT ON COLUMN parsed.captions.credit IS 'The photo credit ("Photo: Reuters"), when given.';
COMMENT ON COLUMN parsed.captions.extractor_version IS 'parsed/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE parsed.pull_quotes IS 'One pull quote: repeats body text, never part of the body. Key: (article_id, quote_index).';
COMMENT ON COLUMN parsed.pull_quotes.article_id IS 'The article.';
COMMENT ON COLUMN parsed.pull_quotes.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN parsed.pull_quotes.quote_index IS 'Order of the quote in the article (0-based).';
COMMENT ON COLUMN parsed.pull_quotes.text IS 'The quote as set.';
COMMENT ON COLUMN parsed.pull_quotes.extractor_version IS 'parsed/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE parsed.paragraphs IS 'One body paragraph. Key: (article_id, paragraph_index).';
COMMENT ON COLUMN parsed.paragraphs.article_id IS 'The article.';
COMMENT ON COLUMN parsed.paragraphs.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN parsed.paragraphs.paragraph_index IS 'Order of the paragraph in the body (0-based).';
COMMENT ON COLUMN parsed.paragraphs.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN parsed.paragraphs.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN parsed.paragraphs.text IS 'The paragraph: body[start_char:end_char].';
COMMENT ON COLUMN parsed.paragraphs.extractor_version IS 'parsed/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE parsed.sentences IS 'One body sentence; never crosses a paragraph. Key: (article_id, sentence_index).';
COMMENT ON COLUMN parsed.sentences.article_id IS 'The article.';
COMMENT ON COLUMN parsed.sentences.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN parsed.sentences.sentence_index IS 'Order of the sentence in the body (0-based); later layers cite their evidence by it.';
COMMENT ON COLUMN parsed.sentences.paragraph_index IS 'The paragraph it belongs to (parsed.paragraphs).';
COMMENT ON COLUMN parsed.sentences.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN parsed.sentences.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN parsed.sentences.text IS 'The sentence: body[start_char:end_char].';
COMMENT ON COLUMN parsed.sentences.extractor_version IS 'parsed/N en_core_web_sm/V: the code that derived the row.';

-- entities: what the articles name, count and tell
COMMENT ON TABLE entities.entities IS 'One canonical entity seen in a batch. Key: (batch_id, entity_id).';
COMMENT ON COLUMN entities.entities.batch_id IS 'The ingest batch it was seen in.';
COMMENT ON COLUMN entities.entities.entity_id IS 'Canonical id: country:KAZ, subdivision:CN-GS, org:export-import-bank-of-china, person:xi-jinping, sector:<code>, quantity:<value>[ <unit>].';
COMMENT ON COLUMN entities.entities.entity_type IS 'PERSON, ORG, COUNTRY, SUBDIVISION, CITY, PLACE, SECTOR, QUANTITY, ... (star.dim_entity_type).';
COMMENT ON COLUMN entities.entities.canonical_name IS 'The name the gazetteers give it, else its most complete name as written.';
COMMENT ON COLUMN entities.entities.iso_code IS 'ISO 3166-1 alpha-3 for a country, ISO 3166-2 for a subdivision; NULL otherwise.';
COMMENT ON COLUMN entities.entities.kind IS 'Finer kind from the gazetteers (an organisation''s policy_bank, development_bank, ministry, ...); NULL when unknown.';
COMMENT ON COLUMN entities.entities.country_code IS 'ISO 3166-1 alpha-3 of the country it belongs to, when known.';
COMMENT ON COLUMN entities.entities.extractor_version IS 'entities/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE entities.mentions IS 'One entity mention in an article body, coreferences ("he", "the Foreign Secretary") included. Key: (article_id, mention_index).';
COMMENT ON COLUMN entities.mentions.article_id IS 'The article.';
COMMENT ON COLUMN entities.mentions.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN entities.mentions.mention_index IS 'Order of the mention in the article (0-based).';
COMMENT ON COLUMN entities.mentions.sentence_index IS 'The sentence it is in (parsed.sentences).';
COMMENT ON COLUMN entities.mentions.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN entities.mentions.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN entities.mentions.text IS 'The words as written.';
COMMENT ON COLUMN entities.mentions.entity_type IS 'Type of the entity mentioned (star.dim_entity_type).';
COMMENT ON COLUMN entities.mentions.entity_id IS 'The entity mentioned (entities.entities); SECTOR mentions are sector:<code>, QUANTITY mentions quantity:<value>[-<high>][ <unit>].';
COMMENT ON COLUMN entities.mentions.confidence IS 'Fixed score of the rule that found it (0-1), not a calibrated probability; coreferences 0.55-0.65.';
COMMENT ON COLUMN entities.mentions.extractor IS 'The rule that found it: ner:<label>, gazetteer, sector_matcher, pattern:unit, coreference:pronoun|speaker|title|speaker_organisation, ... Filter extractor NOT LIKE ''coreference:%'' for named mentions only.';
COMMENT ON COLUMN entities.mentions.role IS 'COUNTRY mentions only: actor (the state acting), place (its territory), people (its population); NULL when no cue says, and for every other type.';
COMMENT ON COLUMN entities.mentions.extractor_version IS 'entities/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE entities.amounts IS 'One money amount in an article body, in its currency and in USD. Key: (article_id, amount_index).';
COMMENT ON COLUMN entities.amounts.article_id IS 'The article.';
COMMENT ON COLUMN entities.amounts.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN entities.amounts.amount_index IS 'Order of the amount in the article (0-based).';
COMMENT ON COLUMN entities.amounts.sentence_index IS 'The sentence it is in (parsed.sentences).';
COMMENT ON COLUMN entities.amounts.start_char IS 'Start offset in parsed.articles.body (code points, inclusive); a qualifier ("about") is outside the span.';
COMMENT ON COLUMN entities.amounts.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN entities.amounts.text IS 'The amount as written ("US$25-30 billion").';
COMMENT ON COLUMN entities.amounts.currency IS 'ISO 4217 code of its currency.';
COMMENT ON COLUMN entities.amounts.amount_min IS 'Lower end in the original currency; a single figure gives amount_min = amount_max = the figure as written.';
COMMENT ON COLUMN entities.amounts.amount_max IS 'Upper end in the original currency.';
COMMENT ON COLUMN entities.amounts.usd_min IS 'amount_min in USD at usd_rate; NULL when no offline rate exists.';
COMMENT ON COLUMN entities.amounts.usd_max IS 'amount_max in USD at usd_rate; NULL when no offline rate exists.';
COMMENT ON COLUMN entities.amounts.usd_rate IS 'USD per one unit of the currency; NULL when no offline rate exists.';
COMMENT ON COLUMN entities.amounts.rate_date IS 'The day of the rate: the publication date or the nearest day the ECB published.';
COMMENT ON COLUMN entities.amounts.approximate IS 'True when a qualifier makes the figure approximate.';
COMMENT ON COLUMN entities.amounts.qualifier IS 'about, nearly, over, up to, at least, under, or order of magnitude ("billions of dollars": no figure, vague, left out of sums); NULL when none.';
COMMENT ON COLUMN entities.amounts.bound IS 'How to read min/max: exact; approximate; upper (true value <= amount_max); lower (true value >= amount_min); range (min < max).';
COMMENT ON COLUMN entities.amounts.currency_basis IS 'What named the currency: symbol, code, word, or context (a word several countries use, resolved by the country named nearest).';
COMMENT ON COLUMN entities.amounts.rate_source IS 'ecb (ECB reference rate, offline) or peg (a fixed dollar peg); NULL when no offline rate exists.';
COMMENT ON COLUMN entities.amounts.usd_note IS 'Why USD is missing, or how the rate was chosen (e.g. no publication date: the latest rate).';
COMMENT ON COLUMN entities.amounts.extractor_version IS 'entities/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE entities.dates IS 'One date expression in an article body, resolved against the publication date. Key: (article_id, date_index).';
COMMENT ON COLUMN entities.dates.article_id IS 'The article.';
COMMENT ON COLUMN entities.dates.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN entities.dates.date_index IS 'Order of the expression in the article (0-based).';
COMMENT ON COLUMN entities.dates.sentence_index IS 'The sentence it is in (parsed.sentences).';
COMMENT ON COLUMN entities.dates.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN entities.dates.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN entities.dates.text IS 'The expression as written ("last June").';
COMMENT ON COLUMN entities.dates.value IS 'ISO 8601 value: 2017-06-08, 2017-W23, 2017-02, 2017-Q3, 2017-H1, 2015, 197X, P5Y, PT24H; NULL when unresolved.';
COMMENT ON COLUMN entities.dates.resolution IS 'day, week, month, quarter, half, year, decade, duration or unresolved.';
COMMENT ON COLUMN entities.dates.date_start IS 'First day of the period; NULL for durations and unresolved expressions.';
COMMENT ON COLUMN entities.dates.date_end IS 'Last day of the period.';
COMMENT ON COLUMN entities.dates.note IS 'Why the expression stays unresolved (no publication date, no rule for it).';
COMMENT ON COLUMN entities.dates.extractor_version IS 'entities/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE entities.relations IS 'One typed relation between two entities stated in one sentence. Key: (article_id, relation_index).';
COMMENT ON COLUMN entities.relations.article_id IS 'The article.';
COMMENT ON COLUMN entities.relations.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN entities.relations.relation_index IS 'Order of the relation in the article (0-based).';
COMMENT ON COLUMN entities.relations.sentence_index IS 'The evidence sentence (parsed.sentences).';
COMMENT ON COLUMN entities.relations.subject_id IS 'Entity id of the subject (entities.entities).';
COMMENT ON COLUMN entities.relations.predicate IS 'The relation type: holds_title, works_for, met_with, funded_by, paired_with, located_in, invests_in, co_occurs_with (star.dim_relation_type).';
COMMENT ON COLUMN entities.relations.object_id IS 'Entity id of the object (entities.entities).';
COMMENT ON COLUMN entities.relations.confidence IS 'Fixed score of the construction that found it (0.3-0.85), not a calibrated probability.';
COMMENT ON COLUMN entities.relations.extractor IS 'The rule that found it.';
COMMENT ON COLUMN entities.relations.attributes IS 'JSON: {"title": ...} for holds_title, {"sectors": ["sector:..."]} for paired_with; NULL otherwise.';
COMMENT ON COLUMN entities.relations.extractor_version IS 'entities/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE entities.events IS 'One event (a transaction or a meeting) told in an article, repeats merged. Key: (article_id, event_index).';
COMMENT ON COLUMN entities.events.article_id IS 'The article.';
COMMENT ON COLUMN entities.events.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN entities.events.event_index IS 'Order of the event in the article (0-based).';
COMMENT ON COLUMN entities.events.sentence_index IS 'The evidence sentence (parsed.sentences).';
COMMENT ON COLUMN entities.events.event_type IS 'lend, fund, invest, acquire, contract, agreement or meet (star.dim_event_type).';
COMMENT ON COLUMN entities.events.status IS 'done, agreed, announced or planned.';
COMMENT ON COLUMN entities.events.trigger IS 'The word that states the event, as written.';
COMMENT ON COLUMN entities.events.amount_index IS 'The linked amount (entities.amounts of the article); NULL when none is linked.';
COMMENT ON COLUMN entities.events.date_index IS 'The stated date (entities.dates of the article); NULL when none is stated.';
COMMENT ON COLUMN entities.events.place_id IS 'Entity id of the place, when stated.';
COMMENT ON COLUMN entities.events.sector_id IS 'sector:<code> of the sector, when stated.';
COMMENT ON COLUMN entities.events.start_char IS 'Start of the evidence span (first word of trigger and arguments) in parsed.articles.body.';
COMMENT ON COLUMN entities.events.end_char IS 'End of the evidence span (exclusive).';
COMMENT ON COLUMN entities.events.confidence IS 'Fixed score of the construction that found it, not a calibrated probability.';
COMMENT ON COLUMN entities.events.extractor IS 'The rule that found it.';
COMMENT ON COLUMN entities.events.extractor_version IS 'entities/N en_core_web_sm/V: the code that derived the row.';

COMMENT ON TABLE entities.event_parties IS 'One party of one event in its role. Key: (article_id, event_index, party_index).';
COMMENT ON COLUMN entities.event_parties.article_id IS 'The article.';
COMMENT ON COLUMN entities.event_parties.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN entities.event_parties.event_index IS 'The event (entities.events of the article).';
COMMENT ON COLUMN entities.event_parties.party_index IS 'Order of the party within the event (0-based).';
COMMENT ON COLUMN entities.event_parties.role IS 'agent, recipient, seller or party.';
COMMENT ON COLUMN entities.event_parties.entity_id IS 'The party''s entity id (entities.entities).';
COMMENT ON COLUMN entities.event_parties.mention_index IS 'The mention naming it (entities.mentions of the article); NULL when the event names the party back by its office ("the president").';
COMMENT ON COLUMN entities.event_parties.start_char IS 'Start offset of the words naming the party in parsed.articles.body.';
COMMENT ON COLUMN entities.event_parties.end_char IS 'End offset of those words (exclusive).';
COMMENT ON COLUMN entities.event_parties.text IS 'The words naming the party, as written.';
COMMENT ON COLUMN entities.event_parties.extractor_version IS 'entities/N en_core_web_sm/V: the code that derived the row.';

-- star: Kimball star schema over the published articles
COMMENT ON TABLE star.dim_date IS 'One calendar day, plus -1 for unknown. Key: date_key (yyyymmdd).';
COMMENT ON COLUMN star.dim_date.date_key IS 'yyyymmdd as an integer; -1 = unknown.';
COMMENT ON COLUMN star.dim_date.full_date IS 'The day; NULL for the unknown row.';
COMMENT ON COLUMN star.dim_date.year IS 'Calendar year.';
COMMENT ON COLUMN star.dim_date.quarter IS 'Calendar quarter, 1-4.';
COMMENT ON COLUMN star.dim_date.month IS 'Month number, 1-12.';
COMMENT ON COLUMN star.dim_date.month_name IS 'Month name in English.';
COMMENT ON COLUMN star.dim_date.day IS 'Day of the month.';
COMMENT ON COLUMN star.dim_date.day_of_week IS 'Weekday name in English.';
COMMENT ON COLUMN star.dim_date.iso_week IS 'ISO 8601 week number.';

COMMENT ON TABLE star.dim_publication IS 'One publication (names compared case-insensitively). Key: publication_key = stable_key(''publication|'' || lower(name)).';
COMMENT ON COLUMN star.dim_publication.publication_key IS 'Surrogate key: stable_key(''publication|'' || lower(publication_name)).';
COMMENT ON COLUMN star.dim_publication.publication_name IS 'The publication''s name; ''Unknown'' when the source names none.';

COMMENT ON TABLE star.dim_author IS 'One author name (compared case-insensitively). Key: author_key = stable_key(''author|'' || lower(name)).';
COMMENT ON COLUMN star.dim_author.author_key IS 'Surrogate key: stable_key(''author|'' || lower(author_name)).';
COMMENT ON COLUMN star.dim_author.author_name IS 'The name as the byline gives it.';

COMMENT ON TABLE star.dim_article IS 'One article that no layer quarantined. Key: article_key = stable_key(''article|'' || article_id).';
COMMENT ON COLUMN star.dim_article.article_key IS 'Surrogate key: stable_key(''article|'' || article_id).';
COMMENT ON COLUMN star.dim_article.article_id IS 'The article (raw.articles.article_id).';
COMMENT ON COLUMN star.dim_article.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN star.dim_article.headline IS 'The headline; NULL when the source has none (wire copy, notes).';
COMMENT ON COLUMN star.dim_article.section IS 'The section the source files it under.';
COMMENT ON COLUMN star.dim_article.print_headline IS 'The print edition''s headline, when it differs.';
COMMENT ON COLUMN star.dim_article.publication_key IS 'Its publication (dim_publication).';
COMMENT ON COLUMN star.dim_article.published_date_key IS 'Its publication date (dim_date); -1 unknown.';
COMMENT ON COLUMN star.dim_article.published IS 'Publication date or date-time in ISO 8601, as the source gives it.';
COMMENT ON COLUMN star.dim_article.url IS 'The article''s URL, when given.';
COMMENT ON COLUMN star.dim_article.language IS 'Language of the body, ISO 639-1.';
COMMENT ON COLUMN star.dim_article.content_type IS 'text/plain, text/html or application/json as received.';
COMMENT ON COLUMN star.dim_article.parser IS 'Which parser read it: layout, html or json.';
COMMENT ON COLUMN star.dim_article.source_name IS 'The input file''s name as dropped in the inbox.';
COMMENT ON COLUMN star.dim_article.source_path IS 'The input file inside data/batches/<batch_id>/.';
COMMENT ON COLUMN star.dim_article.extractor_version IS 'parsed/N en_core_web_sm/V of the parsed row it comes from.';

COMMENT ON TABLE star.bridge_article_author IS 'One author of one article. Key: (article_key, author_key).';
COMMENT ON COLUMN star.bridge_article_author.article_key IS 'The article (dim_article).';
COMMENT ON COLUMN star.bridge_article_author.author_key IS 'The author (dim_author).';
COMMENT ON COLUMN star.bridge_article_author.author_order IS 'Position in the byline, 1 = first name.';
COMMENT ON COLUMN star.bridge_article_author.batch_id IS 'The ingest batch that loaded the article.';

COMMENT ON TABLE star.dim_entity_type IS 'One entity type (PERSON, ORG, COUNTRY, ...). Key: entity_type_key = stable_key(''entity_type|'' || type).';
COMMENT ON COLUMN star.dim_entity_type.entity_type_key IS 'Surrogate key: stable_key(''entity_type|'' || entity_type).';
COMMENT ON COLUMN star.dim_entity_type.entity_type IS 'The type''s name; every allowed type is seeded.';

COMMENT ON TABLE star.dim_entity IS 'One real-world entity across all articles. Key: entity_key = stable_key(''entity|'' || entity_id).';
COMMENT ON COLUMN star.dim_entity.entity_key IS 'Surrogate key: stable_key(''entity|'' || entity_id).';
COMMENT ON COLUMN star.dim_entity.entity_id IS 'Canonical id: country:KAZ, subdivision:CN-GS, org:..., person:..., sector:<code>, quantity:...';
COMMENT ON COLUMN star.dim_entity.entity_type_key IS 'Its type (dim_entity_type).';
COMMENT ON COLUMN star.dim_entity.entity_type IS 'Its type''s name, repeated for convenience.';
COMMENT ON COLUMN star.dim_entity.canonical_name IS 'The name the gazetteers give it, else its most complete name as written.';
COMMENT ON COLUMN star.dim_entity.iso_code IS 'ISO 3166-1 alpha-3 for a country, ISO 3166-2 for a subdivision; NULL otherwise.';
COMMENT ON COLUMN star.dim_entity.kind IS 'Finer kind from the gazetteers (policy_bank, development_bank, ministry, ...); NULL when unknown.';
COMMENT ON COLUMN star.dim_entity.country_code IS 'ISO 3166-1 alpha-3 of the country it belongs to, when known.';

COMMENT ON TABLE star.dim_relation_type IS 'One relation type, every type seeded. Key: relation_type_key = stable_key(''relation_type|'' || predicate).';
COMMENT ON COLUMN star.dim_relation_type.relation_type_key IS 'Surrogate key: stable_key(''relation_type|'' || relation_type).';
COMMENT ON COLUMN star.dim_relation_type.relation_type IS 'holds_title, works_for, met_with, funded_by, paired_with, located_in, invests_in or co_occurs_with.';
COMMENT ON COLUMN star.dim_relation_type.description IS 'What the type means: subject, object and how it is found.';

COMMENT ON TABLE star.dim_event_type IS 'One event type, every type seeded. Key: event_type_key = stable_key(''event_type|'' || type).';
COMMENT ON COLUMN star.dim_event_type.event_type_key IS 'Surrogate key: stable_key(''event_type|'' || event_type).';
COMMENT ON COLUMN star.dim_event_type.event_type IS 'lend, fund, invest, acquire, contract, agreement or meet.';
COMMENT ON COLUMN star.dim_event_type.description IS 'What the type means and which roles its parties take.';

COMMENT ON TABLE star.dim_sector IS 'One sector of the taxonomy (assets/entities/gazetteers/sectors.csv), all seeded. Key: sector_key = stable_key(''sector|'' || sector_code).';
COMMENT ON COLUMN star.dim_sector.sector_key IS 'Surrogate key: stable_key(''sector|'' || sector_code).';
COMMENT ON COLUMN star.dim_sector.sector_code IS 'The sector''s stable code in the taxonomy.';
COMMENT ON COLUMN star.dim_sector.entity_id IS 'sector:<code>: its dim_entity row when some article mentions it.';
COMMENT ON COLUMN star.dim_sector.sector_name IS 'The sector''s name.';
COMMENT ON COLUMN star.dim_sector.isic_code IS 'ISIC Rev.4 section, division, group or class it maps to; NULL when none fits (tourism).';
COMMENT ON COLUMN star.dim_sector.isic_section IS 'ISIC Rev.4 section letter.';
COMMENT ON COLUMN star.dim_sector.isic_section_name IS 'ISIC Rev.4 section title.';
COMMENT ON COLUMN star.dim_sector.isic_title IS 'ISIC Rev.4 title of isic_code.';
COMMENT ON COLUMN star.dim_sector.notes IS 'Judgement calls made in mapping it.';

COMMENT ON TABLE star.dim_sentence IS 'One sentence of one article, the evidence every fact points at. Key: sentence_key = stable_key(''sentence|'' || article_id || ''|'' || sentence_index).';
COMMENT ON COLUMN star.dim_sentence.sentence_key IS 'Surrogate key: stable_key(''sentence|'' || article_id || ''|'' || sentence_index).';
COMMENT ON COLUMN star.dim_sentence.article_key IS 'The article (dim_article).';
COMMENT ON COLUMN star.dim_sentence.batch_id IS 'The ingest batch that loaded the article.';
COMMENT ON COLUMN star.dim_sentence.sentence_index IS 'Order of the sentence in the body (0-based).';
COMMENT ON COLUMN star.dim_sentence.paragraph_index IS 'The paragraph it belongs to (0-based).';
COMMENT ON COLUMN star.dim_sentence.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN star.dim_sentence.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN star.dim_sentence.text IS 'The sentence.';
COMMENT ON COLUMN star.dim_sentence.extractor_version IS 'parsed/N en_core_web_sm/V of the row it comes from.';

COMMENT ON TABLE star.fact_article IS 'One article with its counts. Key: article_key (as in dim_article).';
COMMENT ON COLUMN star.fact_article.article_key IS 'The article (dim_article).';
COMMENT ON COLUMN star.fact_article.publication_key IS 'Its publication (dim_publication).';
COMMENT ON COLUMN star.fact_article.published_date_key IS 'Its publication date (dim_date); -1 unknown.';
COMMENT ON COLUMN star.fact_article.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN star.fact_article.word_count IS 'Words in the body.';
COMMENT ON COLUMN star.fact_article.paragraph_count IS 'Paragraphs in the body.';
COMMENT ON COLUMN star.fact_article.sentence_count IS 'Sentences in the body.';
COMMENT ON COLUMN star.fact_article.mention_count IS 'Entity mentions, coreferences included.';
COMMENT ON COLUMN star.fact_article.amount_count IS 'Money amounts.';
COMMENT ON COLUMN star.fact_article.relation_count IS 'Relations.';
COMMENT ON COLUMN star.fact_article.extractor_version IS 'entities/N en_core_web_sm/V of its mentions.';

COMMENT ON TABLE star.fact_entity_mention IS 'One entity mention. Key: mention_key = stable_key(''mention|'' || article_id || ''|'' || mention_index).';
COMMENT ON COLUMN star.fact_entity_mention.mention_key IS 'Surrogate key: stable_key(''mention|'' || article_id || ''|'' || mention_index).';
COMMENT ON COLUMN star.fact_entity_mention.article_key IS 'The article (dim_article).';
COMMENT ON COLUMN star.fact_entity_mention.sentence_key IS 'The sentence it is in (dim_sentence).';
COMMENT ON COLUMN star.fact_entity_mention.entity_key IS 'The entity mentioned (dim_entity).';
COMMENT ON COLUMN star.fact_entity_mention.entity_type_key IS 'Its type (dim_entity_type).';
COMMENT ON COLUMN star.fact_entity_mention.published_date_key IS 'The article''s publication date (dim_date).';
COMMENT ON COLUMN star.fact_entity_mention.batch_id IS 'The ingest batch that loaded the article.';
COMMENT ON COLUMN star.fact_entity_mention.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN star.fact_entity_mention.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN star.fact_entity_mention.surface_text IS 'The words as written.';
COMMENT ON COLUMN star.fact_entity_mention.confidence IS 'Fixed score of the rule that found it (0-1), not a calibrated probability.';
COMMENT ON COLUMN star.fact_entity_mention.extractor IS 'The rule that found it; coreference:* for pronouns, speakers and titles naming a person back.';
COMMENT ON COLUMN star.fact_entity_mention.role IS 'COUNTRY mentions only: actor, place or people; NULL when no cue says.';
COMMENT ON COLUMN star.fact_entity_mention.extractor_version IS 'entities/N en_core_web_sm/V of the row it comes from.';

COMMENT ON TABLE star.fact_money_amount IS 'One money amount. Key: amount_key = stable_key(''amount|'' || article_id || ''|'' || amount_index).';
COMMENT ON COLUMN star.fact_money_amount.amount_key IS 'Surrogate key: stable_key(''amount|'' || article_id || ''|'' || amount_index).';
COMMENT ON COLUMN star.fact_money_amount.article_key IS 'The article (dim_article).';
COMMENT ON COLUMN star.fact_money_amount.sentence_key IS 'The sentence it is in (dim_sentence).';
COMMENT ON COLUMN star.fact_money_amount.published_date_key IS 'The article''s publication date (dim_date).';
COMMENT ON COLUMN star.fact_money_amount.rate_date_key IS 'The day of the USD rate (dim_date); -1 when none.';
COMMENT ON COLUMN star.fact_money_amount.batch_id IS 'The ingest batch that loaded the article.';
COMMENT ON COLUMN star.fact_money_amount.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN star.fact_money_amount.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN star.fact_money_amount.surface_text IS 'The amount as written.';
COMMENT ON COLUMN star.fact_money_amount.currency IS 'ISO 4217 code of its currency.';
COMMENT ON COLUMN star.fact_money_amount.amount_min IS 'Lower end in the original currency (= amount_max for a single figure).';
COMMENT ON COLUMN star.fact_money_amount.amount_max IS 'Upper end in the original currency.';
COMMENT ON COLUMN star.fact_money_amount.usd_min IS 'amount_min in USD; NULL when no offline rate exists.';
COMMENT ON COLUMN star.fact_money_amount.usd_max IS 'amount_max in USD; NULL when no offline rate exists.';
COMMENT ON COLUMN star.fact_money_amount.usd_rate IS 'USD per one unit of the currency.';
COMMENT ON COLUMN star.fact_money_amount.approximate IS 'True when a qualifier makes the figure approximate.';
COMMENT ON COLUMN star.fact_money_amount.qualifier IS 'about, nearly, over, up to, at least, under, or order of magnitude (vague: no figure stated); NULL when none.';
COMMENT ON COLUMN star.fact_money_amount.bound IS 'exact, approximate, upper (true value <= amount_max), lower (>= amount_min) or range.';
COMMENT ON COLUMN star.fact_money_amount.currency_basis IS 'What named the currency: symbol, code, word or context.';
COMMENT ON COLUMN star.fact_money_amount.rate_source IS 'ecb or peg; NULL when no offline rate exists.';
COMMENT ON COLUMN star.fact_money_amount.usd_note IS 'Why USD is missing, or how the rate was chosen.';
COMMENT ON COLUMN star.fact_money_amount.extractor_version IS 'entities/N en_core_web_sm/V of the row it comes from.';

COMMENT ON TABLE star.fact_date_mention IS 'One date expression. Key: date_mention_key = stable_key(''date|'' || article_id || ''|'' || date_index).';
COMMENT ON COLUMN star.fact_date_mention.date_mention_key IS 'Surrogate key: stable_key(''date|'' || article_id || ''|'' || date_index).';
COMMENT ON COLUMN star.fact_date_mention.article_key IS 'The article (dim_article).';
COMMENT ON COLUMN star.fact_date_mention.sentence_key IS 'The sentence it is in (dim_sentence).';
COMMENT ON COLUMN star.fact_date_mention.published_date_key IS 'The article''s publication date (dim_date).';
COMMENT ON COLUMN star.fact_date_mention.mentioned_date_key IS 'First day of the mentioned period (dim_date); -1 when unresolved.';
COMMENT ON COLUMN star.fact_date_mention.batch_id IS 'The ingest batch that loaded the article.';
COMMENT ON COLUMN star.fact_date_mention.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN star.fact_date_mention.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN star.fact_date_mention.surface_text IS 'The expression as written.';
COMMENT ON COLUMN star.fact_date_mention.value IS 'ISO 8601 value (2017-06-08, 2017-Q3, P5Y, ...); NULL when unresolved.';
COMMENT ON COLUMN star.fact_date_mention.resolution IS 'day, week, month, quarter, half, year, decade, duration or unresolved.';
COMMENT ON COLUMN star.fact_date_mention.date_start IS 'First day of the period.';
COMMENT ON COLUMN star.fact_date_mention.date_end IS 'Last day of the period.';
COMMENT ON COLUMN star.fact_date_mention.note IS 'Why the expression stays unresolved.';
COMMENT ON COLUMN star.fact_date_mention.extractor_version IS 'entities/N en_core_web_sm/V of the row it comes from.';

COMMENT ON TABLE star.fact_relation IS 'One relation stated in one sentence. Key: relation_key = stable_key(''relation|'' || article_id || ''|'' || relation_index).';
COMMENT ON COLUMN star.fact_relation.relation_key IS 'Surrogate key: stable_key(''relation|'' || article_id || ''|'' || relation_index).';
COMMENT ON COLUMN star.fact_relation.article_key IS 'The article (dim_article).';
COMMENT ON COLUMN star.fact_relation.sentence_key IS 'The evidence sentence (dim_sentence).';
COMMENT ON COLUMN star.fact_relation.relation_type_key IS 'Its type (dim_relation_type).';
COMMENT ON COLUMN star.fact_relation.subject_entity_key IS 'The subject (dim_entity).';
COMMENT ON COLUMN star.fact_relation.object_entity_key IS 'The object (dim_entity).';
COMMENT ON COLUMN star.fact_relation.published_date_key IS 'The article''s publication date (dim_date).';
COMMENT ON COLUMN star.fact_relation.batch_id IS 'The ingest batch that loaded the article.';
COMMENT ON COLUMN star.fact_relation.confidence IS 'Fixed score of the construction that found it, not a calibrated probability.';
COMMENT ON COLUMN star.fact_relation.extractor IS 'The rule that found it.';
COMMENT ON COLUMN star.fact_relation.attributes IS 'JSON: {"title": ...} for holds_title, {"sectors": [...]} for paired_with.';
COMMENT ON COLUMN star.fact_relation.extractor_version IS 'entities/N en_core_web_sm/V of the row it comes from.';

COMMENT ON TABLE star.bridge_relation_sector IS 'One sector of one relation (paired_with "in energy and textiles"). Key: (relation_key, sector_key).';
COMMENT ON COLUMN star.bridge_relation_sector.relation_key IS 'The relation (fact_relation).';
COMMENT ON COLUMN star.bridge_relation_sector.sector_key IS 'The sector (dim_sector).';
COMMENT ON COLUMN star.bridge_relation_sector.batch_id IS 'The ingest batch that loaded the article.';

COMMENT ON TABLE star.fact_event IS 'One event: who lends to, funds, invests in, buys from, contracts with, agrees with or meets whom. Key: event_key = stable_key(''event|'' || article_id || ''|'' || event_index).';
COMMENT ON COLUMN star.fact_event.event_key IS 'Surrogate key: stable_key(''event|'' || article_id || ''|'' || event_index).';
COMMENT ON COLUMN star.fact_event.article_key IS 'The article (dim_article).';
COMMENT ON COLUMN star.fact_event.sentence_key IS 'The evidence sentence (dim_sentence).';
COMMENT ON COLUMN star.fact_event.event_type_key IS 'Its type (dim_event_type).';
COMMENT ON COLUMN star.fact_event.amount_key IS 'The linked amount (fact_money_amount); NULL when none is linked.';
COMMENT ON COLUMN star.fact_event.event_date_key IS 'First day of the stated date (dim_date); -1 when none.';
COMMENT ON COLUMN star.fact_event.published_date_key IS 'The article''s publication date (dim_date).';
COMMENT ON COLUMN star.fact_event.place_entity_key IS 'The place (dim_entity); NULL when not stated.';
COMMENT ON COLUMN star.fact_event.sector_key IS 'The sector (dim_sector); NULL when not stated.';
COMMENT ON COLUMN star.fact_event.batch_id IS 'The ingest batch that loaded the article.';
COMMENT ON COLUMN star.fact_event.status IS 'done, agreed, announced or planned.';
COMMENT ON COLUMN star.fact_event.trigger IS 'The word that states the event, as written.';
COMMENT ON COLUMN star.fact_event.start_char IS 'Start of the evidence span in parsed.articles.body.';
COMMENT ON COLUMN star.fact_event.end_char IS 'End of the evidence span (exclusive).';
COMMENT ON COLUMN star.fact_event.party_count IS 'Parties of the event (rows in bridge_event_party).';
COMMENT ON COLUMN star.fact_event.confidence IS 'Fixed score of the construction that found it, not a calibrated probability.';
COMMENT ON COLUMN star.fact_event.extractor IS 'The rule that found it.';
COMMENT ON COLUMN star.fact_event.extractor_version IS 'entities/N en_core_web_sm/V of the row it comes from.';

COMMENT ON TABLE star.bridge_event_party IS 'One party of one event in one role. Key: (event_key, entity_key, role).';
COMMENT ON COLUMN star.bridge_event_party.event_key IS 'The event (fact_event).';
COMMENT ON COLUMN star.bridge_event_party.entity_key IS 'The party (dim_entity).';
COMMENT ON COLUMN star.bridge_event_party.role IS 'agent, recipient, seller or party.';
COMMENT ON COLUMN star.bridge_event_party.party_order IS 'Order of the party''s first mention in the event.';
COMMENT ON COLUMN star.bridge_event_party.surface_text IS 'The words naming the party, as written.';
COMMENT ON COLUMN star.bridge_event_party.batch_id IS 'The ingest batch that loaded the article.';

-- audit: write–audit–publish
COMMENT ON TABLE audit.batches IS 'One batch and where it stands; only published batches are in the analysts'' file. Key: batch_id.';
COMMENT ON COLUMN audit.batches.batch_id IS 'The ingest batch.';
COMMENT ON COLUMN audit.batches.status IS 'pending (being derived, or a step failed), failed (a blocking check failed) or published (every blocking check passed).';
COMMENT ON COLUMN audit.batches.updated_at IS 'When the status last changed (UTC).';
COMMENT ON COLUMN audit.batches.published_at IS 'Last time the batch was published (UTC).';

COMMENT ON TABLE audit.check_results IS 'One check of one layer on one batch, as of the layer''s last audit. Key: (batch_id, layer, check_name).';
COMMENT ON COLUMN audit.check_results.batch_id IS 'The batch checked.';
COMMENT ON COLUMN audit.check_results.layer IS 'raw, parsed, entities or star.';
COMMENT ON COLUMN audit.check_results.check_name IS 'A suite (<suite>_suite, expectations/<suite>.json) or quarantine_share.';
COMMENT ON COLUMN audit.check_results.passed IS 'False: the batch is blocked.';
COMMENT ON COLUMN audit.check_results.rows_checked IS 'Rows the suite validated (articles for quarantine_share).';
COMMENT ON COLUMN audit.check_results.expectations_failed IS 'Expectations that failed, article-level ones that only quarantined included.';
COMMENT ON COLUMN audit.check_results.articles_quarantined IS 'Articles the check quarantined.';
COMMENT ON COLUMN audit.check_results.failed_expectations IS 'Markdown table of the failed expectations, as in the Dagster check.';
COMMENT ON COLUMN audit.check_results.checked_at IS 'When the check ran (UTC).';

COMMENT ON TABLE audit.quarantine IS 'One reason one article was kept out of later layers; its rows stay in the layers it reached.';
COMMENT ON COLUMN audit.quarantine.batch_id IS 'The batch of the article.';
COMMENT ON COLUMN audit.quarantine.article_id IS 'The article quarantined.';
COMMENT ON COLUMN audit.quarantine.layer IS 'The layer whose asset or suite quarantined it.';
COMMENT ON COLUMN audit.quarantine.reason_code IS 'no_text, no_body, not_prose, furniture_in_body, malformed_published, broken_span, parse_error, a body_status that is no article, or another suite''s code.';
COMMENT ON COLUMN audit.quarantine.suite IS 'The suite whose expectation failed; NULL when the layer''s own code quarantined it.';
COMMENT ON COLUMN audit.quarantine.expectation IS 'The failed expectation and its column(s).';
COMMENT ON COLUMN audit.quarantine.message IS 'Why, in words.';
COMMENT ON COLUMN audit.quarantine.quarantined_at IS 'When (UTC).';
