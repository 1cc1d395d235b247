// Sends one GraphQL query many times, one after another, and prints latency percentiles.
// Usage: node scripts/latency.mjs <url> <token> <requests> <query-file-or-text> [label]
import { readFileSync, existsSync } from 'node:fs';

const [url, token, count, source, label = 'query'] = process.argv.slice(2);
if (!url || !token || !count || !source) {
  console.error('usage: node scripts/latency.mjs <url> <token> <requests> <query-file-or-text> [label]');
  process.exit(2);
}

const query = existsSync(source) ? readFileSync(source, 'utf8') : source;
const body = JSON.stringify({ query });
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

async function once() {
  const started = process.hrtime.bigint();
  const response = await fetch(url, { method: 'POST', headers, body });
  const json = await response.json();
  if (response.status !== 200 || json.errors) {
    throw new Error(`request failed: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

// Warm up: the first requests pay for JIT, the document cache and the directory.
for (let i = 0; i < 10; i++) await once();

const times = [];
const started = Date.now();
for (let i = 0; i < Number(count); i++) times.push(await once());
const seconds = (Date.now() - started) / 1000;
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
console.log(`${label}: ${times.length} requests, p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, ${(times.length / seconds).toFixed(0)} req/s sequential`);
