-- Most mentioned named entities across all articles (sectors are in query 06 and analytics.pairings)
SELECT canonical_name, entity_type, iso_code, count(*) AS mentions, count(DISTINCT article_id) AS articles
FROM analytics.entity_mentions
WHERE entity_type <> 'SECTOR'
GROUP BY ALL
ORDER BY mentions DESC, canonical_name
LIMIT 10;
