// The graphql-ws reference client against a running hub: a query, a mutation and a subscription
// over graphql-transport-ws, the subscription woken by a change made over HTTP.
// Usage: node ws.mjs http://127.0.0.1:PORT/graphql TOKEN
// Prints one line per check and ends with "graphql-ws: N ok, N failures".
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [httpUrl, token] = process.argv.slice(2);
const wsUrl = httpUrl.replace(/^http/, 'ws');
let ok = 0;
let failures = 0;
const check = (name, pass, detail = '') => {
  console.log(`${pass ? 'ok  ' : 'FAIL'} ${name}${pass ? '' : ' ' + detail}`);
  pass ? ok++ : failures++;
};

const client = createClient({
  url: wsUrl,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  lazy: false,
});

const once = (payload) => new Promise((resolve) => {
  const results = [];
  client.subscribe(payload, {
    next: (value) => results.push(value),
    error: (error) => resolve({ results, error }),
    complete: () => resolve({ results }),
  });
});

const post = async (query, variables) => {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
};

try {
  const me = await once({ query: '{ me { name role } }' });
  check('query over the socket', me.results[0]?.data?.me?.role === 'PRINCIPAL', JSON.stringify(me));

  const page = await once({ query: '{ pupils(placementLevel: RSU, first: 1) { nodes { id } } }' });
  const pupilId = page.results[0]?.data?.pupils?.nodes?.[0]?.id;
  check('a pupil to follow', Boolean(pupilId), JSON.stringify(page));

  const invalid = await once({ query: '{ noSuchField }' });
  check('an invalid document gets an error message', Array.isArray(invalid.error) && invalid.error.length > 0, JSON.stringify(invalid));

  // Subscribe, then change the pupil's absence over HTTP and wait for the event.
  const received = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no event within 10 s')), 10000);
    const dispose = client.subscribe(
      { query: 'subscription($id: ID!) { pupilEvents(pupilId: $id) { kind operation absence { term percent } } }', variables: { id: pupilId } },
      {
        next: (value) => { clearTimeout(timer); dispose(); resolve(value); },
        error: (error) => { clearTimeout(timer); reject(new Error(JSON.stringify(error))); },
        complete: () => {},
      });
  });
  const settled = received.then((value) => ({ value }), (error) => ({ error }));
  await new Promise((r) => setTimeout(r, 1000));
  const term = '2026-HT';
  const current = await post('query($id: ID!) { pupil(id: $id) { absence { term version } } }', { id: pupilId });
  const version = current.data?.pupil?.absence?.find((a) => a.term === term)?.version ?? null;
  const mutation = await once({
    query: 'mutation($id: ID!, $term: String!, $version: Int) { reportAbsence(input: { pupilId: $id, term: $term, percent: 17.5, version: $version }) { absence { percent } errors { code message } } }',
    variables: { id: pupilId, term, version },
  });
  check('mutation over the socket', mutation.results[0]?.data?.reportAbsence?.errors?.length === 0, JSON.stringify(mutation));
  const outcome = await settled;
  const event = outcome.value;
  check('subscription delivers the change', event?.data?.pupilEvents?.kind === 'ABSENCE' && event?.data?.pupilEvents?.absence?.percent === 17.5,
    outcome.error?.message ?? JSON.stringify(event));
} catch (error) {
  check('reference client session', false, error.stack);
} finally {
  await client.dispose();
}

console.log(`graphql-ws: ${ok} ok, ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
