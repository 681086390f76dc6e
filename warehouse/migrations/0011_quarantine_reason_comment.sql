-- The entities layer quarantines an article whose entity chain outlasted its time budget
-- (entities_timeout) or raised on it (entities_error); the column's comment names them.
COMMENT ON COLUMN audit.quarantine.reason_code IS 'no_text, no_body, not_prose, furniture_in_body, malformed_published, broken_span, parse_error, a body_status that is no article, entities_timeout (the entity chain outlasted WIREHOUSE_ENTITIES_SECONDS_PER_ARTICLE), entities_error (the entity chain raised on the article), or another suite''s code.';
