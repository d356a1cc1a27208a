-- The same rows in tables HASH-partitioned by municipality into 16 partitions, with the same indexes (local to each
-- partition). A partitioned table's primary key must hold the partition key, and the child tables (endorsements,
-- ballots, events) need a municipality_id column they do not have today, filled here from their idea or round.
CREATE TABLE citizen_ideas_h (LIKE citizen_ideas INCLUDING DEFAULTS) PARTITION BY HASH (municipality_id);
ALTER TABLE citizen_ideas_h ADD PRIMARY KEY (municipality_id, id);
CREATE TABLE idea_endorsements_h (municipality_id uuid NOT NULL, LIKE idea_endorsements) PARTITION BY HASH (municipality_id);
ALTER TABLE idea_endorsements_h ADD PRIMARY KEY (municipality_id, idea_id, position);
CREATE TABLE budgeting_ballots_h (municipality_id uuid NOT NULL, LIKE budgeting_ballots) PARTITION BY HASH (municipality_id);
ALTER TABLE budgeting_ballots_h ADD PRIMARY KEY (municipality_id, round_id, voter_id);
CREATE TABLE domain_events_h (municipality_id uuid NOT NULL, LIKE domain_events) PARTITION BY HASH (municipality_id);
DO $$
BEGIN
  FOR r IN 0..15 LOOP
    EXECUTE format('CREATE TABLE citizen_ideas_h%s PARTITION OF citizen_ideas_h FOR VALUES WITH (MODULUS 16, REMAINDER %s)', r, r);
    EXECUTE format('CREATE TABLE idea_endorsements_h%s PARTITION OF idea_endorsements_h FOR VALUES WITH (MODULUS 16, REMAINDER %s)', r, r);
    EXECUTE format('CREATE TABLE budgeting_ballots_h%s PARTITION OF budgeting_ballots_h FOR VALUES WITH (MODULUS 16, REMAINDER %s)', r, r);
    EXECUTE format('CREATE TABLE domain_events_h%s PARTITION OF domain_events_h FOR VALUES WITH (MODULUS 16, REMAINDER %s)', r, r);
  END LOOP;
END $$;
INSERT INTO citizen_ideas_h SELECT * FROM citizen_ideas;
INSERT INTO idea_endorsements_h SELECT i.municipality_id, e.* FROM idea_endorsements e JOIN citizen_ideas i ON i.id = e.idea_id;
INSERT INTO budgeting_ballots_h SELECT c.id, b.* FROM budgeting_ballots b JOIN cities c ON c.round_id = b.round_id;
INSERT INTO domain_events_h SELECT i.municipality_id, d.* FROM domain_events d JOIN citizen_ideas i ON i.id = d.aggregate_id;
CREATE INDEX ON citizen_ideas_h (municipality_id, visibility, next_version_id, submitted_at DESC, id);
CREATE INDEX ON citizen_ideas_h (municipality_id, next_version_id, first_submitted_at, status, visibility, neighbourhood_id);
CREATE INDEX ON citizen_ideas_h (municipality_id, visibility, next_version_id, status, submitted_at DESC, id);
CREATE INDEX ON idea_endorsements_h (municipality_id, idea_id, at);
CREATE INDEX ON budgeting_ballots_h (municipality_id, round_id, change);
CREATE INDEX ON domain_events_h (aggregate_id, aggregate_version);
VACUUM ANALYZE;
