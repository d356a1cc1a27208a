# Sourced by eng/load-run.sh and eng/faults.sh: what a recorded run through the balancer writes before and after the
# load, the same for both, into docs/scaling/<name>.txt.
#   load_record_begin <name> <command line>  sets dir, out and acks, builds eng/load.cs, writes the time, the machine's
#                                            load (uptime) and the cluster's state;
#   load_record_end <name>                   appends eng/load.cs's report, the load after and eng/load-check.sh's verdict
#                                            on the acknowledged writes, shows its end, and returns the verdict's status.
# CLUSTER_DIR (default /tmp/pg-cluster).

load_record_begin() {
  local name=$1 command=$2
  dir=${CLUSTER_DIR:-/tmp/pg-cluster}
  out=docs/scaling/$name.txt
  acks=$dir/$name.acks.tsv
  mkdir -p docs/scaling
  dotnet build eng/load.cs -v q -nologo >/dev/null
  {
    echo "\$ $command"
    echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'); uptime before: $(uptime)"
    eng/cluster.sh status 2>&1 | sed 's/^/  /' || true
  } >"$out"
}

load_record_end() {
  local name=$1 status=0
  cat "$dir/$name.report.txt" >>"$out"
  {
    echo "uptime after: $(uptime)"
    echo "\$ eng/load-check.sh $acks"
  } >>"$out"
  eng/load-check.sh "$acks" "$dir" >>"$out" 2>&1 || status=$?
  tail -n 8 "$out"
  echo "written to $out"
  return $status
}
