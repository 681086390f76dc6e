-- Migration 0002: write–audit–publish and article quarantine (the audit schema), and the version
-- of the code that derived every parsed, entities and star row (NULL on rows made before this).

CREATE SCHEMA IF NOT EXISTS audit;

-- One row per batch: where it stands. Only `published` batches are in the analysts' file.
CREATE TABLE IF NOT EXISTS audit.batches (
    batch_id        VARCHAR PRIMARY KEY,
    status          VARCHAR NOT NULL,              -- pending | failed | published
    updated_at      TIMESTAMP NOT NULL,
    published_at    TIMESTAMP                      -- last time this batch was published
);

-- The outcome of every suite on a batch's rows, as of the batch's last run of that layer's checks.
CREATE TABLE IF NOT EXISTS audit.check_results (
    batch_id             VARCHAR NOT NULL,
    layer                VARCHAR NOT NULL,         -- raw | parsed | entities | star
    check_name           VARCHAR NOT NULL,         -- a suite name, or quarantine_share
    passed               BOOLEAN NOT NULL,         -- false: the batch is blocked
    rows_checked         BIGINT NOT NULL,
    expectations_failed  INTEGER NOT NULL,         -- article-level ones that only quarantined included
    articles_quarantined INTEGER NOT NULL,
    failed_expectations  VARCHAR NOT NULL,         -- markdown table, as in the Dagster check
    checked_at           TIMESTAMP NOT NULL,
    PRIMARY KEY (batch_id, layer, check_name)
);

-- Articles kept out of later layers, with why. An article's rows stay in the layers it reached.
CREATE TABLE IF NOT EXISTS audit.quarantine (
    batch_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    layer           VARCHAR NOT NULL,              -- the layer whose asset or suite quarantined it
    reason_code     VARCHAR NOT NULL,              -- no_body, not_prose, broken_span, parse_error, ...
    suite           VARCHAR,                       -- NULL when the layer's own code quarantined it
    expectation     VARCHAR,                       -- the failed expectation and its column(s)
    message         VARCHAR NOT NULL,
    quarantined_at  TIMESTAMP NOT NULL
);

ALTER TABLE parsed.articles ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE parsed.captions ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE parsed.pull_quotes ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE parsed.paragraphs ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE parsed.sentences ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE entities.entities ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE entities.mentions ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE entities.amounts ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE entities.dates ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE entities.relations ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE star.dim_article ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE star.dim_sentence ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE star.fact_article ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE star.fact_entity_mention ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE star.fact_money_amount ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE star.fact_date_mention ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE star.fact_relation ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;

-- Batches loaded before this migration were published by the code that loaded them.
INSERT INTO audit.batches
SELECT batch_id, 'published', now()::TIMESTAMP, now()::TIMESTAMP
FROM (SELECT batch_id FROM raw.articles UNION SELECT batch_id FROM raw.rejects UNION SELECT batch_id FROM raw.duplicates)
ON CONFLICT DO NOTHING;
