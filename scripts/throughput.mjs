// Sends one GraphQL query from several concurrent clients for a fixed time and prints the
// throughput. Each client waits for its answer before it sends the next request (closed loop).
// Usage: node scripts/throughput.mjs <url> <token> <clients> <seconds> <query-file-or-text> [label]
import { readFileSync, existsSync } from 'node:fs';

const [url, token, clients, seconds, source, label = 'query'] = process.argv.slice(2);
if (!url || !token || !clients || !seconds || !source) {
  console.error('usage: node scripts/throughput.mjs <url> <token> <clients> <seconds> <query-file-or-text> [label]');
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

// Every client runs until the deadline; returns the latencies it saw.
async function run(until) {
  const times = [];
  while (Date.now() < until) times.push(await once());
  return times;
}

async function phase(ms) {
  const started = Date.now();
  const all = await Promise.all(Array.from({ length: Number(clients) }, () => run(started + ms)));
  return { times: all.flat(), seconds: (Date.now() - started) / 1000 };
}

// Warm up first: JIT, the document cache, the directory and SQLite's page cache.
const warmup = await phase(Math.min(5000, Number(seconds) * 500));
const { times, seconds: elapsed } = await phase(Number(seconds) * 1000);
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
console.log(`${label}: ${(times.length / elapsed).toFixed(1)} req/s, ${clients} clients, ${times.length} requests in ${elapsed.toFixed(1)} s, `
  + `p50 ${pct(50)} ms, p95 ${pct(95)} ms (${times.length + warmup.times.length} with warm-up)`);
