-- Which banks fund whom in which countries (policy and development banks first)
SELECT financier, financier_kind AS kind, borrower, borrower_country AS country,
       round(confidence, 2) AS confidence, left(sentence, 80) AS evidence
FROM analytics.funding
ORDER BY financier_kind IN ('policy_bank', 'development_bank') DESC, financier, borrower
LIMIT 15;
