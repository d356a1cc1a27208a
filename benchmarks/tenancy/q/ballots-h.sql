\set n random(1, 1000)
SELECT id AS m, round_id AS r, idea_id AS i FROM cities WHERE n = :n \gset
SELECT count(*) FROM budgeting_ballots_h WHERE round_id = :r AND municipality_id = :m;
