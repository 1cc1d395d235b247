#!/usr/bin/env bash
# Seeds the city scale (about 100,000 pupils) into a fresh data folder, then measures how long
# seeding took and the latency of typical agency queries against the running hub.
# Usage: scripts/bench-city.sh [requests-per-query]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-200}
port=5090
data=$(mktemp -d)
log="$data/hub.log"
trap 'kill $hub 2>/dev/null || true; rm -rf "$data"' EXIT

dotnet build src/Hub -c Release -v q -nologo >/dev/null
# Throughput, not policy: the per-caller budget (one token for every client here) is lifted.
export ASPNETCORE_ENVIRONMENT=Development Hub__DataFolder="$data" Hub__Limits__CostPerWindow=1e12
started=$(date +%s.%N)
dotnet run --project src/Hub -c Release --no-build -- --seed-scale city --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
hub=$!
until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
  kill -0 $hub 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
ready=$(date +%s.%N)
grep -o 'Seeded the demo city.*' "$log" || true
awk -v a="$started" -v b="$ready" 'BEGIN { printf "start-up including migration and city seeding: %.1f s\n", b - a }'
ls -la "$data"/hub-city.db | awk '{ printf "database file: %.0f MB\n", $5 / 1048576 }'

token() { dotnet run --project src/Hub -c Release --no-build -- token "$1"; }
url="http://127.0.0.1:$port/graphql"
principal=$(token school-principal)
investigator=$(token social-investigator)
node scripts/latency.mjs "$url" "$principal" "$requests" \
  '{ pupils(first: 50) { totalCount nodes { givenName familyName grade homeSchool { name } placements { level group { name } nextReviewOn } absence { term percent } guardians { givenName } } pageInfo { endCursor } } }' \
  "principal: page of 50 pupils with placements, absence, guardians"
node scripts/latency.mjs "$url" "$principal" "$requests" \
  '{ pupils(first: 20, grade: 7, search: "an") { totalCount nodes { givenName familyName } } }' \
  "principal: grade 7, name search"
node scripts/latency.mjs "$url" "$investigator" "$requests" \
  '{ pupils(first: 50) { totalCount nodes { givenName interventions(open: true) { kind openedOn } sips { goal } } } }' \
  "investigator: open cases, page of 50"
