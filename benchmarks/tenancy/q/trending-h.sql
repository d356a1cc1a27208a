\set n random(1, 1000)
SELECT id AS m, round_id AS r, idea_id AS i FROM cities WHERE n = :n \gset
SELECT i.id, count(*) AS endorsements FROM citizen_ideas_h i JOIN idea_endorsements_h e ON e.idea_id = i.id AND e.municipality_id = :m WHERE i.municipality_id = :m AND i.visibility = 1 AND i.next_version_id IS NULL AND e.at >= timestamptz '2025-06-01' GROUP BY i.id ORDER BY endorsements DESC, i.id LIMIT 20;
