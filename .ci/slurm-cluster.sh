#!/usr/bin/env bash
# A one-node Slurm cluster on localhost for tests: installs slurm-wlm and munge when missing,
# writes a configuration without cgroups into a temporary folder, and starts munged, slurmctld
# and slurmd as root. Source it; call slurm_up, then slurm_down (also run from an EXIT trap).
# Commands see the cluster through SLURM_CONF.

slurm_install() {
  if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    echo "slurm: installing slurm-wlm and munge"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
  fi
}

slurm_up() {
  slurm_install
  SLURM_DIR=$(mktemp -d /tmp/sahelsim-slurm.XXXXXX)
  export SLURM_DIR
  local host cpus mem
  host=$(hostname -s)
  cpus=$(nproc)
  mem=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 512 ))
  mkdir -p "$SLURM_DIR"/{state,spool,log,munge}
  cat > "$SLURM_DIR/slurm.conf" <<CONF
ClusterName=sahelsim-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CryptoType=crypto/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$SLURM_DIR/state
SlurmdSpoolDir=$SLURM_DIR/spool
SlurmctldPidFile=$SLURM_DIR/slurmctld.pid
SlurmdPidFile=$SLURM_DIR/slurmd.pid
SlurmctldLogFile=$SLURM_DIR/log/slurmctld.log
SlurmdLogFile=$SLURM_DIR/log/slurmd.log
SlurmctldPort=6817
SlurmdPort=6818
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$SLURM_DIR/slurm.conf"
  # munge: a key and a daemon with its own socket
  if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
    chmod 400 /etc/munge/munge.key
  fi
  chown root:root /etc/munge/munge.key
  mkdir -p /run/munge /var/lib/munge /var/log/munge
  if ! pgrep -x munged >/dev/null; then
    munged --force --key-file=/etc/munge/munge.key --pid-file="$SLURM_DIR/munged.pid" \
      --log-file="$SLURM_DIR/log/munged.log" --seed-file="$SLURM_DIR/munge/seed" || return 1
    SLURM_STARTED_MUNGE=1
  fi
  slurmctld -f "$SLURM_CONF" || return 1
  slurmd -f "$SLURM_CONF" || return 1
  local i
  for i in $(seq 1 30); do
    if sinfo -h -o '%T' 2>/dev/null | grep -q -E '^(idle|mixed|allocated)'; then
      echo "slurm: cluster up ($host, $cpus CPUs)"
      return 0
    fi
    sleep 1
  done
  echo "slurm: the node did not become idle; slurmctld log:" >&2
  tail -20 "$SLURM_DIR/log/slurmctld.log" >&2 || true
  tail -20 "$SLURM_DIR/log/slurmd.log" >&2 || true
  return 1
}

slurm_down() {
  if [ -n "${SLURM_CONF:-}" ]; then
    scontrol shutdown >/dev/null 2>&1 || true
    sleep 1
  fi
  [ -n "${SLURM_DIR:-}" ] && for p in slurmd slurmctld; do
    [ -f "$SLURM_DIR/$p.pid" ] && kill "$(cat "$SLURM_DIR/$p.pid")" 2>/dev/null || true
  done
  if [ -n "${SLURM_STARTED_MUNGE:-}" ] && [ -f "$SLURM_DIR/munged.pid" ]; then
    kill "$(cat "$SLURM_DIR/munged.pid")" 2>/dev/null || true
  fi
  [ -n "${SLURM_DIR:-}" ] && rm -rf "$SLURM_DIR"
  unset SLURM_DIR SLURM_CONF
}
