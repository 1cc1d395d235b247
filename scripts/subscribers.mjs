// Opens N WebSocket subscribers (graphql-transport-ws, one socket each) to one pupil's events,
// reports the hub's memory per idle subscription, then makes E changes over HTTP and measures, for
// every delivery, the time from the change's commit (the event's `at`) to its arrival.
// Usage: node scripts/subscribers.mjs HTTP_URL TOKEN HUB_PID [subscribers] [events]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../tests/conformance/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [httpUrl, token, hubPid, n = '1000', e = '20'] = process.argv.slice(2);
const subscribers = Number(n);
const events = Number(e);
const wsUrl = httpUrl.replace(/^http/, 'ws');
const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${hubPid}/status`, 'utf8'))[1]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const post = async (query, variables) => (await fetch(httpUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query, variables }),
})).json();

const page = await post('{ pupils(placementLevel: RSU, first: 1) { nodes { id } } }');
const pupilId = page.data.pupils.nodes[0].id;
const latencies = [];
let delivered = 0;
let started = 0;

await sleep(2000);
const before = rssKb();
const clients = [];
for (let i = 0; i < subscribers; i++) {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { token }, retryAttempts: 0, lazy: false });
  clients.push(client);
  client.subscribe(
    { query: 'subscription($id: ID!) { pupilEvents(pupilId: $id) { at kind absence { percent } } }', variables: { id: pupilId } },
    {
      next: (value) => {
        delivered++;
        latencies.push(Date.now() - Date.parse(value.data.pupilEvents.at + (value.data.pupilEvents.at.endsWith('Z') ? '' : 'Z')));
      },
      error: (error) => { console.error('subscription error', JSON.stringify(error)); },
      complete: () => {},
    });
  started++;
  if (i % 100 === 99) await sleep(200);
}

// Let every subscription settle, then measure the idle hub.
await sleep(8000);
const after = rssKb();
console.log(`subscribers: ${started} open`);
console.log(`memory: ${before} KB before, ${after} KB with ${subscribers} idle subscriptions: ${((after - before) / subscribers).toFixed(1)} KB per subscription`);

const current = await post('query($id: ID!) { pupil(id: $id) { absence { term version } } }', { id: pupilId });
let version = current.data?.pupil?.absence?.find((a) => a.term === '2026-HT')?.version ?? null;
for (let i = 0; i < events; i++) {
  const result = await post('mutation($id: ID!, $v: Int, $p: Float!) { reportAbsence(input: { pupilId: $id, term: "2026-HT", percent: $p, version: $v }) { absence { version } errors { message } } }',
    { id: pupilId, v: version, p: 10 + i });
  version = result.data.reportAbsence.absence?.version ?? version;
  // Wait for this event's deliveries before the next change, so each is measured on its own.
  const target = (i + 1) * subscribers;
  for (let w = 0; w < 600 && delivered < target; w++) await sleep(50);
}

latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
console.log(`deliveries: ${delivered} of ${events * subscribers}`);
console.log(`event-to-delivery latency: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${latencies[latencies.length - 1]} ms`);
await Promise.all(clients.map((c) => c.dispose()));
process.exit(0);
