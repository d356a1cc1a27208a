#!/usr/bin/env bash
# A PostgreSQL primary and a streaming standby on loopback (issue #18, item 3), for the cluster script, the load runs
# and by hand. The standby is a pg_basebackup -R copy of the primary that replays its WAL as it is written (hot standby:
# it answers reads, refuses writes). Trust authentication on 127.0.0.1 only: a test rig, not a production set-up.
#
# Usage: eng/pg-replica.sh start|stop|status|restart-primary <dir>
#   PRIMARY_PORT (default 55432), STANDBY_PORT (default 55433), PG_BIN (default Debian's /usr/lib/postgresql/15/bin).
#   start: initdb the primary and clone the standby on the first run, then start both and wait until the standby streams.
#          Prints the two connection strings and writes them to <dir>/connections.env (PRIMARY=…, STANDBY=…).
#   stop: stops both (fast shutdown); the data stays in <dir> for the next start. Delete <dir> to begin again.
#   restart-primary: stops the primary (fast) and starts it again; the standby reconnects by itself (a fault drill).
# As root the servers run as the postgres user (PostgreSQL refuses root); <dir> is then given to that user.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "Usage: $0 start|stop|status|restart-primary <dir>" >&2
  exit 2
fi

bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
primary_port=${PRIMARY_PORT:-55432}
standby_port=${STANDBY_PORT:-55433}
[ -x "$bin/initdb" ] || { echo "No PostgreSQL binaries in $bin (Debian: apt-get install -y postgresql; or set PG_BIN)." >&2; exit 1; }

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
primary="$dir/primary"
standby="$dir/standby"

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { as_pg "$bin/pg_ctl" -D "$1" status >/dev/null 2>&1; }

pg_start() { # data-directory port name
  running "$1" && return 0
  as_pg "$bin/pg_ctl" -D "$1" -l "$dir/$3.log" -w -t 120 start \
    -o "-p $2 -k $dir -c listen_addresses=127.0.0.1" >/dev/null
}

pg_stop() { # data-directory
  running "$1" || return 0
  as_pg "$bin/pg_ctl" -D "$1" -w -t 60 stop -m fast >/dev/null
}

sql() { # port query
  as_pg "$bin/psql" -h 127.0.0.1 -p "$1" -U postgres -d postgres -XAtqc "$2"
}

connections() {
  echo "PRIMARY=\"Host=127.0.0.1;Port=$primary_port;Username=postgres;Database=governance\""
  echo "STANDBY=\"Host=127.0.0.1;Port=$standby_port;Username=postgres;Database=governance\""
}

case "$command" in
  start)
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$primary/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$primary" -U postgres --auth=trust --encoding=UTF8 --locale=C >/dev/null
      # Replication needs replica-level WAL and senders; initdb's pg_hba already trusts replication from 127.0.0.1.
      # max_connections: three web nodes with their pools, the load checker and psql.
      cat >>"$primary/postgresql.conf" <<EOF
wal_level = replica
max_wal_senders = 5
wal_keep_size = 256MB
hot_standby = on
max_connections = 400
shared_buffers = 128MB
EOF
    fi
    pg_start "$primary" "$primary_port" primary
    if [ ! -f "$standby/PG_VERSION" ]; then
      # -R writes primary_conninfo and standby.signal: the copy starts as a streaming standby.
      as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$standby" -R -X stream -c fast
    fi
    pg_start "$standby" "$standby_port" standby
    sql "$primary_port" "SELECT 1 FROM pg_database WHERE datname = 'governance'" | grep -q 1 \
      || sql "$primary_port" "CREATE DATABASE governance"
    for _ in $(seq 1 120); do
      [ "$(sql "$primary_port" "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" -ge 1 ] && break
      sleep 0.5
    done
    # The database is created on the primary: wait until the standby has replayed it.
    for _ in $(seq 1 120); do
      sql "$standby_port" "SELECT 1 FROM pg_database WHERE datname = 'governance'" | grep -q 1 && break
      sleep 0.5
    done
    connections | tee "$dir/connections.env"
    ;;
  stop)
    pg_stop "$standby"
    pg_stop "$primary"
    echo "stopped"
    ;;
  restart-primary)
    pg_stop "$primary"
    pg_start "$primary" "$primary_port" primary
    echo "primary restarted"
    ;;
  status)
    state=0
    if running "$primary"; then
      echo "primary 127.0.0.1:$primary_port running; standbys streaming: $(sql "$primary_port" "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")"
    else
      echo "primary 127.0.0.1:$primary_port stopped"; state=3
    fi
    if running "$standby"; then
      echo "standby 127.0.0.1:$standby_port running; in recovery: $(sql "$standby_port" "SELECT pg_is_in_recovery()"); received but not yet replayed: $(sql "$standby_port" "SELECT coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)") bytes"
    else
      echo "standby 127.0.0.1:$standby_port stopped"; state=3
    fi
    exit $state
    ;;
  *)
    echo "Unknown command '$command': use start, stop, status or restart-primary." >&2
    exit 2
    ;;
esac
