-- Migration 0003: geoeconomic events (issue 9) in the entities layer and the star schema.
-- Older batches get no event rows until they are rebuilt (`wirehouse rebuild --layer entities`).

-- One row per event (assets/entities/events.py): a transaction or a meeting told in an article,
-- repeats merged. Amount and date point at the article's rows of entities.amounts / entities.dates.
CREATE TABLE IF NOT EXISTS entities.events (
    article_id        VARCHAR NOT NULL,
    batch_id          VARCHAR NOT NULL,
    event_index       INTEGER NOT NULL,
    sentence_index    INTEGER NOT NULL,            -- the evidence sentence
    event_type        VARCHAR NOT NULL,            -- lend | fund | invest | acquire | contract | agreement | meet
    status            VARCHAR NOT NULL,            -- done | agreed | announced | planned
    trigger           VARCHAR NOT NULL,            -- the word that states the event, as written
    amount_index      INTEGER,                     -- entities.amounts of the article; NULL when none is linked
    date_index        INTEGER,                     -- entities.dates of the article; NULL when none is stated
    place_id          VARCHAR,                     -- entity id of the place, when stated
    sector_id         VARCHAR,                     -- sector:<code>, when stated
    start_char        INTEGER NOT NULL,            -- evidence span: first to last word of trigger and arguments
    end_char          INTEGER NOT NULL,
    confidence        DOUBLE NOT NULL,
    extractor         VARCHAR NOT NULL,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, event_index)
);

-- One row per party of an event in its role; text and span are the words as written.
CREATE TABLE IF NOT EXISTS entities.event_parties (
    article_id        VARCHAR NOT NULL,
    batch_id          VARCHAR NOT NULL,
    event_index       INTEGER NOT NULL,
    party_index       INTEGER NOT NULL,            -- order within the event
    role              VARCHAR NOT NULL,            -- agent | recipient | seller | party
    entity_id         VARCHAR NOT NULL,
    mention_index     INTEGER,                     -- entities.mentions of the article; NULL when the
                                                   -- event names the party back by its office ("the president")
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    text              VARCHAR NOT NULL,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, event_index, party_index)
);

CREATE TABLE IF NOT EXISTS star.dim_event_type (
    event_type_key    BIGINT PRIMARY KEY,          -- stable_key('event_type|' || event_type)
    event_type        VARCHAR NOT NULL UNIQUE,
    description       VARCHAR
);

-- Grain: one event. The money, date, place and sector keys are -1 / NULL when the text gives none.
CREATE TABLE IF NOT EXISTS star.fact_event (
    event_key          BIGINT PRIMARY KEY,         -- stable_key('event|' || article_id || '|' || event_index)
    article_key        BIGINT NOT NULL,
    sentence_key       BIGINT NOT NULL,
    event_type_key     BIGINT NOT NULL,
    amount_key         BIGINT,                     -- the linked star.fact_money_amount row
    event_date_key     INTEGER NOT NULL,           -- start of the stated date; -1 when none
    published_date_key INTEGER NOT NULL,
    place_entity_key   BIGINT,
    sector_key         BIGINT,
    batch_id           VARCHAR NOT NULL,
    status             VARCHAR NOT NULL,
    trigger            VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    party_count        INTEGER NOT NULL,
    confidence         DOUBLE NOT NULL,
    extractor          VARCHAR NOT NULL,
    extractor_version  VARCHAR
);

-- The parties of an event: one row per event, entity and role.
CREATE TABLE IF NOT EXISTS star.bridge_event_party (
    event_key          BIGINT NOT NULL,
    entity_key         BIGINT NOT NULL,
    role               VARCHAR NOT NULL,
    party_order        INTEGER NOT NULL,
    surface_text       VARCHAR NOT NULL,
    batch_id           VARCHAR NOT NULL,
    PRIMARY KEY (event_key, entity_key, role)
);
