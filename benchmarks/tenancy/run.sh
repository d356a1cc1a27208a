#!/usr/bin/env bash
# Runs every read of q/ against each layout for SECONDS seconds with one client (pgbench, extended protocol as Npgsql
# sends it), alternating layouts, ROUNDS times, and prints the average latency in ms with the load average.
# Usage: PGHOST=... PGPORT=... PGUSER=postgres ./run.sh tenancy_bench [seconds] [rounds]
set -euo pipefail
cd "$(dirname "$0")"
db=${1:?database}; seconds=${2:-10}; rounds=${3:-2}
echo "# $(date -u +%FT%TZ) $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
  for read in lookup list page10 counts trending ballots events; do
    for layout in c h l; do
      script=q/$read-$layout.sql
      [ -f "$script" ] || continue
      out=$(pgbench -n -M extended -c 1 -T "$seconds" -f "$script" "$db" 2>&1)
      latency=$(grep -oP 'latency average = \K[0-9.]+' <<<"$out")
      echo "round=$round read=$read layout=$layout latency_ms=$latency load=$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
