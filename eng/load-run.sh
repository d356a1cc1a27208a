#!/usr/bin/env bash
# One load run through the balancer of a running cluster (eng/cluster.sh start), written to docs/scaling/<name>.txt:
# the time, the machine's load (uptime) before and after, the cluster's state, eng/load.cs's report and
# eng/load-check.sh's verdict on the acknowledged writes. Everything after the name goes to eng/load.cs.
#
# Usage: eng/load-run.sh <name> [--duration 60 --readers 24 --writers 16 ...]
#   e.g. NODES=1 eng/cluster.sh start && eng/load-run.sh one-node --duration 60
#   CLUSTER_DIR (default /tmp/pg-cluster), BALANCER_PORT (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?Usage: $0 <name> [eng/load.cs options]}
shift
# shellcheck source=eng/load-record.sh
. eng/load-record.sh
load_record_begin "$name" "eng/load-run.sh $name $*"
dotnet run --no-build eng/load.cs -- --url "http://127.0.0.1:${BALANCER_PORT:-8080}" --acks "$acks" --out "$dir/$name.report.txt" --label "$name" "$@"
load_record_end "$name"
