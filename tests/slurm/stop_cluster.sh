#!/usr/bin/env bash
# Stop the daemons that tests/slurm/setup_cluster.sh started, and only those.
#
# Usage: tests/slurm/stop_cluster.sh [STATE_DIR]   (same default as setup_cluster.sh)
#
# Reads STATE_DIR/pids/{slurmd,slurmctld,munged}.pid and signals a PID only while it
# still runs the daemon it was recorded for. Daemons that are already gone are reported
# and skipped, so running it twice is harmless. Add --purge to also delete STATE_DIR.
set -euo pipefail

purge=0
args=()
for arg in "$@"; do
    case $arg in
    --purge) purge=1 ;;
    -h | --help)
        sed -n '2,9p' "$0"
        exit 0
        ;;
    *) args+=("$arg") ;;
    esac
done
state=${args[0]:-${METASYNTH_SLURM_DIR:-${TMPDIR:-/tmp}/metasynth-slurm}}

die() {
    echo "stop_cluster.sh: $*" >&2
    exit 1
}

[[ -d $state/pids ]] || die "no $state/pids: nothing was started from $state by setup_cluster.sh"

failed=0
# Compute node first, then controller, then authentication.
for name in slurmd slurmctld munged; do
    pidfile=$state/pids/$name.pid
    if [[ ! -s $pidfile ]]; then
        echo "$name: no recorded pid"
        continue
    fi
    pid=$(<"$pidfile")
    if [[ ! -r /proc/$pid/comm || $(</proc/"$pid"/comm) != "$name" ]]; then
        echo "$name: recorded pid $pid is not running $name any more"
        rm -f "$pidfile"
        continue
    fi
    kill -TERM "$pid"
    for _ in $(seq 100); do
        [[ -e /proc/$pid ]] || break
        sleep 0.1
    done
    if [[ -e /proc/$pid ]]; then
        echo "$name (pid $pid) ignored SIGTERM for 10 s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 0.5
    fi
    if [[ -e /proc/$pid && $(</proc/"$pid"/comm) == "$name" ]]; then
        echo "$name (pid $pid) could not be stopped" >&2
        failed=1
    else
        echo "$name (pid $pid) stopped"
        rm -f "$pidfile"
    fi
done

((failed == 0)) || die "some daemons are still running; see above"
if ((purge)); then
    rm -rf "$state"
    echo "removed $state"
fi
