-- Who met whom, with the office each one holds (from holds_title in the same article); a meeting
-- the article reports as not yet held says so (planned, agreed or announced)
SELECT m.subject AS person, t1.title AS person_title, m.object AS met, t2.title AS met_title,
       coalesce(json_extract_string(m.attributes, '$.status'), 'held') AS meeting,
       m.published_date, left(m.sentence, 80) AS evidence
FROM analytics.relations m
LEFT JOIN (SELECT DISTINCT ON (article_id, subject_id) article_id, subject_id, title || ', ' || object AS title
           FROM analytics.relations WHERE relation_type = 'holds_title'
           ORDER BY article_id, subject_id, confidence DESC) t1
       ON t1.article_id = m.article_id AND t1.subject_id = m.subject_id
LEFT JOIN (SELECT DISTINCT ON (article_id, subject_id) article_id, subject_id, title || ', ' || object AS title
           FROM analytics.relations WHERE relation_type = 'holds_title'
           ORDER BY article_id, subject_id, confidence DESC) t2
       ON t2.article_id = m.article_id AND t2.subject_id = m.object_id
WHERE m.relation_type = 'met_with'
ORDER BY m.published_date, person;
