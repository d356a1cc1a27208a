\set n random(1, 1000)
SELECT id AS m, round_id AS r, idea_id AS i FROM cities WHERE n = :n \gset
SELECT sequence, event_type, payload FROM domain_events WHERE aggregate_id = :i ORDER BY aggregate_version;
