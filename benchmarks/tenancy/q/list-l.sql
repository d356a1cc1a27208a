\set n random(1, 1000)
SELECT id AS m, round_id AS r, idea_id AS i FROM cities WHERE n = :n \gset
SELECT id, title, status, submitted_at FROM citizen_ideas_l WHERE municipality_id = :m AND visibility = 1 AND next_version_id IS NULL ORDER BY submitted_at DESC, id LIMIT 20;
