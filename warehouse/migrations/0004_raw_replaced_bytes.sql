-- Migration 0004: how many bytes of a mostly-UTF-8 input were invalid, each now U+FFFD in `text`
-- (0 for inputs decoded cleanly, and for articles loaded before this migration).
ALTER TABLE raw.articles ADD COLUMN IF NOT EXISTS replaced_bytes INTEGER DEFAULT 0;
