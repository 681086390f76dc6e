-- Migration 0005: which part of an article a row was read from (issue 9): its body, its photo
-- captions or its author's bio. Pull quotes repeat the body and are not read. Rows loaded before
-- this migration are all from the body ('body'); `wirehouse rebuild --layer parsed` reads the rest.
-- Offsets of a row point into its section's text (parsed.section_texts); sentence indexes run on
-- through an article's sections (the body's first), so a sentence key stays one per article.
ALTER TABLE parsed.sentences ADD COLUMN IF NOT EXISTS section VARCHAR DEFAULT 'body';
ALTER TABLE entities.mentions ADD COLUMN IF NOT EXISTS section VARCHAR DEFAULT 'body';
ALTER TABLE entities.amounts ADD COLUMN IF NOT EXISTS section VARCHAR DEFAULT 'body';
ALTER TABLE entities.dates ADD COLUMN IF NOT EXISTS section VARCHAR DEFAULT 'body';
ALTER TABLE entities.relations ADD COLUMN IF NOT EXISTS section VARCHAR DEFAULT 'body';
ALTER TABLE entities.events ADD COLUMN IF NOT EXISTS section VARCHAR DEFAULT 'body';
ALTER TABLE star.dim_sentence ADD COLUMN IF NOT EXISTS section VARCHAR DEFAULT 'body';

-- The text of each section of an article, as the entities layer reads it: the body; the captions
-- joined like paragraphs (a blank line between two), in their order; the bio. A section with no
-- visible character is no section.
CREATE OR REPLACE VIEW parsed.section_texts AS
SELECT article_id, batch_id, 'body' AS section, body AS text FROM parsed.articles
UNION ALL
SELECT article_id, batch_id, 'caption', string_agg(text, chr(10) || chr(10) ORDER BY caption_index)
FROM parsed.captions WHERE regexp_matches(text, '\S') GROUP BY article_id, batch_id
UNION ALL
SELECT article_id, batch_id, 'bio', author_bio FROM parsed.articles WHERE regexp_matches(author_bio, '\S');

COMMENT ON COLUMN parsed.sentences.section IS 'Part of the article the sentence is in: body, caption (the photo captions, one paragraph each) or bio (the author''s bio); start_char/end_char point into that section''s text (parsed.section_texts)';
COMMENT ON COLUMN entities.mentions.section IS 'Part of the article the mention was read from: body, caption or bio; its offsets point into that section''s text (parsed.section_texts)';
COMMENT ON COLUMN entities.amounts.section IS 'Part of the article the amount was read from: body, caption or bio; its offsets point into that section''s text (parsed.section_texts)';
COMMENT ON COLUMN entities.dates.section IS 'Part of the article the date was read from: body, caption or bio; its offsets point into that section''s text (parsed.section_texts)';
COMMENT ON COLUMN entities.relations.section IS 'Part of the article the relation was read from: body, caption or bio (e.g. works_for from the author''s bio)';
COMMENT ON COLUMN entities.events.section IS 'Part of the article the event was read from: body, caption or bio; an event a caption tells again is the body''s';
COMMENT ON COLUMN star.dim_sentence.section IS 'Part of the article the sentence is in: body, caption or bio; facts reach it through sentence_key';
COMMENT ON VIEW parsed.section_texts IS 'One row per article and section (body, caption, bio): the text that section rows'' offsets point into';
COMMENT ON COLUMN parsed.section_texts.article_id IS 'The article (parsed.articles.article_id)';
COMMENT ON COLUMN parsed.section_texts.batch_id IS 'The batch the article came in';
COMMENT ON COLUMN parsed.section_texts.section IS 'body, caption or bio';
COMMENT ON COLUMN parsed.section_texts.text IS 'The section''s text: the body; the captions joined by a blank line, in caption order; the author''s bio';
