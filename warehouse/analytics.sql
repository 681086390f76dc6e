-- Analyst views: denormalised shapes over the star schema. Every row keeps its evidence
-- (article, sentence text, character span) so an answer can be traced to where it came from.

CREATE SCHEMA IF NOT EXISTS analytics;

CREATE OR REPLACE VIEW analytics.articles AS
SELECT a.article_id, a.headline, a.section, a.print_headline, pub.publication_name AS publication, d.full_date AS published_date,
       a.published, a.url, a.language, f.word_count, f.paragraph_count, f.sentence_count,
       f.mention_count, f.amount_count, f.relation_count,
       (SELECT string_agg(au.author_name, '; ' ORDER BY b.author_order)
          FROM star.bridge_article_author b JOIN star.dim_author au USING (author_key)
         WHERE b.article_key = a.article_key) AS authors,
       a.source_name, a.content_type, a.batch_id
FROM star.dim_article a
JOIN star.fact_article f USING (article_key)
JOIN star.dim_publication pub ON pub.publication_key = a.publication_key
JOIN star.dim_date d ON d.date_key = a.published_date_key;

-- resolved_*: the entity a lone name stands for across articles ("Blair" → Tony Blair, "Yukos" the
-- company; assets/star/surnames.py), else the entity itself: roll-ups group by these.
CREATE OR REPLACE VIEW analytics.entity_mentions AS
SELECT e.entity_id, e.canonical_name, e.entity_type, e.iso_code, e.kind, e.country_code,
       m.surface_text, m.start_char, m.end_char, m.confidence, m.extractor, m.role, m.resolution,
       coalesce(r.entity_id, e.entity_id) AS resolved_entity_id,
       coalesce(r.canonical_name, e.canonical_name) AS resolved_name,
       coalesce(r.entity_type, e.entity_type) AS resolved_type,
       a.article_id, a.headline, pub.publication_name AS publication, d.full_date AS published_date,
       s.section, s.sentence_index, s.text AS sentence
FROM star.fact_entity_mention m
JOIN star.dim_entity e USING (entity_key)
JOIN star.dim_article a USING (article_key)
JOIN star.dim_publication pub ON pub.publication_key = a.publication_key
JOIN star.dim_date d ON d.date_key = m.published_date_key
JOIN star.dim_sentence s USING (sentence_key)
LEFT JOIN star.dim_entity r ON r.entity_key = m.resolved_entity_key;

