#!/usr/bin/env bash
# The fault drills of issue #18, item 7, each under load through the balancer of a running three-node cluster
# (eng/cluster.sh start), written to docs/scaling/fault-<drill>.txt with the load report and the check of every
# acknowledged write (eng/load-check.sh):
#   node    kill -9 one web node (node2) 20 s into the load; HAProxy routes around it; it is started again at 40 s.
#   redis   stop Redis at 20 s (the site keeps serving from the database), start it again at 40 s.
#   primary restart the PostgreSQL primary (fast shutdown, start) at 20 s; writes resume when it is back.
#
# Usage: eng/faults.sh node|redis|primary [duration seconds, default 60]
#   CLUSTER_DIR (default /tmp/pg-cluster), READERS (default 16), WRITERS (default 16), FIRST_ACCOUNT (41, 61, 81 by drill)
set -euo pipefail
cd "$(dirname "$0")/.."
drill=${1:?Usage: $0 node|redis|primary [duration]}
duration=${2:-60}
redis_port=${REDIS_PORT:-56379}
name=fault-$drill
# Each drill signs in its own residents, so that their endorsements are not refused as already made by an earlier run.
case "$drill" in
  node) first=${FIRST_ACCOUNT:-41} ;;
  redis) first=${FIRST_ACCOUNT:-61} ;;
  primary) first=${FIRST_ACCOUNT:-81} ;;
  *) echo "Unknown drill '$drill': node, redis or primary." >&2; exit 2 ;;
esac

stamp() { echo "[$(date -u +%H:%M:%S)] $*"; }

# shellcheck source=eng/load-record.sh
. eng/load-record.sh
load_record_begin "$name" "eng/faults.sh $drill $duration"

dotnet run --no-build eng/load.cs -- --url "http://127.0.0.1:${BALANCER_PORT:-8080}" --duration "$duration" \
  --readers "${READERS:-16}" --writers "${WRITERS:-16}" --first-account "$first" --acks "$acks" --out "$dir/$name.report.txt" --label "$name" >"$dir/$name.progress.txt" 2>&1 &
load=$!

sleep 20
case "$drill" in
  node)
    victim=$(cat "$dir/node2/pid")
    stamp "kill -9 node2 (pid $victim)" >>"$out"
    kill -KILL "$victim"
    sleep 3
    stamp "haproxy after 3 s: $(curl -s "http://127.0.0.1:${STATS_PORT:-8404}/;csv" | awk -F, '$1 == "nodes" && $2 != "BACKEND" { printf "%s %s; ", $2, $18 }')" >>"$out"
    sleep 17
    stamp "starting node2 again (eng/cluster.sh start)" >>"$out"
    eng/cluster.sh start >>"$dir/$name.restart.txt" 2>&1 || stamp "node2 did not start again: see $dir/$name.restart.txt" >>"$out"
    stamp "haproxy: $(curl -s "http://127.0.0.1:${STATS_PORT:-8404}/;csv" | awk -F, '$1 == "nodes" && $2 != "BACKEND" { printf "%s %s; ", $2, $18 }')" >>"$out"
    ;;
  redis)
    stamp "redis-cli shutdown nosave" >>"$out"
    redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
    sleep 20
    stamp "starting Redis again (eng/cluster.sh start)" >>"$out"
    eng/cluster.sh start >>"$dir/$name.restart.txt" 2>&1 || stamp "Redis did not start again: see $dir/$name.restart.txt" >>"$out"
    ;;
  primary)
    stamp "eng/pg-replica.sh restart-primary" >>"$out"
    eng/pg-replica.sh restart-primary "$dir/pg" >>"$out" 2>&1
    stamp "primary back" >>"$out"
    ;;
esac

wait $load || true
sed -n 's/^  t=/  t=/p' "$dir/$name.progress.txt" >>"$out"
load_record_end "$name"
