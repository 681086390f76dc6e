-- Load one batch ($batch_id) from the layer tables into the star schema. Runs inside one
-- transaction: shared dimensions are upserted by key, the batch's own rows (articles, sentences,
-- facts) are deleted then inserted, so re-running a batch gives the same rows.

-- The batch's articles that no layer quarantined: only they reach the star.
CREATE OR REPLACE TEMP TABLE loaded_articles AS
SELECT article_id FROM parsed.articles
WHERE batch_id = $batch_id
  AND article_id NOT IN (SELECT article_id FROM audit.quarantine WHERE batch_id = $batch_id);

-- Shared dimensions -------------------------------------------------------------------------

INSERT OR REPLACE INTO star.dim_publication
SELECT DISTINCT star.stable_key('publication|' || lower(coalesce(publication, 'unknown'))),
       coalesce(publication, 'Unknown')
FROM parsed.articles WHERE batch_id = $batch_id AND article_id IN (SELECT article_id FROM loaded_articles);

INSERT OR REPLACE INTO star.dim_author
SELECT DISTINCT ON (lower(author)) star.stable_key('author|' || lower(author)), author
FROM (SELECT unnest(authors) AS author FROM parsed.articles WHERE batch_id = $batch_id AND article_id IN (SELECT article_id FROM loaded_articles));

INSERT OR IGNORE INTO star.dim_date
SELECT DISTINCT strftime(d, '%Y%m%d')::INTEGER, d, year(d), quarter(d), month(d), monthname(d),
       day(d), dayname(d), weekofyear(d)
FROM (
    SELECT published_date AS d FROM parsed.articles WHERE batch_id = $batch_id AND article_id IN (SELECT article_id FROM loaded_articles)
    UNION ALL SELECT date_start FROM entities.dates WHERE batch_id = $batch_id AND article_id IN (SELECT article_id FROM loaded_articles)
    UNION ALL SELECT rate_date FROM entities.amounts WHERE batch_id = $batch_id AND article_id IN (SELECT article_id FROM loaded_articles)
) WHERE d IS NOT NULL;

INSERT OR IGNORE INTO star.dim_entity_type
SELECT DISTINCT star.stable_key('entity_type|' || entity_type), entity_type
FROM entities.entities WHERE batch_id = $batch_id;

INSERT OR IGNORE INTO star.dim_relation_type
SELECT DISTINCT star.stable_key('relation_type|' || predicate), predicate, NULL
FROM entities.relations WHERE batch_id = $batch_id;

INSERT OR IGNORE INTO star.dim_event_type
SELECT DISTINCT star.stable_key('event_type|' || event_type), event_type, NULL
FROM entities.events WHERE batch_id = $batch_id;

INSERT INTO star.dim_entity
SELECT star.stable_key('entity|' || entity_id), entity_id,
       star.stable_key('entity_type|' || entity_type), entity_type, canonical_name, iso_code, kind,
       country_code, NULL, NULL  -- resolution, resolved_entity_key: set by the star asset (surnames.py)
FROM entities.entities WHERE batch_id = $batch_id
ON CONFLICT (entity_key) DO UPDATE SET
    canonical_name = excluded.canonical_name, iso_code = excluded.iso_code, kind = excluded.kind,
    country_code = excluded.country_code;

-- The batch's own rows ----------------------------------------------------------------------

DELETE FROM star.fact_article WHERE batch_id = $batch_id;
DELETE FROM star.fact_entity_mention WHERE batch_id = $batch_id;
DELETE FROM star.fact_money_amount WHERE batch_id = $batch_id;
DELETE FROM star.fact_date_mention WHERE batch_id = $batch_id;
DELETE FROM star.fact_relation WHERE batch_id = $batch_id;
DELETE FROM star.bridge_relation_sector WHERE batch_id = $batch_id;
DELETE FROM star.bridge_article_author WHERE batch_id = $batch_id;
DELETE FROM star.fact_event WHERE batch_id = $batch_id;
DELETE FROM star.bridge_event_party WHERE batch_id = $batch_id;
DELETE FROM star.dim_sentence WHERE batch_id = $batch_id;
DELETE FROM star.dim_article WHERE batch_id = $batch_id;

