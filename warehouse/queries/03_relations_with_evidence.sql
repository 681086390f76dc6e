-- Typed relations (strongest first) with the sentence they come from
SELECT relation_type, subject, object, round(confidence, 2) AS confidence, left(sentence, 90) AS evidence
FROM analytics.relations
ORDER BY confidence DESC, relation_type, subject, object
LIMIT 10;
