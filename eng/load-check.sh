#!/usr/bin/env bash
# Verifies a load run's acknowledged writes (eng/load.cs's acknowledgements file) against the PostgreSQL primary with
# psql: every acknowledged endorsement must be a row of idea_endorsements, and every load account's stored budgeting
# ballot must be its last acknowledged one (or a later attempt whose answer was lost, which may have been stored).
# Prints acknowledged/lost per kind and exits 1 when any acknowledged write is lost.
#
# Usage: eng/load-check.sh <acks.tsv> [cluster-dir]
#   The accounts (email -> resident) are read from PostgreSQL's identity."AspNetUsers" when the accounts are stored there
#   (Demo:Database=postgresql with the "scale" work), else from <cluster-dir>/node1/accounts.db (SQLite, sqlite3).
#   PRIMARY_PORT (default 55432); cluster-dir default /tmp/pg-cluster.
set -euo pipefail
acks=${1:?Usage: $0 <acks.tsv> [cluster-dir]}
dir=${2:-${CLUSTER_DIR:-/tmp/pg-cluster}}
port=${PRIMARY_PORT:-55432}
[ -f "$acks" ] || { echo "No acknowledgements file $acks" >&2; exit 2; }
acks=$(cd "$(dirname "$acks")" && pwd)/$(basename "$acks")

psql_run() { psql -h 127.0.0.1 -p "$port" -U postgres -d governance -XAtq -v ON_ERROR_STOP=1 "$@"; }

accounts=$(mktemp /tmp/load-accounts-XXXXXX.tsv)
trap 'rm -f "$accounts"' EXIT
if [ "$(psql_run -c "SELECT to_regclass('identity.\"AspNetUsers\"') IS NOT NULL")" = t ]; then
  psql_run -c "COPY (SELECT \"Email\", \"ResidentId\" FROM identity.\"AspNetUsers\" WHERE \"Email\" LIKE 'load%@demo.rafsanjan' AND \"ResidentId\" IS NOT NULL) TO STDOUT" >"$accounts"
elif [ -f "$dir/node1/accounts.db" ]; then
  # SQLite stores the Guid as text, in upper or lower case depending on the writer.
  sqlite3 -separator $'\t' "$dir/node1/accounts.db" "SELECT Email, lower(ResidentId) FROM AspNetUsers WHERE Email LIKE 'load%@demo.rafsanjan' AND ResidentId IS NOT NULL" >"$accounts"
else
  echo "No accounts: neither AspNetUsers in PostgreSQL nor $dir/node1/accounts.db." >&2
  exit 2
fi

report=$(psql_run <<SQL
CREATE TEMP TABLE acks(kind text, email text, target text, choice text, outcome text, seq bigint);
\copy acks FROM '$acks'
CREATE TEMP TABLE accounts(email text, resident uuid);
\copy accounts FROM '$accounts'

-- Endorsements: each acknowledged one must be stored.
CREATE TEMP TABLE endorse_check AS
SELECT a.email, a.target, EXISTS (
         SELECT 1 FROM idea_endorsements e WHERE e.idea_id = a.target::uuid AND e.resident_id = u.resident) AS stored
FROM acks a JOIN accounts u USING (email)
WHERE a.kind = 'endorse' AND a.outcome = 'ack';

-- Ballots: the stored choice, as 0-based positions in the round's order (the position column counts from 1), against each attempt's choice in the same form.
CREATE TEMP TABLE ballot_attempts AS
SELECT a.seq, a.email, r.round, a.outcome,
       (SELECT string_agg((p.position - 1)::text || CASE WHEN c.points IS NULL THEN '' ELSE ':' || c.points END, ',' ORDER BY p.position)
          FROM (SELECT split_part(x, ':', 1)::uuid AS idea, nullif(split_part(x, ':', 2), '') AS points
                  FROM unnest(string_to_array(a.choice, ',')) AS x) c
          JOIN budgeting_round_projects p ON p.round_id = r.round AND p.idea_id = c.idea) AS positions
FROM acks a
-- The page names no round when it shows the city's latest: the round is the one holding the first chosen idea.
CROSS JOIN LATERAL (SELECT coalesce(nullif(a.target, '-')::uuid,
                                    (SELECT p.round_id FROM budgeting_round_projects p
                                      WHERE p.idea_id = split_part(split_part(a.choice, ',', 1), ':', 1)::uuid LIMIT 1)) AS round) r
WHERE a.kind = 'ballot' AND a.outcome IN ('ack', 'unknown');

CREATE TEMP TABLE ballot_check AS
SELECT last.email, last.seq,
       b.choice AS stored_choice,
       last.positions AS acknowledged_choice,
       -- The stored ballot is the last acknowledged one, or one attempted after it whose answer was lost.
       EXISTS (SELECT 1 FROM ballot_attempts later
                WHERE later.email = last.email AND later.round = last.round AND later.seq >= last.seq
                  AND later.positions IS NOT DISTINCT FROM b.choice) AS stored
FROM (SELECT DISTINCT ON (email, round) * FROM ballot_attempts WHERE outcome = 'ack' ORDER BY email, round, seq DESC) last
JOIN accounts u USING (email)
LEFT JOIN budgeting_ballots b ON b.round_id = last.round AND b.voter_id = u.resident;

\pset format unaligned
\pset fieldsep ' '
SELECT 'endorsements: acknowledged ' || count(*) || ', stored ' || count(*) FILTER (WHERE stored) || ', lost ' || count(*) FILTER (WHERE NOT stored) FROM endorse_check;
SELECT 'ballots: acknowledged ' || (SELECT count(*) FROM acks WHERE kind = 'ballot' AND outcome = 'ack')
    || ' (the last of ' || count(*) || ' voters checked), stored ' || count(*) FILTER (WHERE stored) || ', lost ' || count(*) FILTER (WHERE NOT stored) FROM ballot_check;
SELECT 'acknowledged writes of accounts not found: ' || count(*) FROM acks a WHERE a.outcome = 'ack' AND NOT EXISTS (SELECT 1 FROM accounts u WHERE u.email = a.email);
SELECT 'LOST endorsement ' || email || ' ' || target FROM endorse_check WHERE NOT stored;
SELECT 'LOST ballot ' || email || ' acknowledged ' || coalesce(acknowledged_choice, '?') || ' stored ' || coalesce(stored_choice, 'none') FROM ballot_check WHERE NOT stored;
SELECT 'lost: ' || ((SELECT count(*) FROM endorse_check WHERE NOT stored) + (SELECT count(*) FROM ballot_check WHERE NOT stored)
    + (SELECT count(*) FROM acks a WHERE a.outcome = 'ack' AND NOT EXISTS (SELECT 1 FROM accounts u WHERE u.email = a.email)));
SQL
)
echo "$report"
lost=$(echo "$report" | sed -n 's/^lost: //p')
[ "${lost:-1}" = 0 ]
