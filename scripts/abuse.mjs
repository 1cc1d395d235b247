// One normal caller timed beside one abusive caller: the normal caller's latency without and
// with the abuser, and how many of the abuser's requests the hub refused (429). The normal caller
// is a busy agency system, not a flood: one request at a time, at most one every 50 ms (20 a
// second), which stays inside its own budget; one that sends as fast as the loopback allows is
// itself refused once its window's budget is spent, as it should be.
// Usage: node scripts/abuse.mjs <url> <normal-token> <abuser-token> <seconds> <abuser-clients> <aliases>
const [url, normalToken, abuserToken, seconds = '20', clients = '16', aliases = '10'] = process.argv.slice(2);
const normalQuery = '{ pupils(first: 5) { nodes { givenName familyName grade } } }';
const abusiveQuery = '{' + Array.from({ length: Number(aliases) }, (_, i) => ` a${i}: pupils(search: "${i}a") { totalCount }`).join('') + ' }';

const post = (token, query) => fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query }),
});

const pace = 50;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function normal(ms) {
  const times = [];
  const until = Date.now() + ms;
  for (let next = Date.now(); Date.now() < until; next += pace) {
    await sleep(Math.max(0, next - Date.now()));
    const started = process.hrtime.bigint();
    const response = await post(normalToken, normalQuery);
    await response.text();
    if (response.status !== 200) throw new Error(`normal caller refused: ${response.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
  return `${times.length} requests, p50 ${pct(50)} ms, p99 ${pct(99)} ms`;
}

async function abuser(ms, counts) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const response = await post(abuserToken, abusiveQuery);
    await response.text();
    counts[response.status] = (counts[response.status] ?? 0) + 1;
  }
}

const ms = Number(seconds) * 1000;
for (let i = 0; i < 10; i++) await (await post(normalToken, normalQuery)).text();
console.log(`normal caller alone:        ${await normal(ms)}`);
const counts = {};
const abusers = Array.from({ length: Number(clients) }, () => abuser(ms + 500, counts));
const beside = await normal(ms);
await Promise.all(abusers);
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`normal caller with abuser:  ${beside}`);
console.log(`abuser (${clients} clients, ${aliases} aliased pupils searches each): ${total} requests, ${counts[429] ?? 0} refused with 429, ${counts[200] ?? 0} answered, other ${JSON.stringify(Object.fromEntries(Object.entries(counts).filter(([k]) => k !== '200' && k !== '429')))}`);
