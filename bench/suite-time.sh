#!/usr/bin/env bash
# How long `npm test` takes, quiet and busy, on this machine. Busy means two CPU-bound
# processes (one per core of the 2-core reference machine) run beside the suite, each in
# its own session, for as long as the suite runs: every process of the suite then gets
# about half the CPU it would have on a quiet machine.
#   bash bench/suite-time.sh          # both
#   bash bench/suite-time.sh busy     # only the busy run
set -uo pipefail
cd "$(dirname "$0")/.."
mode=${1:-both}

run() {
  local label=$1 start end
  start=$(date +%s)
  npm test > "/tmp/doorstep-suite-$label.log" 2>&1
  local status=$?
  end=$(date +%s)
  local summary
  summary=$(grep -E '^Tests:' "/tmp/doorstep-suite-$label.log" | tail -1)
  printf '%-6s %4d s  exit %d  %s\n' "$label" $((end - start)) "$status" "$summary"
}

if [ "$mode" = both ] || [ "$mode" = quiet ]; then run quiet; fi
if [ "$mode" = both ] || [ "$mode" = busy ]; then
  pids=()
  for _ in 1 2; do
    setsid node -e 'const end = Date.now() + 30 * 60e3; while (Date.now() < end) {}' &
    pids+=($!)
  done
  run busy
  kill "${pids[@]}" 2>/dev/null
fi
