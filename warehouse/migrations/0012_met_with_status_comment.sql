-- met_with relations of a meeting not yet held carry its status in attributes; the column's
-- comment names it.
COMMENT ON COLUMN entities.relations.attributes IS 'JSON: {"title": ...} for holds_title, {"sectors": ["sector:..."]} for paired_with, {"status": "planned"|"agreed"|"announced"} for a met_with of a meeting not yet held; NULL otherwise.';
COMMENT ON COLUMN star.fact_relation.attributes IS 'JSON: {"title": ...} for holds_title, {"sectors": [...]} for paired_with, {"status": ...} for a met_with of a meeting not yet held.';
