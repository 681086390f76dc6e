-- What the surname rule (assets/star/surnames.py) needs to resolve one-word PERSON names: one row
-- per article and entity, for every article that names such a name, a full-name person of that
-- surname, or another entity of that name (or its plural); with every context entity of those
-- articles. The names resolved are the batch's ($batch_id) and those earlier loads left unresolved.
WITH lone AS (
    SELECT DISTINCT m.article_key, lower(e.canonical_name) AS name
    FROM star.fact_entity_mention m JOIN star.dim_entity e USING (entity_key)
    WHERE e.entity_type = 'PERSON' AND NOT contains(trim(e.canonical_name), ' ')
      AND (m.batch_id = $batch_id OR coalesce(m.resolution, '') NOT IN ('resolved', 'not_a_person'))
), named AS (  -- entities whose name answers a lone name
    SELECT e.entity_key
    FROM star.dim_entity e
    WHERE (e.entity_type = 'PERSON' AND contains(trim(e.canonical_name), ' ')
           AND lower(regexp_extract(trim(e.canonical_name), '(\S+)$', 1)) IN (SELECT name FROM lone))
       OR (e.entity_type <> 'PERSON' AND (lower(e.canonical_name) IN (SELECT name FROM lone)
                                          OR lower(e.canonical_name) IN (SELECT name || 's' FROM lone)))
), articles AS (
    SELECT article_key FROM lone
    UNION SELECT m.article_key FROM star.fact_entity_mention m WHERE m.entity_key IN (SELECT entity_key FROM named)
)
SELECT a.article_id, e.entity_id, e.entity_type, e.canonical_name AS name, d.full_date AS published,
       -- named with a cue only people have: a title or honorific, or he/she referring to it
       bool_or(m.extractor IN ('ner+title', 'pattern:honorific', 'ner+person_cue')
               OR m.extractor LIKE 'coreference:pronoun%') AS person_cue,
       a.batch_id = $batch_id OR a.article_key IN (SELECT article_key FROM lone) AS to_resolve
FROM star.fact_entity_mention m
JOIN star.dim_entity e USING (entity_key)
JOIN star.dim_article a USING (article_key)
JOIN star.dim_date d ON d.date_key = a.published_date_key
WHERE m.article_key IN (SELECT article_key FROM articles)
  AND e.entity_type NOT IN ('SECTOR', 'QUANTITY')  -- figures and industries name nobody
GROUP BY a.article_id, e.entity_id, e.entity_type, e.canonical_name, d.full_date, a.batch_id, a.article_key;
