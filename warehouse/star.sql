-- Kimball star schema. Surrogate keys are stable: a hash of the natural key (stable_key), or
-- yyyymmdd for dates, so rebuilding a batch or the whole warehouse yields the same keys.
-- The grain of each table is in warehouse/README.md.

CREATE SCHEMA IF NOT EXISTS star;

-- 60 bits of md5: positive BIGINT, identical across DuckDB versions (unlike hash()).
CREATE OR REPLACE MACRO star.stable_key(natural_key) AS ('0x' || substr(md5(natural_key), 1, 15))::BIGINT;

CREATE TABLE IF NOT EXISTS star.dim_date (
    date_key        INTEGER PRIMARY KEY,   -- yyyymmdd; -1 = unknown
    full_date       DATE,
    year            INTEGER,
    quarter         INTEGER,
    month           INTEGER,
    month_name      VARCHAR,
    day             INTEGER,
    day_of_week     VARCHAR,
    iso_week        INTEGER
);
INSERT OR IGNORE INTO star.dim_date (date_key) VALUES (-1);

CREATE TABLE IF NOT EXISTS star.dim_publication (
    publication_key  BIGINT PRIMARY KEY,
    publication_name VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS star.dim_author (
    author_key      BIGINT PRIMARY KEY,
    author_name     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS star.dim_article (
    article_key        BIGINT PRIMARY KEY,
    article_id         VARCHAR NOT NULL UNIQUE,
    batch_id           VARCHAR NOT NULL,
    headline           VARCHAR,
    section            VARCHAR,
    print_headline     VARCHAR,
    publication_key    BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    published          VARCHAR,
    url                VARCHAR,
    language           VARCHAR,
    content_type       VARCHAR NOT NULL,
    parser             VARCHAR NOT NULL,
    source_name        VARCHAR NOT NULL,
    source_path        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS star.bridge_article_author (
    article_key     BIGINT NOT NULL,
    author_key      BIGINT NOT NULL,
    author_order    INTEGER NOT NULL,
    batch_id        VARCHAR NOT NULL,
    PRIMARY KEY (article_key, author_key)
);

CREATE TABLE IF NOT EXISTS star.dim_entity_type (
    entity_type_key BIGINT PRIMARY KEY,
    entity_type     VARCHAR NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS star.dim_entity (
    entity_key      BIGINT PRIMARY KEY,
    entity_id       VARCHAR NOT NULL UNIQUE,
    entity_type_key BIGINT NOT NULL,
    entity_type     VARCHAR NOT NULL,
    canonical_name  VARCHAR NOT NULL,
    iso_code        VARCHAR,
    kind            VARCHAR,
    country_code    VARCHAR
);

CREATE TABLE IF NOT EXISTS star.dim_relation_type (
    relation_type_key BIGINT PRIMARY KEY,
    relation_type     VARCHAR NOT NULL UNIQUE,
    description       VARCHAR
);

-- The sector taxonomy (assets/entities/gazetteers/sectors.csv), seeded whole by the star asset.
CREATE TABLE IF NOT EXISTS star.dim_sector (
    sector_key        BIGINT PRIMARY KEY,   -- stable_key('sector|' || sector_code)
    sector_code       VARCHAR NOT NULL UNIQUE,
    entity_id         VARCHAR NOT NULL,     -- sector:<code>, as in dim_entity when mentioned
    sector_name       VARCHAR NOT NULL,
    isic_code         VARCHAR,              -- ISIC Rev.4 section, division, group or class; NULL when none fits
    isic_section      VARCHAR,              -- ISIC Rev.4 section letter
    isic_section_name VARCHAR,
    isic_title        VARCHAR,              -- ISIC title of isic_code
    notes             VARCHAR
);

CREATE TABLE IF NOT EXISTS star.dim_sentence (
    sentence_key    BIGINT PRIMARY KEY,
    article_key     BIGINT NOT NULL,
    batch_id        VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    paragraph_index INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS star.fact_article (
    article_key        BIGINT PRIMARY KEY,
    publication_key    BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    batch_id           VARCHAR NOT NULL,
    word_count         INTEGER NOT NULL,
    paragraph_count    INTEGER NOT NULL,
    sentence_count     INTEGER NOT NULL,
    mention_count      INTEGER NOT NULL,
    amount_count       INTEGER NOT NULL,
    relation_count     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS star.fact_entity_mention (
    mention_key        BIGINT PRIMARY KEY,
    article_key        BIGINT NOT NULL,
    sentence_key       BIGINT NOT NULL,
    entity_key         BIGINT NOT NULL,
    entity_type_key    BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    batch_id           VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    surface_text       VARCHAR NOT NULL,
    confidence         DOUBLE NOT NULL,
    extractor          VARCHAR NOT NULL,
    role               VARCHAR              -- COUNTRY only: actor | place | people, NULL when unclear
);
-- files created before the role column get it here
ALTER TABLE star.fact_entity_mention ADD COLUMN IF NOT EXISTS role VARCHAR;

CREATE TABLE IF NOT EXISTS star.fact_money_amount (
    amount_key         BIGINT PRIMARY KEY,
    article_key        BIGINT NOT NULL,
    sentence_key       BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    rate_date_key      INTEGER NOT NULL,
    batch_id           VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    surface_text       VARCHAR NOT NULL,
    currency           VARCHAR NOT NULL,
    amount_min         DOUBLE NOT NULL,
    amount_max         DOUBLE NOT NULL,
    usd_min            DOUBLE,
    usd_max            DOUBLE,
    usd_rate           DOUBLE,
    approximate        BOOLEAN NOT NULL,
    qualifier          VARCHAR,
    bound              VARCHAR NOT NULL,  -- exact | approximate | upper | lower | range
    currency_basis     VARCHAR NOT NULL,  -- symbol | code | word | context
    rate_source        VARCHAR,           -- ecb | peg; NULL when no offline rate exists
    usd_note           VARCHAR
);

CREATE TABLE IF NOT EXISTS star.fact_date_mention (
    date_mention_key   BIGINT PRIMARY KEY,
    article_key        BIGINT NOT NULL,
    sentence_key       BIGINT NOT NULL,
    published_date_key INTEGER NOT NULL,
    mentioned_date_key INTEGER NOT NULL,  -- first day of the mentioned period; -1 when unresolved
    batch_id           VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    surface_text       VARCHAR NOT NULL,
    value              VARCHAR,
    resolution         VARCHAR NOT NULL,
    date_start         DATE,
    date_end           DATE,
    note               VARCHAR            -- why an expression stays unresolved
);

CREATE TABLE IF NOT EXISTS star.fact_relation (
    relation_key        BIGINT PRIMARY KEY,
    article_key         BIGINT NOT NULL,
    sentence_key        BIGINT NOT NULL,
    relation_type_key   BIGINT NOT NULL,
    subject_entity_key  BIGINT NOT NULL,
    object_entity_key   BIGINT NOT NULL,
    published_date_key  INTEGER NOT NULL,
    batch_id            VARCHAR NOT NULL,
    confidence          DOUBLE NOT NULL,
    extractor           VARCHAR NOT NULL,
    attributes          VARCHAR            -- JSON: {"title": ...} or {"sectors": [...]}
);

-- The sectors of a relation (paired_with "in energy and textiles"): one row per relation and sector.
CREATE TABLE IF NOT EXISTS star.bridge_relation_sector (
    relation_key        BIGINT NOT NULL,
    sector_key          BIGINT NOT NULL,
    batch_id            VARCHAR NOT NULL,
    PRIMARY KEY (relation_key, sector_key)
);
