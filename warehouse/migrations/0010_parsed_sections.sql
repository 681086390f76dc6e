-- Migration 0010: one definition of a section's text. The texts of an article's captions (joined
-- by a blank line, in caption order) and of its author's bio (pull quotes left out: they repeat the
-- body) are made once, by the parsed compute (ParsedArticle.section_texts), staged and loaded as
-- parsed.sections; the entities compute reads that stage, and the view parsed.section_texts, which
-- the GX offset checks read, is the body beside that table. Rows loaded before this migration get
-- their sections here, once, from the rule of the view migration 0005 made.
CREATE TABLE IF NOT EXISTS parsed.sections (
    article_id        VARCHAR NOT NULL,
    batch_id          VARCHAR NOT NULL,
    section           VARCHAR NOT NULL,
    text              VARCHAR NOT NULL,
    extractor_version VARCHAR,
    PRIMARY KEY (article_id, section)
);

INSERT INTO parsed.sections
SELECT article_id, batch_id, 'caption', string_agg(text, chr(10) || chr(10) ORDER BY caption_index), any_value(extractor_version)
FROM parsed.captions WHERE regexp_matches(text, '\S') GROUP BY article_id, batch_id
UNION ALL
SELECT article_id, batch_id, 'bio', author_bio, extractor_version FROM parsed.articles WHERE regexp_matches(author_bio, '\S')
ON CONFLICT DO NOTHING;

CREATE OR REPLACE VIEW parsed.section_texts AS
SELECT article_id, batch_id, 'body' AS section, body AS text FROM parsed.articles
UNION ALL
SELECT article_id, batch_id, section, text FROM parsed.sections;

COMMENT ON TABLE parsed.sections IS 'The text of each section of an article besides its body, as the entity layers read it: the photo captions joined by a blank line, in caption order; the author''s bio. Pull quotes are left out (they repeat the body). Articles whose body is no article have none. Key: (article_id, section).';
COMMENT ON COLUMN parsed.sections.article_id IS 'The article (parsed.articles.article_id).';
COMMENT ON COLUMN parsed.sections.batch_id IS 'The ingest batch that loaded it.';
COMMENT ON COLUMN parsed.sections.section IS 'caption or bio; a section with no visible character has no row.';
COMMENT ON COLUMN parsed.sections.text IS 'The section''s text: offsets of the section''s sentences, mentions, amounts, dates and events point into it.';
COMMENT ON COLUMN parsed.sections.extractor_version IS 'parsed/N en_core_web_sm/V: the code that derived the row.';
-- CREATE OR REPLACE VIEW drops the view's comments: set again
COMMENT ON VIEW parsed.section_texts IS 'One row per article and section (body, caption, bio): the text that section rows'' offsets point into. The body from parsed.articles, the other sections from parsed.sections.';
COMMENT ON COLUMN parsed.section_texts.article_id IS 'The article (parsed.articles.article_id)';
COMMENT ON COLUMN parsed.section_texts.batch_id IS 'The batch the article came in';
COMMENT ON COLUMN parsed.section_texts.section IS 'body, caption or bio';
COMMENT ON COLUMN parsed.section_texts.text IS 'The section''s text: the body; the captions joined by a blank line, in caption order; the author''s bio (parsed.sections)';
