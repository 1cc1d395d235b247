#!/usr/bin/env bash
# One caller must not starve the rest: a Release hub on the demo city, one normal caller
# (rsu-teacher, a page of 5 pupils, one request after another, at most 20 a second) timed alone and then beside one
# abusive caller (school-principal: many concurrent clients, each sending documents of many
# aliased pupils searches as fast as it can), on the loopback only, bounded in time.
# Prints the normal caller's p50/p99 both ways and how many of the abuser's requests got 429.
# Usage: scripts/bench-abuse.sh [seconds-per-phase] [abuser-clients] [aliases-per-document]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
clients=${2:-16}
aliases=${3:-10}
port=5093
url="http://127.0.0.1:$port/graphql"
data=$(mktemp -d)
hub=
stop() { if [ -n "$hub" ]; then kill "$hub" 2>/dev/null || true; wait "$hub" 2>/dev/null || true; fi; rm -rf "$data"; }
trap stop EXIT

dotnet build src/Hub -c Release -v q -nologo >/dev/null
export ASPNETCORE_ENVIRONMENT=Development Hub__DataFolder="$data" Hub__SeedDemoCity=true
(cd src/Hub && exec dotnet bin/Release/net10.0/Hub.dll --urls "http://127.0.0.1:$port" >"$data/hub.log" 2>&1) &
hub=$!
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; kill -0 "$hub" || { cat "$data/hub.log"; exit 1; }; sleep 1; done
token() { dotnet bin/Release/net10.0/Hub.dll token "$1"; }
normal=$(cd src/Hub && token rsu-teacher)
abuser=$(cd src/Hub && token school-principal)

echo "$seconds s per phase, abuser: $clients clients, $aliases aliases per document; $(nproc) CPUs"
timeout $((seconds * 3 + 60)) node scripts/abuse.mjs "$url" "$normal" "$abuser" "$seconds" "$clients" "$aliases"
