#!/usr/bin/env bash
# End-to-end test of cluster batches on a real one-node Slurm (run by .ci/run after the build):
# starts munged, slurmctld and slurmd (.ci/slurm-cluster.sh), submits a small experiment with
# 'sahelsim slurm --shards 4 --submit', waits for the job array and the dependent merge, and checks
# that the merged aggregates, charts and report are byte-identical to the same experiment run in
# one process. Shuts Slurm down and removes its files on every exit, failure included. If Slurm
# cannot start, the test fails: it never passes without having run.
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/slurm-cluster.sh

JAR=target/sahelsim-all.jar
EXPERIMENT=src/test/resources/experiments/tiny.yaml
WEEKS=6
TIMEOUT=300
WORK=$(mktemp -d /tmp/sahelsim-slurm-test.XXXXXX)

fail() {
  echo "slurm-test: FAILED: $*" >&2
  for log in "$WORK"/cluster/slurm/logs/*.out; do
    [ -f "$log" ] && { echo "--- $log" >&2; tail -20 "$log" >&2; }
  done
  exit 1
}

cleanup() {
  local rc=$?
  slurm_down || true
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT

[ -f "$JAR" ] || fail "$JAR is missing: build first (mvn -B verify or mvn package)"
slurm_up || fail "Slurm could not start on this machine (see the logs above); the cluster test did not run"

echo "slurm-test: submitting $EXPERIMENT as 4 shards"
submitted=$(java -jar "$JAR" slurm "$EXPERIMENT" --shards 4 --cpus 1 --mem 1G --time 00:10:00 \
  --weeks "$WEEKS" --out "$WORK/cluster" --submit)
echo "$submitted"
array=$(echo "$submitted" | sed -n 's/^array job \([0-9]*\), merge job \([0-9]*\)$/\1/p')
merge=$(echo "$submitted" | sed -n 's/^array job \([0-9]*\), merge job \([0-9]*\)$/\2/p')
[ -n "$array" ] && [ -n "$merge" ] || fail "no job ids in the output of 'sahelsim slurm --submit'"

start=$SECONDS
while [ -n "$(squeue -h -j "$array,$merge" -o %i 2>/dev/null)" ]; do
  if squeue -h -j "$merge" -o %r 2>/dev/null | grep -q DependencyNeverSatisfied; then
    scancel "$merge" || true
    fail "a shard failed, so the merge job can never start"
  fi
  [ $((SECONDS - start)) -lt "$TIMEOUT" ] || { scancel "$array" "$merge" || true; fail "jobs still running after ${TIMEOUT}s"; }
  sleep 2
done
echo "slurm-test: array $array and merge $merge finished in $((SECONDS - start))s"

[ -f "$WORK/cluster/report.html" ] || fail "the merge job wrote no report.html"
grep -q "^report: " "$WORK/cluster/slurm/logs/merge.out" || fail "the merge log does not name the report"
for i in 0 1 2 3; do
  grep -q "shard $i/4 done" "$WORK/cluster/slurm/logs/shard-$i.out" || fail "shard $i did not finish"
done

echo "slurm-test: running the same experiment in one process"
java -jar "$JAR" batch "$EXPERIMENT" --weeks "$WEEKS" --out "$WORK/single" --quiet >/dev/null
diff -r "$WORK/single/aggregate" "$WORK/cluster/aggregate" >/dev/null || fail "merged aggregates differ from one process"
diff -r "$WORK/single/charts" "$WORK/cluster/charts" >/dev/null || fail "merged charts differ from one process"
cmp -s "$WORK/single/report.html" "$WORK/cluster/report.html" || fail "merged report.html differs from one process"
echo "slurm-test: passed: merged aggregates, charts and report equal the one-process batch"
