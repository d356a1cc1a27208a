-- Load-independent figures for each read and layout: over 50 cities (every 20th), the median planning and execution
-- time and the mean shared buffers touched (hit + read, planning included), from EXPLAIN (ANALYZE, BUFFERS).
-- The queries are those of q/*.sql with the city's values written in (so partitions are pruned when planning).
CREATE OR REPLACE FUNCTION pg_temp.measure(p_read text, p_layout text, p_template text)
RETURNS TABLE (read text, layout text, planning_ms numeric, execution_ms numeric, buffers numeric) LANGUAGE plpgsql AS $$
DECLARE c record; j json; plans numeric[] := '{}'; execs numeric[] := '{}'; bufs numeric[] := '{}';
BEGIN
  FOR c IN SELECT * FROM cities WHERE n % 20 = 0 ORDER BY n LOOP
    EXECUTE 'EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ' || format(p_template, c.id, c.round_id, c.idea_id) INTO j;
    plans := plans || (j->0->>'Planning Time')::numeric;
    execs := execs || (j->0->>'Execution Time')::numeric;
    bufs := bufs || (coalesce((j->0->'Plan'->>'Shared Hit Blocks')::numeric, 0) + coalesce((j->0->'Plan'->>'Shared Read Blocks')::numeric, 0)
      + coalesce((j->0->'Planning'->>'Shared Hit Blocks')::numeric, 0) + coalesce((j->0->'Planning'->>'Shared Read Blocks')::numeric, 0));
  END LOOP;
  RETURN QUERY SELECT p_read, p_layout,
    round((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(plans) x)::numeric, 3),
    round((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(execs) x)::numeric, 3),
    round((SELECT avg(x) FROM unnest(bufs) x), 1);
END $$;
SELECT * FROM pg_temp.measure('list', 'current', $q$SELECT id, title, status, submitted_at FROM citizen_ideas WHERE municipality_id = %L AND visibility = 1 AND next_version_id IS NULL ORDER BY submitted_at DESC, id LIMIT 20$q$)
UNION ALL SELECT * FROM pg_temp.measure('list', 'hash16', $q$SELECT id, title, status, submitted_at FROM citizen_ideas_h WHERE municipality_id = %L AND visibility = 1 AND next_version_id IS NULL ORDER BY submitted_at DESC, id LIMIT 20$q$)
UNION ALL SELECT * FROM pg_temp.measure('list', 'list1000', $q$SELECT id, title, status, submitted_at FROM citizen_ideas_l WHERE municipality_id = %L AND visibility = 1 AND next_version_id IS NULL ORDER BY submitted_at DESC, id LIMIT 20$q$)
UNION ALL SELECT * FROM pg_temp.measure('page10', 'current', $q$SELECT id, title, status, submitted_at FROM citizen_ideas WHERE municipality_id = %L AND visibility = 1 AND next_version_id IS NULL ORDER BY submitted_at DESC, id LIMIT 20 OFFSET 180$q$)
UNION ALL SELECT * FROM pg_temp.measure('page10', 'hash16', $q$SELECT id, title, status, submitted_at FROM citizen_ideas_h WHERE municipality_id = %L AND visibility = 1 AND next_version_id IS NULL ORDER BY submitted_at DESC, id LIMIT 20 OFFSET 180$q$)
UNION ALL SELECT * FROM pg_temp.measure('page10', 'list1000', $q$SELECT id, title, status, submitted_at FROM citizen_ideas_l WHERE municipality_id = %L AND visibility = 1 AND next_version_id IS NULL ORDER BY submitted_at DESC, id LIMIT 20 OFFSET 180$q$)
UNION ALL SELECT * FROM pg_temp.measure('counts', 'current', $q$SELECT status, count(*) FROM citizen_ideas WHERE municipality_id = %L AND next_version_id IS NULL GROUP BY status$q$)
UNION ALL SELECT * FROM pg_temp.measure('counts', 'hash16', $q$SELECT status, count(*) FROM citizen_ideas_h WHERE municipality_id = %L AND next_version_id IS NULL GROUP BY status$q$)
UNION ALL SELECT * FROM pg_temp.measure('counts', 'list1000', $q$SELECT status, count(*) FROM citizen_ideas_l WHERE municipality_id = %L AND next_version_id IS NULL GROUP BY status$q$)
UNION ALL SELECT * FROM pg_temp.measure('trending', 'current', $q$SELECT i.id, count(*) AS endorsements FROM citizen_ideas i JOIN idea_endorsements e ON e.idea_id = i.id WHERE i.municipality_id = %1$L AND i.visibility = 1 AND i.next_version_id IS NULL AND e.at >= timestamptz '2025-06-01' GROUP BY i.id ORDER BY endorsements DESC, i.id LIMIT 20$q$)
UNION ALL SELECT * FROM pg_temp.measure('trending', 'hash16', $q$SELECT i.id, count(*) AS endorsements FROM citizen_ideas_h i JOIN idea_endorsements_h e ON e.idea_id = i.id AND e.municipality_id = %1$L WHERE i.municipality_id = %1$L AND i.visibility = 1 AND i.next_version_id IS NULL AND e.at >= timestamptz '2025-06-01' GROUP BY i.id ORDER BY endorsements DESC, i.id LIMIT 20$q$)
UNION ALL SELECT * FROM pg_temp.measure('trending', 'indexed', $q$SELECT i.id, count(*) AS endorsements FROM citizen_ideas i JOIN idea_endorsements_m e ON e.idea_id = i.id AND e.municipality_id = %1$L WHERE i.municipality_id = %1$L AND i.visibility = 1 AND i.next_version_id IS NULL AND e.at >= timestamptz '2025-06-01' GROUP BY i.id ORDER BY endorsements DESC, i.id LIMIT 20$q$)
UNION ALL SELECT * FROM pg_temp.measure('ballots', 'current', $q$SELECT count(*) FROM budgeting_ballots WHERE round_id = %2$L$q$)
UNION ALL SELECT * FROM pg_temp.measure('ballots', 'hash16', $q$SELECT count(*) FROM budgeting_ballots_h WHERE round_id = %2$L AND municipality_id = %1$L$q$)
UNION ALL SELECT * FROM pg_temp.measure('events', 'current', $q$SELECT sequence, event_type, payload FROM domain_events WHERE aggregate_id = %3$L ORDER BY aggregate_version$q$)
UNION ALL SELECT * FROM pg_temp.measure('events', 'hash16', $q$SELECT sequence, event_type, payload FROM domain_events_h WHERE aggregate_id = %3$L ORDER BY aggregate_version$q$);
