#!/usr/bin/env bash
# What the access log costs: requests per second of a typical school query on the city-scale data
# (about 100,000 pupils, seeded into a fresh temporary data folder), with the log on and off.
# Off is Hub__AccessLog__Enabled=false, which only a Development hub honours. The two modes take
# turns (on, off, on, off, ...) on the same database, each on a freshly started hub, and the mean
# of each is compared. Target: on >= 0.8 x off.
# Usage: scripts/bench-access-log.sh [seconds-per-run] [concurrent-clients] [rounds]
# BENCH_DATA_FOLDER=DIR keeps the seeded city in DIR (seeded on the first run only) for repeated runs.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
clients=${2:-12}
rounds=${3:-2}
port=5091
url="http://127.0.0.1:$port/graphql"
hub=
if [ -n "${BENCH_DATA_FOLDER:-}" ]; then
  data=$(mkdir -p "$BENCH_DATA_FOLDER" && cd "$BENCH_DATA_FOLDER" && pwd)
  trap 'stop' EXIT
else
  data=$(mktemp -d)
  trap 'stop; rm -rf "$data"' EXIT
fi

# No totalCount: a school system asks for the count once, then fetches pages like this one again
# and again; the count is a second query that reads no pupil data and logs nothing.
query='{ pupils(first: 50) { nodes { givenName familyName grade homeSchool { name } placements { level group { name } nextReviewOn } absence { term percent } } pageInfo { endCursor } } }'
label="principal: page of 50 pupils with placements and absence"

stop() {
  if [ -n "$hub" ]; then kill "$hub" 2>/dev/null || true; wait "$hub" 2>/dev/null || true; hub=; fi
}

# start LOG-ENABLED: a Development hub on the city data, the access log on or off.
start() {
  # The built assembly itself (not `dotnet run`), so that stopping it stops the hub.
  (cd src/Hub && Hub__AccessLog__Enabled=$1 exec dotnet bin/Release/net10.0/Hub.dll \
    --seed-scale city --urls "http://127.0.0.1:$port" >"$data/hub-$1.log" 2>&1) &
  hub=$!
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$hub" 2>/dev/null || { cat "$data/hub-$1.log"; exit 1; }
    sleep 1
  done
}

# The hub's CPU time in ms (Linux): on a shared or busy machine req/s is noisy, CPU per request is not.
cpu() { if [ -r "/proc/$hub/stat" ]; then awk -v t="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / t }' "/proc/$hub/stat"; else echo 0; fi; }

measure() {
  start "$1"
  local before line
  # A first short run pays for JIT and warms the caches, so that the CPU counted below is steady state.
  node scripts/throughput.mjs "$url" "$token" "$clients" 4 "$query" warm-up >/dev/null
  before=$(cpu)
  line=$(node scripts/throughput.mjs "$url" "$token" "$clients" "$seconds" "$query" "log $2")
  echo "$line" | awk -v ms="$(cpu)" -v before="$before" \
    '{ n = $0; sub(/.*\(/, "", n); n += 0; printf "%s, hub CPU %.1f ms/request\n", $0, (ms - before) / n }' | tee -a "$results"
  if [ "$1" = false ] && ! grep -q 'access log is OFF' "$data/hub-$1.log"; then
    echo "the hub did not switch the access log off" >&2; exit 1
  fi
  stop
}

dotnet build src/Hub -c Release -v q -nologo >/dev/null
results="$data/results-$$"
# Throughput, not policy: the per-caller budget (one token for every client here) is lifted.
export ASPNETCORE_ENVIRONMENT=Development Hub__DataFolder="$data" Hub__Limits__CostPerWindow=1e12
[ -f "$data/hub-city.db" ] || echo "seeding the city into $data (a few minutes) ..."
start true
grep -o 'Seeded the demo city.*' "$data/hub-true.log" || true
stop
token=$(dotnet run --project src/Hub -c Release --no-build -- token school-principal)

echo "$label; $clients concurrent clients, $seconds s per run, $rounds rounds; $(nproc) CPUs"
for _ in $(seq "$rounds"); do
  measure true on
  measure false off
done

rows=$(dotnet run --project src/Hub -c Release --no-build -- audit verify --seed-scale city) || { echo "$rows"; exit 1; }
echo "$rows"
awk '/^log on:/ { on += $3; con += $(NF - 1); n++ } /^log off:/ { off += $3; coff += $(NF - 1); m++ }
  END {
    on /= n; off /= m; con /= n; coff /= m
    printf "access log on:  %.1f req/s (hub CPU %.1f ms/request)\n", on, con
    printf "access log off: %.1f req/s (hub CPU %.1f ms/request)\n", off, coff
    printf "ratio on/off:   %.2f (target >= 0.80)", on / off
    if (con > 0) printf "; by CPU per request: %.2f", coff / con
    printf "\n"
  }' "$results"
rm -f "$results"
