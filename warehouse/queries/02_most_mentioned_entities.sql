-- Most mentioned named entities across all articles, a lone surname counted with the person it
-- resolves to ("Blair" with Tony Blair; sectors: query 06; quantities are values, not names)
SELECT any_value(resolved_name) AS canonical_name, any_value(resolved_type) AS entity_type,
       max(iso_code) AS iso_code, count(*) AS mentions, count(DISTINCT article_id) AS articles
FROM analytics.entity_mentions
WHERE resolved_type NOT IN ('SECTOR', 'QUANTITY')
GROUP BY resolved_entity_id
ORDER BY mentions DESC, canonical_name
LIMIT 10;
