-- Migration 0006: the countries party to each money amount, and lone surnames resolved across
-- articles (assets/star/surnames.py). Rows loaded before this migration keep NULL in the new
-- columns until their batch is rebuilt (`wirehouse rebuild`).

ALTER TABLE entities.amounts ADD COLUMN IF NOT EXISTS countries VARCHAR[];
COMMENT ON COLUMN entities.amounts.countries IS
    'ISO 3166-1 alpha-3 codes of the countries party to the amount: the COUNTRY mentions of its sentence, in text order, leaving out a country that names the currency ("US dollars") or is part of another name ("Strait of Gibraltar"); empty when none';

ALTER TABLE star.fact_money_amount ADD COLUMN IF NOT EXISTS countries VARCHAR[];
COMMENT ON COLUMN star.fact_money_amount.countries IS
    'ISO 3166-1 alpha-3 codes of the countries party to the amount (entities.amounts.countries); empty when none';

ALTER TABLE star.fact_entity_mention ADD COLUMN IF NOT EXISTS resolution VARCHAR;
COMMENT ON COLUMN star.fact_entity_mention.resolution IS
    'For a one-word PERSON name in an article that never gives the full name: resolved (to the person the warehouse knows by that surname, clearly dominant in the same period and context) | ambiguous (several such people, none dominant) | unknown (no such person) | not_a_person (the name is known as an organisation, party, award or other non-person entity); NULL for every other mention';

ALTER TABLE star.fact_entity_mention ADD COLUMN IF NOT EXISTS resolved_entity_key BIGINT;
COMMENT ON COLUMN star.fact_entity_mention.resolved_entity_key IS
    'The dim_entity row the lone name stands for when resolution is resolved or not_a_person; NULL otherwise';

ALTER TABLE star.dim_entity ADD COLUMN IF NOT EXISTS resolution VARCHAR;
COMMENT ON COLUMN star.dim_entity.resolution IS
    'For a one-word PERSON entity: resolved when every mention resolves to one entity (resolved_entity_key), not_a_person when that entity is no person, mixed when its mentions resolve to different entities, unresolved when some mention does not resolve; NULL for every other entity';

ALTER TABLE star.dim_entity ADD COLUMN IF NOT EXISTS resolved_entity_key BIGINT;
COMMENT ON COLUMN star.dim_entity.resolved_entity_key IS
    'The one entity every mention of this one-word PERSON entity resolves to; NULL unless resolution is resolved or not_a_person';
