-- Write the surname rule's answers (the registered frame surname_resolutions: article_id,
-- entity_id, status, resolved_id) onto the mentions, then sum them up on each entity concerned.
UPDATE star.fact_entity_mention m
SET resolution = r.status,
    resolved_entity_key = CASE WHEN r.resolved_id IS NOT NULL THEN star.stable_key('entity|' || r.resolved_id) END
FROM surname_resolutions r
WHERE m.article_key = star.stable_key('article|' || r.article_id)
  AND m.entity_key = star.stable_key('entity|' || r.entity_id);

-- An entity is resolved (or not_a_person) when all its mentions point at one entity; a mention
-- not resolved yet (NULL) counts as unresolved.
UPDATE star.dim_entity d
SET resolution = s.resolution, resolved_entity_key = s.resolved_entity_key
FROM (
    SELECT entity_key,
           CASE WHEN bool_or(coalesce(resolution, '') NOT IN ('resolved', 'not_a_person')) THEN 'unresolved'
                WHEN count(DISTINCT resolved_entity_key) > 1 THEN 'mixed'
                ELSE any_value(resolution) END AS resolution,
           CASE WHEN bool_and(coalesce(resolution, '') IN ('resolved', 'not_a_person'))
                     AND count(DISTINCT resolved_entity_key) = 1 THEN any_value(resolved_entity_key) END
               AS resolved_entity_key
    FROM star.fact_entity_mention
    WHERE entity_key IN (SELECT DISTINCT star.stable_key('entity|' || entity_id) FROM surname_resolutions)
    GROUP BY entity_key
) s
WHERE d.entity_key = s.entity_key;
