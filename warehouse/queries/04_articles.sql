-- Articles by publication and date
SELECT publication, published_date, left(headline, 60) AS headline, authors, word_count, mention_count, amount_count
FROM analytics.articles
ORDER BY published_date NULLS LAST, publication;
