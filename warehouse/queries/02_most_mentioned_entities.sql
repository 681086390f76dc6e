-- Most mentioned entities across all articles
SELECT canonical_name, entity_type, iso_code, count(*) AS mentions, count(DISTINCT article_id) AS articles
FROM analytics.entity_mentions
GROUP BY ALL
ORDER BY mentions DESC, canonical_name
LIMIT 10;