INSERT INTO star.dim_article
SELECT star.stable_key('article|' || p.article_id), p.article_id, p.batch_id, p.headline, p.section,
       p.print_headline, star.stable_key('publication|' || lower(coalesce(p.publication, 'unknown'))),
       coalesce(strftime(p.published_date, '%Y%m%d')::INTEGER, -1), p.published, p.url, p.language,
       r.content_type, p.parser, r.source_name, r.source_path, p.extractor_version
FROM parsed.articles p JOIN raw.articles r USING (article_id)
WHERE p.batch_id = $batch_id AND p.article_id IN (SELECT article_id FROM loaded_articles);

INSERT INTO star.bridge_article_author
SELECT star.stable_key('article|' || article_id), star.stable_key('author|' || lower(author)),
       min(author_order), batch_id
FROM (
    SELECT article_id, batch_id, unnest(authors) AS author, generate_subscripts(authors, 1) AS author_order
    FROM parsed.articles WHERE batch_id = $batch_id AND article_id IN (SELECT article_id FROM loaded_articles)
)
GROUP BY ALL;

INSERT INTO star.dim_sentence
SELECT star.stable_key('sentence|' || article_id || '|' || sentence_index),
       star.stable_key('article|' || article_id), batch_id, sentence_index, paragraph_index,
       start_char, end_char, text, extractor_version, section
FROM parsed.sentences WHERE batch_id = $batch_id AND article_id IN (SELECT article_id FROM loaded_articles);

INSERT INTO star.fact_entity_mention
SELECT star.stable_key('mention|' || m.article_id || '|' || m.mention_index),
       star.stable_key('article|' || m.article_id),
       star.stable_key('sentence|' || m.article_id || '|' || m.sentence_index),
       star.stable_key('entity|' || m.entity_id), star.stable_key('entity_type|' || m.entity_type),
       a.published_date_key, m.batch_id, m.start_char, m.end_char, m.text, m.confidence, m.extractor,
       m.role, m.extractor_version, NULL, NULL  -- resolution, resolved_entity_key: surnames.py
FROM entities.mentions m JOIN star.dim_article a ON a.article_id = m.article_id
WHERE m.batch_id = $batch_id;

INSERT INTO star.fact_money_amount
SELECT star.stable_key('amount|' || m.article_id || '|' || m.amount_index),
       star.stable_key('article|' || m.article_id),
       star.stable_key('sentence|' || m.article_id || '|' || m.sentence_index),
       a.published_date_key, coalesce(strftime(m.rate_date, '%Y%m%d')::INTEGER, -1), m.batch_id,
       m.start_char, m.end_char, m.text, m.currency, m.amount_min, m.amount_max, m.usd_min,
       m.usd_max, m.usd_rate, m.approximate, m.qualifier, m.bound, m.currency_basis, m.rate_source,
       m.usd_note, m.extractor_version, m.countries
FROM entities.amounts m JOIN star.dim_article a ON a.article_id = m.article_id
WHERE m.batch_id = $batch_id;

INSERT INTO star.fact_date_mention
SELECT star.stable_key('date|' || d.article_id || '|' || d.date_index),
       star.stable_key('article|' || d.article_id),
       star.stable_key('sentence|' || d.article_id || '|' || d.sentence_index),
       a.published_date_key, coalesce(strftime(d.date_start, '%Y%m%d')::INTEGER, -1), d.batch_id,
       d.start_char, d.end_char, d.text, d.value, d.resolution, d.date_start, d.date_end, d.note,
       d.extractor_version
FROM entities.dates d JOIN star.dim_article a ON a.article_id = d.article_id
WHERE d.batch_id = $batch_id;

INSERT INTO star.fact_relation
SELECT star.stable_key('relation|' || r.article_id || '|' || r.relation_index),
       star.stable_key('article|' || r.article_id),
       star.stable_key('sentence|' || r.article_id || '|' || r.sentence_index),
       star.stable_key('relation_type|' || r.predicate),
       star.stable_key('entity|' || r.subject_id), star.stable_key('entity|' || r.object_id),
       a.published_date_key, r.batch_id, r.confidence, r.extractor, r.attributes,
       r.extractor_version
