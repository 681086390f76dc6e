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
       -- a sum restated in another currency in brackets right after the first ("500 million euros
       -- ($540 million)") is the same money: kept apart from default sums too
       EXISTS (SELECT 1 FROM star.fact_money_amount p
                WHERE p.sentence_key = m.sentence_key AND p.end_char <= m.start_char AND p.currency <> m.currency
                  AND regexp_full_match(substring(s.text, p.end_char - s.start_char + 1, m.start_char - p.end_char),
                                        '\s*\(\s*')) AS restated,
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
SELECT f.event_key, et.event_type, f.status, ed.full_date AS event_date, r.agent, r.agent_country, r.recipient,
       r.recipient_country, r.seller, r.parties, m.surface_text AS amount_text, m.amount_min, m.amount_max,
       m.currency, m.usd_min, m.usd_max, coalesce(m.qualifier = 'order of magnitude', false) AS amount_vague,
       place.canonical_name AS place, sec.sector_name AS sector,
       f.trigger, f.confidence, f.extractor, f.extractor_version, s.section, s.text AS sentence, f.start_char,
       f.end_char, a.article_id, a.headline, d.full_date AS published_date, f.batch_id, f.amount_key,
       coalesce('amount ' || f.amount_key, 'event ' || f.event_key) AS transaction_id
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

-- The dictionary of the views (duckdb_views(), duckdb_columns()). CREATE OR REPLACE VIEW drops a
-- view's comments, so they are set again, here, every time the views are made.
COMMENT ON VIEW analytics.articles IS 'One row per article in the star: publication, date, authors and counts. Over star.dim_article, fact_article, dim_publication, dim_date, bridge_article_author, dim_author.';
COMMENT ON COLUMN analytics.articles.article_id IS 'The article (raw.articles.article_id).';
COMMENT ON COLUMN analytics.articles.headline IS 'The headline; NULL when the source has none.';
COMMENT ON COLUMN analytics.articles.section IS 'The section the source files it under.';
COMMENT ON COLUMN analytics.articles.print_headline IS 'The print edition''s headline, when it differs.';
COMMENT ON COLUMN analytics.articles.publication IS 'The publication''s name; ''Unknown'' when the source names none.';
COMMENT ON COLUMN analytics.articles.published_date IS 'The publication date; NULL when unknown.';
COMMENT ON COLUMN analytics.articles.published IS 'Publication date or date-time in ISO 8601, as the source gives it.';
COMMENT ON COLUMN analytics.articles.url IS 'The article''s URL, when given.';
COMMENT ON COLUMN analytics.articles.language IS 'Language of the body, ISO 639-1.';
COMMENT ON COLUMN analytics.articles.word_count IS 'Words in the body.';
COMMENT ON COLUMN analytics.articles.paragraph_count IS 'Paragraphs in the body.';
COMMENT ON COLUMN analytics.articles.sentence_count IS 'Sentences in the body.';
COMMENT ON COLUMN analytics.articles.mention_count IS 'Entity mentions, coreferences included.';
COMMENT ON COLUMN analytics.articles.amount_count IS 'Money amounts.';
COMMENT ON COLUMN analytics.articles.relation_count IS 'Relations.';
COMMENT ON COLUMN analytics.articles.authors IS 'The byline''s names in order, joined with ''; ''.';
COMMENT ON COLUMN analytics.articles.source_name IS 'The input file''s name as dropped in the inbox.';
COMMENT ON COLUMN analytics.articles.content_type IS 'text/plain, text/html or application/json as received.';
COMMENT ON COLUMN analytics.articles.batch_id IS 'The ingest batch that loaded it.';

COMMENT ON VIEW analytics.entity_mentions IS 'One row per entity mention, with the entity, the article and the sentence it is in. Over star.fact_entity_mention, dim_entity, dim_article, dim_publication, dim_date, dim_sentence.';
COMMENT ON COLUMN analytics.entity_mentions.entity_id IS 'Canonical id of the entity (country:KAZ, org:..., person:...).';
COMMENT ON COLUMN analytics.entity_mentions.canonical_name IS 'The entity''s canonical name.';
COMMENT ON COLUMN analytics.entity_mentions.entity_type IS 'PERSON, ORG, COUNTRY, SUBDIVISION, CITY, SECTOR, QUANTITY, ...';
COMMENT ON COLUMN analytics.entity_mentions.iso_code IS 'ISO 3166-1 alpha-3 for a country, ISO 3166-2 for a subdivision.';
COMMENT ON COLUMN analytics.entity_mentions.kind IS 'Finer kind from the gazetteers (policy_bank, ministry, ...).';
COMMENT ON COLUMN analytics.entity_mentions.country_code IS 'ISO 3166-1 alpha-3 of the country the entity belongs to.';
COMMENT ON COLUMN analytics.entity_mentions.surface_text IS 'The words as written.';
COMMENT ON COLUMN analytics.entity_mentions.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN analytics.entity_mentions.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN analytics.entity_mentions.confidence IS 'Fixed score of the rule that found it, not a calibrated probability.';
COMMENT ON COLUMN analytics.entity_mentions.extractor IS 'The rule that found it; coreference:* for pronouns, speakers and titles naming a person back.';
COMMENT ON COLUMN analytics.entity_mentions.role IS 'COUNTRY mentions only: actor, place or people; NULL when no cue says.';
COMMENT ON COLUMN analytics.entity_mentions.article_id IS 'The article.';
COMMENT ON COLUMN analytics.entity_mentions.headline IS 'The article''s headline.';
COMMENT ON COLUMN analytics.entity_mentions.publication IS 'The article''s publication.';
COMMENT ON COLUMN analytics.entity_mentions.published_date IS 'The article''s publication date.';
COMMENT ON COLUMN analytics.entity_mentions.sentence_index IS 'The sentence''s order in the body (0-based).';
COMMENT ON COLUMN analytics.entity_mentions.sentence IS 'The sentence the mention is in: the evidence.';

COMMENT ON VIEW analytics.money_amounts IS 'One row per money amount, in its currency and in USD, with its sentence and the countries named there. Over star.fact_money_amount, dim_article, dim_publication, dim_date, dim_sentence, fact_entity_mention, dim_entity.';
COMMENT ON COLUMN analytics.money_amounts.surface_text IS 'The amount as written.';
COMMENT ON COLUMN analytics.money_amounts.currency IS 'ISO 4217 code of its currency.';
COMMENT ON COLUMN analytics.money_amounts.amount_min IS 'Lower end in the original currency (= amount_max for a single figure).';
COMMENT ON COLUMN analytics.money_amounts.amount_max IS 'Upper end in the original currency.';
COMMENT ON COLUMN analytics.money_amounts.usd_min IS 'amount_min in USD; NULL when no offline rate exists.';
COMMENT ON COLUMN analytics.money_amounts.usd_max IS 'amount_max in USD; NULL when no offline rate exists.';
COMMENT ON COLUMN analytics.money_amounts.usd_rate IS 'USD per one unit of the currency.';
COMMENT ON COLUMN analytics.money_amounts.rate_date IS 'The day of the rate.';
COMMENT ON COLUMN analytics.money_amounts.rate_source IS 'ecb or peg; NULL when no offline rate exists.';
COMMENT ON COLUMN analytics.money_amounts.usd_note IS 'Why USD is missing, or how the rate was chosen.';
COMMENT ON COLUMN analytics.money_amounts.approximate IS 'True when a qualifier makes the figure approximate.';
COMMENT ON COLUMN analytics.money_amounts.qualifier IS 'about, nearly, over, up to, at least, under, or order of magnitude; NULL when none.';
COMMENT ON COLUMN analytics.money_amounts.bound IS 'exact, approximate, upper (true value <= amount_max), lower (>= amount_min) or range.';
COMMENT ON COLUMN analytics.money_amounts.vague IS 'True for an order of magnitude ("billions of dollars"): no figure is stated, so leave it out of sums.';
COMMENT ON COLUMN analytics.money_amounts.restated IS 'True for a sum restated in another currency in brackets right after another amount ("500 million euros ($540 million)"): the same money, so leave it out of sums.';
COMMENT ON COLUMN analytics.money_amounts.currency_basis IS 'What named the currency: symbol, code, word or context.';
COMMENT ON COLUMN analytics.money_amounts.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN analytics.money_amounts.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN analytics.money_amounts.article_id IS 'The article.';
COMMENT ON COLUMN analytics.money_amounts.headline IS 'The article''s headline.';
COMMENT ON COLUMN analytics.money_amounts.publication IS 'The article''s publication.';
COMMENT ON COLUMN analytics.money_amounts.published_date IS 'The article''s publication date.';
COMMENT ON COLUMN analytics.money_amounts.sentence_index IS 'The sentence''s order in the body (0-based).';
COMMENT ON COLUMN analytics.money_amounts.sentence IS 'The sentence the amount is in: the evidence.';
COMMENT ON COLUMN analytics.money_amounts.countries_in_sentence IS 'Canonical names of every country mentioned in the same sentence, sorted.';

COMMENT ON VIEW analytics.relations IS 'One row per relation, with subject and object names, its type and its evidence sentence. Over star.fact_relation, dim_relation_type, dim_entity, bridge_relation_sector, dim_sector, dim_article, dim_date, dim_sentence.';
COMMENT ON COLUMN analytics.relations.relation_type IS 'holds_title, works_for, met_with, funded_by, paired_with, located_in, invests_in or co_occurs_with.';
COMMENT ON COLUMN analytics.relations.subject IS 'The subject''s canonical name.';
COMMENT ON COLUMN analytics.relations.subject_type IS 'The subject''s entity type.';
COMMENT ON COLUMN analytics.relations.subject_id IS 'The subject''s entity id.';
COMMENT ON COLUMN analytics.relations.object IS 'The object''s canonical name.';
COMMENT ON COLUMN analytics.relations.object_type IS 'The object''s entity type.';
COMMENT ON COLUMN analytics.relations.object_id IS 'The object''s entity id.';
COMMENT ON COLUMN analytics.relations.confidence IS 'Fixed score of the construction that found it, not a calibrated probability.';
COMMENT ON COLUMN analytics.relations.extractor IS 'The rule that found it.';
COMMENT ON COLUMN analytics.relations.title IS 'The title a holds_title relation states; NULL otherwise.';
COMMENT ON COLUMN analytics.relations.sectors IS 'Names of the sectors a paired_with relation names, sorted.';
COMMENT ON COLUMN analytics.relations.attributes IS 'The relation''s attributes as JSON.';
COMMENT ON COLUMN analytics.relations.article_id IS 'The article.';
COMMENT ON COLUMN analytics.relations.headline IS 'The article''s headline.';
COMMENT ON COLUMN analytics.relations.published_date IS 'The article''s publication date.';
COMMENT ON COLUMN analytics.relations.sentence_index IS 'The evidence sentence''s order in the body (0-based).';
COMMENT ON COLUMN analytics.relations.sentence IS 'The evidence sentence.';

COMMENT ON VIEW analytics.date_mentions IS 'One row per date expression, resolved, with its sentence. Over star.fact_date_mention, dim_article, dim_date, dim_sentence.';
COMMENT ON COLUMN analytics.date_mentions.surface_text IS 'The expression as written.';
COMMENT ON COLUMN analytics.date_mentions.value IS 'ISO 8601 value (2017-06-08, 2017-Q3, P5Y, ...); NULL when unresolved.';
COMMENT ON COLUMN analytics.date_mentions.resolution IS 'day, week, month, quarter, half, year, decade, duration or unresolved.';
COMMENT ON COLUMN analytics.date_mentions.date_start IS 'First day of the period.';
COMMENT ON COLUMN analytics.date_mentions.date_end IS 'Last day of the period.';
COMMENT ON COLUMN analytics.date_mentions.note IS 'Why the expression stays unresolved.';
COMMENT ON COLUMN analytics.date_mentions.start_char IS 'Start offset in parsed.articles.body (code points, inclusive).';
COMMENT ON COLUMN analytics.date_mentions.end_char IS 'End offset in parsed.articles.body (code points, exclusive).';
COMMENT ON COLUMN analytics.date_mentions.article_id IS 'The article.';
COMMENT ON COLUMN analytics.date_mentions.headline IS 'The article''s headline.';
COMMENT ON COLUMN analytics.date_mentions.published_date IS 'The article''s publication date, which relative dates are resolved against.';
COMMENT ON COLUMN analytics.date_mentions.sentence_index IS 'The sentence''s order in the body (0-based).';
COMMENT ON COLUMN analytics.date_mentions.sentence IS 'The sentence the expression is in.';

COMMENT ON VIEW analytics.pairings IS 'One row per paired_with relation and sector (one row with NULL sector when none is named): which province is paired with which partner in what. Over star.fact_relation, dim_relation_type, dim_entity, bridge_relation_sector, dim_sector, dim_article, dim_date, dim_sentence.';
COMMENT ON COLUMN analytics.pairings.subdivision IS 'The province or state paired.';
COMMENT ON COLUMN analytics.pairings.subdivision_iso_code IS 'Its ISO 3166-2 code.';
COMMENT ON COLUMN analytics.pairings.subdivision_country IS 'ISO 3166-1 alpha-3 of its country.';
COMMENT ON COLUMN analytics.pairings.partner IS 'The country or subdivision it is paired with.';
COMMENT ON COLUMN analytics.pairings.partner_type IS 'COUNTRY or SUBDIVISION.';
COMMENT ON COLUMN analytics.pairings.partner_iso_code IS 'The partner''s ISO code (its own, else its country''s).';
COMMENT ON COLUMN analytics.pairings.sector_code IS 'Code of the sector named; NULL when none.';
COMMENT ON COLUMN analytics.pairings.sector_name IS 'Name of the sector named.';
COMMENT ON COLUMN analytics.pairings.isic_code IS 'ISIC Rev.4 code of the sector.';
COMMENT ON COLUMN analytics.pairings.isic_section IS 'ISIC Rev.4 section letter of the sector.';
COMMENT ON COLUMN analytics.pairings.confidence IS 'Fixed score of the construction that found it.';
COMMENT ON COLUMN analytics.pairings.article_id IS 'The article.';
COMMENT ON COLUMN analytics.pairings.headline IS 'The article''s headline.';
COMMENT ON COLUMN analytics.pairings.published_date IS 'The article''s publication date.';
COMMENT ON COLUMN analytics.pairings.sentence IS 'The evidence sentence.';

COMMENT ON VIEW analytics.funding IS 'One row per funded_by relation: who is financed by whom, with their kinds and countries. Over star.fact_relation, dim_relation_type, dim_entity, dim_article, dim_date, dim_sentence.';
COMMENT ON COLUMN analytics.funding.financier IS 'The lender or funder''s canonical name.';
COMMENT ON COLUMN analytics.funding.financier_kind IS 'Its kind (policy_bank, development_bank, ...), when known.';
COMMENT ON COLUMN analytics.funding.financier_country IS 'ISO 3166-1 alpha-3 of its country.';
COMMENT ON COLUMN analytics.funding.borrower IS 'The borrower''s canonical name (a country, organisation or place).';
COMMENT ON COLUMN analytics.funding.borrower_type IS 'The borrower''s entity type.';
COMMENT ON COLUMN analytics.funding.borrower_country IS 'ISO 3166-1 alpha-3: a country''s own code, else the borrower''s country.';
COMMENT ON COLUMN analytics.funding.confidence IS 'Fixed score of the construction that found it.';
COMMENT ON COLUMN analytics.funding.extractor IS 'The rule that found it.';
COMMENT ON COLUMN analytics.funding.article_id IS 'The article.';
COMMENT ON COLUMN analytics.funding.headline IS 'The article''s headline.';
COMMENT ON COLUMN analytics.funding.published_date IS 'The article''s publication date.';
COMMENT ON COLUMN analytics.funding.sentence IS 'The evidence sentence.';

COMMENT ON VIEW analytics.events IS 'One row per event: who did what with whom, for how much, when and where, with its evidence. Over star.fact_event, dim_event_type, bridge_event_party, dim_entity, fact_money_amount, dim_sector, dim_article, dim_sentence, dim_date.';
COMMENT ON COLUMN analytics.events.event_type IS 'lend, fund, invest, acquire, contract, agreement or meet.';
COMMENT ON COLUMN analytics.events.status IS 'done, agreed, announced or planned.';
COMMENT ON COLUMN analytics.events.event_date IS 'First day of the stated date; NULL when none.';
COMMENT ON COLUMN analytics.events.agent IS 'Canonical names of the parties in the agent role (lender, funder, investor, buyer), joined with ''; ''.';
COMMENT ON COLUMN analytics.events.agent_country IS 'ISO 3166-1 alpha-3 of the first agent: a country''s own code, else the entity''s country.';
COMMENT ON COLUMN analytics.events.recipient IS 'Canonical names of the parties in the recipient role, joined with ''; ''.';
COMMENT ON COLUMN analytics.events.recipient_country IS 'ISO 3166-1 alpha-3 of the first recipient.';
COMMENT ON COLUMN analytics.events.seller IS 'Canonical names of the sellers (acquire), joined with ''; ''.';
COMMENT ON COLUMN analytics.events.parties IS 'Every party as ''role: name'', in order.';
COMMENT ON COLUMN analytics.events.amount_text IS 'The linked amount as written; NULL when none is linked.';
COMMENT ON COLUMN analytics.events.amount_min IS 'Lower end of the linked amount in its currency.';
COMMENT ON COLUMN analytics.events.amount_max IS 'Upper end of the linked amount in its currency.';
COMMENT ON COLUMN analytics.events.currency IS 'ISO 4217 code of the linked amount.';
COMMENT ON COLUMN analytics.events.usd_min IS 'Lower end of the linked amount in USD.';
COMMENT ON COLUMN analytics.events.usd_max IS 'Upper end of the linked amount in USD.';
COMMENT ON COLUMN analytics.events.amount_vague IS 'True when the linked amount is an order of magnitude (no figure): leave it out of sums.';
COMMENT ON COLUMN analytics.events.place IS 'Canonical name of the place, when stated.';
COMMENT ON COLUMN analytics.events.sector IS 'Name of the sector, when stated.';
COMMENT ON COLUMN analytics.events.trigger IS 'The word that states the event.';
COMMENT ON COLUMN analytics.events.confidence IS 'Fixed score of the construction that found it.';
COMMENT ON COLUMN analytics.events.extractor IS 'The rule that found it.';
COMMENT ON COLUMN analytics.events.extractor_version IS 'entities/N en_core_web_sm/V of the row it comes from.';
COMMENT ON COLUMN analytics.events.sentence IS 'The evidence sentence.';
COMMENT ON COLUMN analytics.events.start_char IS 'Start of the evidence span in parsed.articles.body.';
COMMENT ON COLUMN analytics.events.end_char IS 'End of the evidence span (exclusive).';
COMMENT ON COLUMN analytics.events.article_id IS 'The article.';
COMMENT ON COLUMN analytics.events.headline IS 'The article''s headline.';
COMMENT ON COLUMN analytics.events.published_date IS 'The article''s publication date.';
COMMENT ON COLUMN analytics.events.batch_id IS 'The ingest batch that loaded the article.';
COMMENT ON COLUMN analytics.events.amount_key IS 'The linked star.fact_money_amount row; events that share one amount (a loan told with coordinated recipients is an event per recipient) have the same key, so a sum over events counts each amount_key once.';
COMMENT ON COLUMN analytics.events.event_key IS 'The star.fact_event row (its parties one by one: star.bridge_event_party).';
COMMENT ON COLUMN analytics.events.transaction_id IS 'One transaction: ''amount <amount_key>'' for the events that share a linked amount, else ''event <event_key>''; sum an amount once per transaction_id.';

-- Columns added with sections (0005), amount countries and lone-name resolution (0006), past posts.
COMMENT ON COLUMN analytics.entity_mentions.section IS 'Part of the article the row was read from: body, caption (photo captions) or bio (the author''s bio); offsets point into that section''s text (parsed.section_texts).';
COMMENT ON COLUMN analytics.money_amounts.section IS 'Part of the article the row was read from: body, caption (photo captions) or bio (the author''s bio); offsets point into that section''s text (parsed.section_texts).';
COMMENT ON COLUMN analytics.date_mentions.section IS 'Part of the article the row was read from: body, caption (photo captions) or bio (the author''s bio); offsets point into that section''s text (parsed.section_texts).';
COMMENT ON COLUMN analytics.relations.section IS 'Part of the article the row was read from: body, caption (photo captions) or bio (the author''s bio); offsets point into that section''s text (parsed.section_texts).';
COMMENT ON COLUMN analytics.events.section IS 'Part of the article the row was read from: body, caption (photo captions) or bio (the author''s bio); offsets point into that section''s text (parsed.section_texts).';
COMMENT ON COLUMN analytics.entity_mentions.resolution IS 'For a one-word PERSON name: resolved (to a full-name person), not_a_person, ambiguous or unknown (assets/star/surnames.py); NULL for other mentions.';
COMMENT ON COLUMN analytics.entity_mentions.resolved_entity_id IS 'The entity a lone name stands for when resolved, else the mention''s own entity: group by this.';
COMMENT ON COLUMN analytics.entity_mentions.resolved_name IS 'Canonical name of resolved_entity_id.';
COMMENT ON COLUMN analytics.entity_mentions.resolved_type IS 'Entity type of resolved_entity_id.';
COMMENT ON COLUMN analytics.money_amounts.country_codes IS 'ISO 3166-1 alpha-3 codes of the countries party to the amount (not a country that names the currency or is part of a name), in text order; [] when none.';
COMMENT ON COLUMN analytics.money_amounts.countries IS 'Canonical names of country_codes, in the same order.';
COMMENT ON COLUMN analytics.relations.former IS 'True for a post held in the past (works_for, holds_title: former, ex-, then-, one-time).';
