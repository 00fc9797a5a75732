#!/usr/bin/env bash
# Start a throw-away single-node Slurm cluster on this machine, for tests.
#
# Usage: tests/slurm/setup_cluster.sh [STATE_DIR]
#
# STATE_DIR (default: $METASYNTH_SLURM_DIR, else ${TMPDIR:-/tmp}/metasynth-slurm) receives
# everything the cluster needs: slurm.conf, the munge key and socket, spool and state
# folders, logs, and the PIDs of the daemons started here (pids/*.pid), which
# stop_cluster.sh reads. Nothing under /etc is written; clients find the cluster through
# SLURM_CONF, which env.sh in STATE_DIR exports (it also puts STATE_DIR/bin, holding an
# srun that keeps SLURM_CONF, first on PATH):
#
#   tests/slurm/setup_cluster.sh /tmp/slurm && source /tmp/slurm/env.sh && sinfo
#
# Needs root. Installs slurm-wlm and munge with apt-get when the daemons are missing.
# Running it again while its daemons are up only waits for the node to be idle.
# Environment: METASYNTH_SLURM_PORT (slurmctld port, default 6817; slurmd uses +1),
# METASYNTH_SLURM_TIMEOUT (seconds to wait for an idle node, default 60).
set -euo pipefail

started=$(date +%s.%N)
state=${1:-${METASYNTH_SLURM_DIR:-${TMPDIR:-/tmp}/metasynth-slurm}}
port=${METASYNTH_SLURM_PORT:-6817}
timeout=${METASYNTH_SLURM_TIMEOUT:-60}

die() {
    echo "setup_cluster.sh: $*" >&2
    exit 1
}

elapsed() {
    python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" \
        "$started" "$(date +%s.%N)"
}

# A recorded PID counts only while it still runs the daemon it was recorded for, so a
# PID reused by another process is never mistaken for ours.
alive() {
    local name=$1 pidfile=$state/pids/$1.pid pid
    [[ -s $pidfile ]] || return 1
    pid=$(<"$pidfile")
    [[ -r /proc/$pid/comm && $(</proc/"$pid"/comm) == "$name" ]]
}

# slurmd starts job steps as the submitting user and needs root for that.
[[ $(id -u) -eq 0 ]] || die "needs root: slurmd runs as root (and apt-get installs slurm-wlm, munge)"

# --- packages ---------------------------------------------------------------------------
missing=()
for tool in munged mungekey slurmctld slurmd sinfo sbatch; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get to install slurm-wlm and munge"
    echo "installing slurm-wlm and munge (missing: ${missing[*]})"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || die "apt-get update failed"
    apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null ||
        die "apt-get install slurm-wlm munge failed"
    echo "installed after $(elapsed) s"
fi

# --- configuration ----------------------------------------------------------------------
mkdir -p "$state"/{pids,log,munge,ctld,spool}
state=$(cd "$state" && pwd)
chmod 700 "$state/munge"
conf=$state/slurm.conf
socket=$state/munge/munge.socket
host=$(hostname -s)
user=$(id -un)

# The node's real CPU and memory layout, so slurmd does not mark it invalid.
cpus=$(nproc)
mem_mb=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
node_line=$(slurmd -C 2>/dev/null | awk '/^NodeName=/ {sub(/^NodeName=[^ ]+ /, ""); print; exit}' || true)
[[ -n $node_line ]] || node_line="CPUs=$cpus RealMemory=$mem_mb"

if ! alive slurmctld; then
    cat >"$conf" <<EOF
# Single-node test cluster written by tests/slurm/setup_cluster.sh; state in $state.
ClusterName=metasynth
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=$user
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/log/slurmctld.log
SlurmdLogFile=$state/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
MpiDefault=none
SwitchType=switch/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
ReturnToService=2
# Finished jobs stay visible to squeue for MinJobAge seconds. The Snakemake Slurm plugin
# polls squeue when there is no accounting database and needs at least 3x its first
# status-check delay (workflow/profiles/slurm sets 4 s; the plugin default is 40 s).
MinJobAge=300
SlurmctldTimeout=30
SlurmdTimeout=60
InactiveLimit=0
KillWait=5
Waittime=0
NodeName=$host NodeAddr=127.0.0.1 $node_line State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
fi

# snakemake-executor-plugin-slurm-jobstep (0.6.1) removes SLURM_* variables, SLURM_CONF
# included, before it calls srun inside a job, and srun then finds no configuration
# outside /etc/slurm. This srun restores it; env.sh puts it first on PATH.
mkdir -p "$state/bin"
real_srun=$(command -v srun)
[[ $real_srun != "$state/bin/srun" ]] || real_srun=/usr/bin/srun
cat >"$state/bin/srun" <<EOF
#!/bin/sh
export SLURM_CONF="\${SLURM_CONF:-$conf}"
exec $real_srun "\$@"
EOF
chmod +x "$state/bin/srun"

cat >"$state/env.sh" <<EOF
# Source this to talk to the test cluster in $state.
export SLURM_CONF=$conf
case ":\$PATH:" in *":$state/bin:"*) ;; *) export PATH="$state/bin:\$PATH" ;; esac
EOF
export SLURM_CONF=$conf

# --- daemons ----------------------------------------------------------------------------
start() {
    local name=$1 pidfile=$2
    shift 2
    if alive "$name"; then
        echo "$name already running (pid $(<"$state/pids/$name.pid"))"
        return
    fi
    rm -f "$pidfile"
    "$@" || die "$name did not start: $* (see $state/log/$name.log)"
    for _ in $(seq 100); do
        [[ -s $pidfile ]] && break
        sleep 0.1
    done
    [[ -s $pidfile ]] || die "$name wrote no pid file $pidfile (see $state/log/$name.log)"
    cp "$pidfile" "$state/pids/$name.pid"
    alive "$name" || die "$name exited right after starting; last lines of $state/log/$name.log:
$(tail -n 20 "$state/log/$name.log" 2>/dev/null)"
    echo "$name started (pid $(<"$state/pids/$name.pid"))"
}

key=$state/munge/munge.key
if [[ ! -s $key ]]; then
    mungekey --create --keyfile="$key" >/dev/null 2>&1 ||
        dd if=/dev/urandom of="$key" bs=1024 count=1 status=none
    chmod 600 "$key"
fi

start munged "$state/munge/munged.pid" \
    munged --force --key-file="$key" --socket="$socket" \
    --pid-file="$state/munge/munged.pid" --log-file="$state/log/munged.log" \
    --seed-file="$state/munge/munged.seed"
start slurmctld "$state/slurmctld.pid" slurmctld -f "$conf"
start slurmd "$state/slurmd.pid" slurmd -f "$conf"

# --- wait for the node ------------------------------------------------------------------
deadline=$(($(date +%s) + timeout))
node_state=
while (($(date +%s) < deadline)); do
    node_state=$(sinfo --noheader --nodes="$host" --format=%T 2>/dev/null | head -n 1 || true)
    [[ $node_state == idle ]] && break
    sleep 0.5
done
if [[ $node_state != idle ]]; then
    die "node $host is '${node_state:-unreachable}' after ${timeout} s, not idle; see $state/log/slurmctld.log and slurmd.log"
fi

echo "Slurm node $host idle after $(elapsed) s; use it after: source $state/env.sh"