FROM entities.relations r JOIN star.dim_article a ON a.article_id = r.article_id
WHERE r.batch_id = $batch_id;

INSERT INTO star.bridge_relation_sector
SELECT DISTINCT star.stable_key('relation|' || article_id || '|' || relation_index),
       star.stable_key('sector|' || substr(sector_id, length('sector:') + 1)), batch_id
FROM (SELECT article_id, relation_index, batch_id,
             unnest(json_extract_string(attributes, '$.sectors[*]')) AS sector_id
      FROM entities.relations WHERE batch_id = $batch_id AND attributes IS NOT NULL AND article_id IN (SELECT article_id FROM loaded_articles));

-- An event's amount is the fact_money_amount row of its article's amount; its date, the start of
-- the date it states. Parties named twice in one role (coordinated mentions) are one bridge row.
INSERT INTO star.fact_event
SELECT star.stable_key('event|' || e.article_id || '|' || e.event_index),
       star.stable_key('article|' || e.article_id),
       star.stable_key('sentence|' || e.article_id || '|' || e.sentence_index),
       star.stable_key('event_type|' || e.event_type),
       CASE WHEN e.amount_index IS NOT NULL THEN star.stable_key('amount|' || e.article_id || '|' || e.amount_index) END,
       coalesce(strftime(d.date_start, '%Y%m%d')::INTEGER, -1), a.published_date_key,
       CASE WHEN e.place_id IS NOT NULL THEN star.stable_key('entity|' || e.place_id) END,
       CASE WHEN e.sector_id IS NOT NULL THEN star.stable_key('sector|' || substr(e.sector_id, length('sector:') + 1)) END,
       e.batch_id, e.status, e.trigger, e.start_char, e.end_char,
       (SELECT count(*) FROM entities.event_parties p
         WHERE p.batch_id = $batch_id AND p.article_id = e.article_id AND p.event_index = e.event_index),
       e.confidence, e.extractor, e.extractor_version
FROM entities.events e JOIN star.dim_article a ON a.article_id = e.article_id
LEFT JOIN entities.dates d ON d.batch_id = e.batch_id AND d.article_id = e.article_id AND d.date_index = e.date_index
WHERE e.batch_id = $batch_id;

INSERT INTO star.bridge_event_party
SELECT star.stable_key('event|' || p.article_id || '|' || p.event_index), star.stable_key('entity|' || p.entity_id),
       p.role, min(p.party_index), arg_min(p.text, p.party_index), p.batch_id
FROM entities.event_parties p JOIN star.dim_article a ON a.article_id = p.article_id
WHERE p.batch_id = $batch_id
GROUP BY ALL;

-- Counts read only the batch's rows, so the load costs the same however large the warehouse grows.
INSERT INTO star.fact_article
SELECT a.article_key, a.publication_key, a.published_date_key, a.batch_id, p.word_count,
       (SELECT count(*) FROM parsed.paragraphs x WHERE x.batch_id = $batch_id AND x.article_id = a.article_id),
       (SELECT count(*) FROM parsed.sentences x WHERE x.batch_id = $batch_id AND x.article_id = a.article_id AND x.section = 'body'),
       (SELECT count(*) FROM entities.mentions x WHERE x.batch_id = $batch_id AND x.article_id = a.article_id),
       (SELECT count(*) FROM entities.amounts x WHERE x.batch_id = $batch_id AND x.article_id = a.article_id),
       (SELECT count(*) FROM entities.relations x WHERE x.batch_id = $batch_id AND x.article_id = a.article_id),
       coalesce((SELECT any_value(x.extractor_version) FROM entities.mentions x
                 WHERE x.batch_id = $batch_id AND x.article_id = a.article_id), p.extractor_version)
FROM star.dim_article a JOIN parsed.articles p USING (article_id)
WHERE a.batch_id = $batch_id;
