#!/usr/bin/env bash
# The demo as a cluster on loopback (issue #18, item 6): a PostgreSQL primary and streaming standby (eng/pg-replica.sh),
# Redis, N web nodes (the demo published once in Release, each `dotnet RazorDemo.dll` on its own port) and HAProxy in
# front (round robin, health checks on /health). For the load runs (eng/load.cs), the fault drills (eng/faults.sh) and
# by hand: open http://127.0.0.1:8080/.
#
# Usage: eng/cluster.sh start|stop|status
#   NODES         web nodes (default 3; NODES=1 for the one-node figures)
#   CLUSTER_DIR   where everything lives (default /tmp/pg-cluster): pg/, redis, app/ (the published demo), node<i>/, logs
#   BALANCER_PORT HAProxy's port (default 8080); the nodes listen on NODE_PORT_BASE+i (default 5100+i), Redis on
#                 REDIS_PORT (default 56379), PostgreSQL on PRIMARY_PORT/STANDBY_PORT (default 55432/55433), HAProxy's
#                 statistics on STATS_PORT (default 8404)
#   LOAD_ACCOUNTS Demo:LoadAccounts for the nodes (default 200)
#   PUBLISH=1     publish the demo again (otherwise the first start publishes it and later starts reuse it)
#   REDIS=0       no Redis (ConnectionStrings:Redis unset: each node caches alone)
#   CLUSTER_ENVIRONMENT  ASPNETCORE_ENVIRONMENT of the nodes (default Production)
# stop leaves nothing running (the data stays in CLUSTER_DIR for the next start; delete it to begin again).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
command=${1:-}
nodes=${NODES:-3}
dir=${CLUSTER_DIR:-/tmp/pg-cluster}
balancer_port=${BALANCER_PORT:-8080}
stats_port=${STATS_PORT:-8404}
node_port_base=${NODE_PORT_BASE:-5100}
redis_port=${REDIS_PORT:-56379}
export PRIMARY_PORT=${PRIMARY_PORT:-55432}
export STANDBY_PORT=${STANDBY_PORT:-55433}
load_accounts=${LOAD_ACCOUNTS:-200}
environment=${CLUSTER_ENVIRONMENT:-Production}
use_redis=${REDIS:-1}

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
primary="Host=127.0.0.1;Port=$PRIMARY_PORT;Username=postgres;Database=governance;Timeout=5;Command Timeout=60;Maximum Pool Size=60"
standby="Host=127.0.0.1;Port=$STANDBY_PORT;Username=postgres;Database=governance;Timeout=2;Command Timeout=60;Maximum Pool Size=60"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_http() { # url seconds pidfile
  for _ in $(seq 1 "$2"); do
    curl -sf -o /dev/null --max-time 5 "$1" && return 0
    if [ -n "${3:-}" ] && ! alive "$3"; then return 1; fi
    sleep 1
  done
  return 1
}

start_node() { # i
  local i=$1 port=$((node_port_base + $1)) data="$dir/node$1"
  mkdir -p "$data"
  alive "$data/pid" && return 0
  local redis_setting=()
  [ "$use_redis" = 1 ] && redis_setting=(--ConnectionStrings:Redis="127.0.0.1:$redis_port,abortConnect=false,connectTimeout=1000,syncTimeout=1000")
  (
    cd "$dir/app"
    ASPNETCORE_ENVIRONMENT=$environment setsid nohup dotnet RazorDemo.dll \
      --urls "http://127.0.0.1:$port" \
      --Demo:Database=postgresql \
      --ConnectionStrings:Governance="$primary" \
      --ConnectionStrings:GovernanceReplica="$standby" \
      "${redis_setting[@]}" \
      --Demo:DataDirectory="$data" \
      --Demo:Accounts=demo \
      --Demo:LoadAccounts="$load_accounts" \
      >"$data/node.log" 2>&1 &
    echo $! >"$data/pid"
  )
  # The first start generates Rafsanjan in PostgreSQL: minutes, not seconds.
  if ! wait_http "http://127.0.0.1:$port/health" 900 "$data/pid"; then
    echo "node$i did not become healthy; the end of $data/node.log:" >&2
    tail -n 40 "$data/node.log" >&2
    exit 1
  fi
  echo "node$i http://127.0.0.1:$port healthy (pid $(cat "$data/pid"))"
}

