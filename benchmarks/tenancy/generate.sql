-- Generates :cities small cities into the current schema (schema-current.sql): 20 neighbourhoods, 400 ideas
-- (95% visible, 3% versions replaced), 0-10 endorsements per idea (5 on average), one budgeting round of 1,000 ballots,
-- and one outbox event per idea and per endorsement. Deterministic: setseed. Usage:
--   psql -v cities=1000 -f schema-current.sql -f generate.sql
SELECT setseed(0.18);
CREATE TABLE cities (n int PRIMARY KEY, id uuid NOT NULL, round_id uuid NOT NULL, idea_id uuid);
INSERT INTO cities SELECT n, md5('city-' || n)::uuid, md5('round-' || n)::uuid FROM generate_series(1, :cities) n;

INSERT INTO citizen_ideas (id, municipality_id, proposer_id, title, description, field_key, neighbourhood_id, estimated_cost,
    submitted_at, first_submitted_at, version_number, previous_version_id, next_version_id, status, last_changed_at,
    progress_percent, visibility, moderation_round, version)
SELECT gen_random_uuid(), c.id, md5('resident-' || c.n || '-' || (k % 600))::uuid,
    'ایده ' || k, repeat('شرح ایده برای محله. ', 8), (ARRAY['traffic','environment','culture','health','sport'])[1 + k % 5],
    CASE WHEN k % 4 = 0 THEN NULL ELSE md5('nb-' || c.n || '-' || (k % 20))::uuid END, 1000000 * (k % 50),
    t, t, 1, NULL, CASE WHEN random() < 0.03 THEN gen_random_uuid() END, 1 + (k % 7), t, 0,
    CASE WHEN random() < 0.95 THEN 1 WHEN random() < 0.8 THEN 2 ELSE 3 END, 0, 1
FROM cities c, generate_series(1, 400) k,
    LATERAL (SELECT timestamptz '2023-03-21' + (random() * interval '1000 days') + (k * interval '0 s') AS t) s;

INSERT INTO idea_endorsements (idea_id, position, resident_id, at)
SELECT i.id, p, md5('resident-' || i.municipality_id || '-' || p)::uuid, i.submitted_at + (p * interval '1 day')
FROM citizen_ideas i, LATERAL generate_series(1, (random() * 10)::int + (i.id IS NULL)::int) p;

INSERT INTO budgeting_ballots (round_id, voter_id, choice, cast_at, channel, entered_by, replacements, change)
SELECT c.round_id, md5('voter-' || c.n || '-' || v)::uuid, '["' || md5(v::text)::uuid || '","' || md5((v + 1)::text)::uuid || '"]',
    timestamptz '2025-04-21' + (v * interval '7 s'), 1, NULL, 0, (c.n::bigint * 10000) + v
FROM cities c, generate_series(1, 1000) v;

INSERT INTO domain_events (aggregate_type, aggregate_id, aggregate_version, event_type, payload, recorded_at)
SELECT 'CitizenIdea', id, 1, 'IdeaSubmitted', jsonb_build_object('title', title, 'field', field_key), submitted_at FROM citizen_ideas;
INSERT INTO domain_events (aggregate_type, aggregate_id, aggregate_version, event_type, payload, recorded_at)
SELECT 'CitizenIdea', idea_id, 1 + position, 'IdeaEndorsed', jsonb_build_object('resident', resident_id), at FROM idea_endorsements;

UPDATE cities c SET idea_id = (SELECT id FROM citizen_ideas i WHERE i.municipality_id = c.id LIMIT 1);
VACUUM ANALYZE;
