-- Most mentioned named entities across all articles (sectors: query 06; quantities are values, not names)
SELECT canonical_name, entity_type, iso_code, count(*) AS mentions, count(DISTINCT article_id) AS articles
FROM analytics.entity_mentions
WHERE entity_type NOT IN ('SECTOR', 'QUANTITY')
GROUP BY ALL
ORDER BY mentions DESC, canonical_name
LIMIT 10;
