-- Money mentioned in sentences about Kazakhstan, in original units and USD
SELECT surface_text AS amount, currency, bound, round(usd_max / 1e6, 1) AS usd_m, rate_date,
       coalesce(rate_source, usd_note) AS rate, published_date, left(sentence, 70) AS evidence
FROM analytics.money_amounts
WHERE list_contains(countries_in_sentence, 'Kazakhstan')
ORDER BY published_date, start_char;