CREATE OR REPLACE VIEW analytics.money_amounts AS
SELECT m.surface_text, m.currency, m.amount_min, m.amount_max, m.usd_min, m.usd_max, m.usd_rate,
       rd.full_date AS rate_date, m.rate_source, m.usd_note, m.approximate, m.qualifier, m.bound,
       -- an order of magnitude ("billions of dollars") is no figure: kept apart from default sums
       coalesce(m.qualifier = 'order of magnitude', false) AS vague,
       m.currency_basis, m.start_char, m.end_char,
       a.article_id, a.headline, pub.publication_name AS publication, d.full_date AS published_date,
       s.section, s.sentence_index, s.text AS sentence,
       (SELECT list(DISTINCT e.canonical_name ORDER BY e.canonical_name)
          FROM star.fact_entity_mention em JOIN star.dim_entity e USING (entity_key)
         WHERE em.sentence_key = m.sentence_key AND e.entity_type = 'COUNTRY') AS countries_in_sentence,
       -- the countries party to the amount, not every country of its sentence ("denominated in US
       -- dollars", "the Strait of Gibraltar" are left out): ISO codes and names, in text order
       m.countries AS country_codes,
       -- (NULL on rows loaded before migration 0006 added the column)
       CASE WHEN m.countries IS NOT NULL THEN
           coalesce((SELECT list(e.canonical_name ORDER BY list_position(m.countries, e.iso_code))
                       FROM star.dim_entity e
                      WHERE e.entity_type = 'COUNTRY' AND list_contains(m.countries, e.iso_code)), [])
       END AS countries
FROM star.fact_money_amount m
JOIN star.dim_article a USING (article_key)
JOIN star.dim_publication pub ON pub.publication_key = a.publication_key
JOIN star.dim_date d ON d.date_key = m.published_date_key
JOIN star.dim_date rd ON rd.date_key = m.rate_date_key
JOIN star.dim_sentence s USING (sentence_key);

CREATE OR REPLACE VIEW analytics.relations AS
SELECT rt.relation_type, subj.canonical_name AS subject, subj.entity_type AS subject_type,
       subj.entity_id AS subject_id, obj.canonical_name AS object, obj.entity_type AS object_type,
       obj.entity_id AS object_id, r.confidence, r.extractor,
       json_extract_string(r.attributes, '$.title') AS title,
       -- a post held in the past ("a former president of"): works_for and holds_title only
       coalesce(json_extract(r.attributes, '$.former')::BOOLEAN, false) AS former,
       (SELECT list(sec.sector_name ORDER BY sec.sector_name)
          FROM star.bridge_relation_sector b JOIN star.dim_sector sec USING (sector_key)
         WHERE b.relation_key = r.relation_key) AS sectors,
       r.attributes, a.article_id, a.headline, d.full_date AS published_date, s.section,
       s.sentence_index, s.text AS sentence
FROM star.fact_relation r
JOIN star.dim_relation_type rt USING (relation_type_key)
JOIN star.dim_entity subj ON subj.entity_key = r.subject_entity_key
JOIN star.dim_entity obj ON obj.entity_key = r.object_entity_key
JOIN star.dim_article a USING (article_key)
JOIN star.dim_date d ON d.date_key = r.published_date_key
JOIN star.dim_sentence s USING (sentence_key);

CREATE OR REPLACE VIEW analytics.date_mentions AS
SELECT dm.surface_text, dm.value, dm.resolution, dm.date_start, dm.date_end, dm.note, dm.start_char, dm.end_char,
       a.article_id, a.headline, d.full_date AS published_date, s.section, s.sentence_index, s.text AS sentence
FROM star.fact_date_mention dm
JOIN star.dim_article a USING (article_key)
JOIN star.dim_date d ON d.date_key = dm.published_date_key
JOIN star.dim_sentence s USING (sentence_key);

-- One row per pairing and sector ("Gansu is paired with Tajikistan in non-ferrous metals"); a
-- pairing that names no sector has one row with NULL sector columns.
CREATE OR REPLACE VIEW analytics.pairings AS
SELECT subj.canonical_name AS subdivision, subj.iso_code AS subdivision_iso_code,
       subj.country_code AS subdivision_country, obj.canonical_name AS partner,
       obj.entity_type AS partner_type, coalesce(obj.iso_code, obj.country_code) AS partner_iso_code,
       sec.sector_code, sec.sector_name, sec.isic_code, sec.isic_section, r.confidence,
       a.article_id, a.headline, d.full_date AS published_date, s.text AS sentence
FROM star.fact_relation r
JOIN star.dim_relation_type rt USING (relation_type_key)
JOIN star.dim_entity subj ON subj.entity_key = r.subject_entity_key
JOIN star.dim_entity obj ON obj.entity_key = r.object_entity_key
LEFT JOIN star.bridge_relation_sector b ON b.relation_key = r.relation_key
LEFT JOIN star.dim_sector sec ON sec.sector_key = b.sector_key
JOIN star.dim_article a USING (article_key)
JOIN star.dim_date d ON d.date_key = r.published_date_key
JOIN star.dim_sentence s USING (sentence_key)
WHERE rt.relation_type = 'paired_with';

-- Who is financed by whom: the borrower (country, organisation or place), the country it belongs
-- to, and the financier with its kind (policy_bank, development_bank, ...).
CREATE OR REPLACE VIEW analytics.funding AS
SELECT fin.canonical_name AS financier, fin.kind AS financier_kind, fin.country_code AS financier_country,
       bor.canonical_name AS borrower, bor.entity_type AS borrower_type,
       CASE WHEN bor.entity_type = 'COUNTRY' THEN bor.iso_code ELSE bor.country_code END AS borrower_country,
       r.confidence, r.extractor, a.article_id, a.headline, d.full_date AS published_date,
       s.text AS sentence
FROM star.fact_relation r
JOIN star.dim_relation_type rt USING (relation_type_key)
JOIN star.dim_entity bor ON bor.entity_key = r.subject_entity_key
JOIN star.dim_entity fin ON fin.entity_key = r.object_entity_key
JOIN star.dim_article a USING (article_key)
JOIN star.dim_date d ON d.date_key = r.published_date_key
JOIN star.dim_sentence s USING (sentence_key)
WHERE rt.relation_type = 'funded_by';

-- One row per event: who did what with whom, for how much, when and where, with the evidence
-- sentence. agent/recipient/seller join the names of all parties in that role ("; "); `parties`
-- lists every party as "role: name". agent_country is the first agent's country (ISO alpha-3).
-- `section` says where the sentence is: body, caption or bio.
CREATE OR REPLACE VIEW analytics.events AS
WITH named AS (
    SELECT b.event_key, b.role, b.party_order, b.surface_text, e.canonical_name, e.entity_type,
           CASE WHEN e.entity_type = 'COUNTRY' THEN e.iso_code ELSE e.country_code END AS country
    FROM star.bridge_event_party b JOIN star.dim_entity e USING (entity_key)
), roles AS (
    SELECT event_key,
           string_agg(canonical_name, '; ' ORDER BY party_order) FILTER (WHERE role = 'agent') AS agent,
           arg_min(country, party_order) FILTER (WHERE role = 'agent') AS agent_country,
           string_agg(canonical_name, '; ' ORDER BY party_order) FILTER (WHERE role = 'recipient') AS recipient,
           arg_min(country, party_order) FILTER (WHERE role = 'recipient') AS recipient_country,
           string_agg(canonical_name, '; ' ORDER BY party_order) FILTER (WHERE role = 'seller') AS seller,
           list(role || ': ' || canonical_name ORDER BY party_order) AS parties
    FROM named GROUP BY event_key
)
SELECT et.event_type, f.status, ed.full_date AS event_date, r.agent, r.agent_country, r.recipient,
       r.recipient_country, r.seller, r.parties, m.surface_text AS amount_text, m.amount_min, m.amount_max,
       m.currency, m.usd_min, m.usd_max, coalesce(m.qualifier = 'order of magnitude', false) AS amount_vague,
       place.canonical_name AS place, sec.sector_name AS sector,
       f.trigger, f.confidence, f.extractor, f.extractor_version, s.section, s.text AS sentence, f.start_char,
       f.end_char, a.article_id, a.headline, d.full_date AS published_date, f.batch_id
FROM star.fact_event f
JOIN star.dim_event_type et USING (event_type_key)
JOIN star.dim_article a USING (article_key)
JOIN star.dim_sentence s USING (sentence_key)
JOIN star.dim_date d ON d.date_key = f.published_date_key
JOIN star.dim_date ed ON ed.date_key = f.event_date_key
LEFT JOIN roles r USING (event_key)
LEFT JOIN star.fact_money_amount m USING (amount_key)
LEFT JOIN star.dim_entity place ON place.entity_key = f.place_entity_key
LEFT JOIN star.dim_sector sec USING (sector_key);
