#!/usr/bin/env bash
# Live updates on one hub: N subscribers (default 1,000, one WebSocket each) follow one RSU
# pupil's events on the demo city; prints the memory per idle subscription and the latency from
# a change's commit to its delivery (p50, p99) over E changes (default 20).
# Usage: scripts/bench-subscriptions.sh [subscribers] [events]
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-1000}
events=${2:-20}
port=5094
data=$(mktemp -d)
hub=
trap '[ -n "$hub" ] && kill "$hub" 2>/dev/null; wait "$hub" 2>/dev/null; rm -rf "$data"' EXIT

(cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
dotnet build src/Hub -c Release -v q -nologo >/dev/null
# One token holds every subscriber here: the per-identity cap is lifted for the measurement.
(cd src/Hub && ASPNETCORE_ENVIRONMENT=Development Hub__DataFolder="$data" Hub__Limits__MaxSubscriptionsPerIdentity=100000 \
  exec dotnet bin/Release/net10.0/Hub.dll --urls "http://127.0.0.1:$port" >"$data/hub.log" 2>&1) &
hub=$!
until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
  kill -0 "$hub" 2>/dev/null || { cat "$data/hub.log"; exit 1; }
  sleep 1
done
token=$(cd src/Hub && ASPNETCORE_ENVIRONMENT=Development Hub__DataFolder="$data" dotnet bin/Release/net10.0/Hub.dll token school-principal)
node scripts/subscribers.mjs "http://127.0.0.1:$port/graphql" "$token" "$hub" "$subscribers" "$events"