stop_pid() { # pidfile name
  alive "$1" || { rm -f "$1"; return 0; }
  local pid
  pid=$(cat "$1")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$1"
  echo "$2 stopped"
}

haproxy_config() {
  cat <<EOF
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request whose connection to a node failed is sent to another (it never reached the first one).
    retries 3
    option redispatch 1
frontend web
    bind 127.0.0.1:$balancer_port
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /health
    http-check expect status 200
    # A node that refuses connections (killed) is out after three checks; a node slowed by load has five seconds to
    # answer, so that a busy but working node is not taken out (with one node that would mean 503 for everyone).
    timeout check 5s
    default-server inter 1s fall 3 rise 2
EOF
  for i in $(seq 1 "$nodes"); do
    echo "    server node$i 127.0.0.1:$((node_port_base + i)) check"
  done
  cat <<EOF
listen stats
    bind 127.0.0.1:$stats_port
    stats enable
    stats uri /
EOF
}

case "$command" in
  start)
    for tool in haproxy curl dotnet; do command -v $tool >/dev/null || { echo "$tool is not installed." >&2; exit 1; }; done
    eng/pg-replica.sh start "$dir/pg" >/dev/null
    echo "postgresql primary 127.0.0.1:$PRIMARY_PORT, standby 127.0.0.1:$STANDBY_PORT"
    if [ "$use_redis" = 1 ]; then
      command -v redis-server >/dev/null || { echo "redis-server is not installed." >&2; exit 1; }
      if ! alive "$dir/redis.pid"; then
        redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --daemonize yes \
          --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir"
        for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
      fi
      echo "redis 127.0.0.1:$redis_port"
    fi
    if [ "${PUBLISH:-0}" = 1 ] || [ ! -f "$dir/app/RazorDemo.dll" ]; then
      echo "publishing the demo (Release) to $dir/app…"
      dotnet publish "$repo/samples/RazorDemo" -c Release -o "$dir/app" -v q -nologo >"$dir/publish.log" 2>&1 \
        || { tail -n 40 "$dir/publish.log" >&2; exit 1; }
    fi
    # The first node prepares the database (migrations, the city, the accounts); the others start once it is healthy.
    for i in $(seq 1 "$nodes"); do start_node "$i"; done
    haproxy_config >"$dir/haproxy.cfg"
    if ! alive "$dir/haproxy.pid"; then
      haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
    fi
    wait_http "http://127.0.0.1:$balancer_port/health" 30 || { echo "HAProxy does not answer on $balancer_port." >&2; exit 1; }
    echo "haproxy http://127.0.0.1:$balancer_port (statistics http://127.0.0.1:$stats_port/)"
    ;;
  stop)
    stop_pid "$dir/haproxy.pid" haproxy
    for data in "$dir"/node*; do
      [ -d "$data" ] && stop_pid "$data/pid" "$(basename "$data")"
    done
    if alive "$dir/redis.pid"; then
      redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || stop_pid "$dir/redis.pid" redis
      for _ in $(seq 1 20); do alive "$dir/redis.pid" || break; sleep 0.2; done
      echo "redis stopped"
    fi
    eng/pg-replica.sh stop "$dir/pg" >/dev/null
    echo "postgresql stopped"
    ;;
  status)
    state=0
    eng/pg-replica.sh status "$dir/pg" || state=3
    if alive "$dir/redis.pid"; then echo "redis 127.0.0.1:$redis_port running"; else echo "redis stopped"; fi
    for data in "$dir"/node*; do
      [ -d "$data" ] || continue
      port=$((node_port_base + ${data##*node}))
      if alive "$data/pid"; then
        echo "$(basename "$data") 127.0.0.1:$port running, /health: $(curl -s --max-time 3 "http://127.0.0.1:$port/health" || echo 'no answer')"
      else
        echo "$(basename "$data") 127.0.0.1:$port stopped"; state=3
      fi
    done
    if alive "$dir/haproxy.pid"; then
      echo "haproxy 127.0.0.1:$balancer_port running; servers:"
      curl -s --max-time 3 "http://127.0.0.1:$stats_port/;csv" | awk -F, '$1 == "nodes" && $2 != "BACKEND" { print "  " $2 " " $18 }'
    else
      echo "haproxy stopped"; state=3
    fi
    exit $state
    ;;
  *)
    echo "Usage: $0 start|stop|status (NODES, CLUSTER_DIR, BALANCER_PORT… in the header)" >&2
    exit 2
    ;;
esac
