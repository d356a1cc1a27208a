-- Ideas LIST-partitioned with one partition per municipality (the other extreme: every city its own table), with the
-- list index. Needs max_locks_per_transaction raised to create and query over a thousand partitions.
CREATE TABLE citizen_ideas_l (LIKE citizen_ideas INCLUDING DEFAULTS) PARTITION BY LIST (municipality_id);
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT n, id FROM cities LOOP
    EXECUTE format('CREATE TABLE citizen_ideas_l%s PARTITION OF citizen_ideas_l FOR VALUES IN (%L)', c.n, c.id);
  END LOOP;
END $$;
INSERT INTO citizen_ideas_l SELECT * FROM citizen_ideas;
CREATE INDEX ON citizen_ideas_l (municipality_id, visibility, next_version_id, submitted_at DESC, id);
CREATE INDEX ON citizen_ideas_l (municipality_id, next_version_id, first_submitted_at, status, visibility, neighbourhood_id);
VACUUM ANALYZE;
