-- The middle way: no partitions, but endorsements carry their idea's municipality_id (filled from the idea) with an
-- index leading by it, so that one city's endorsements are read from one contiguous index range.
CREATE TABLE idea_endorsements_m AS SELECT i.municipality_id, e.* FROM idea_endorsements e JOIN citizen_ideas i ON i.id = e.idea_id;
ALTER TABLE idea_endorsements_m ADD PRIMARY KEY (idea_id, position);
CREATE INDEX ON idea_endorsements_m (municipality_id, at, idea_id);
VACUUM ANALYZE idea_endorsements_m;
