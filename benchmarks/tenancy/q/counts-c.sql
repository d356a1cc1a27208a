\set n random(1, 1000)
SELECT id AS m, round_id AS r, idea_id AS i FROM cities WHERE n = :n \gset
SELECT status, count(*) FROM citizen_ideas WHERE municipality_id = :m AND next_version_id IS NULL GROUP BY status;
