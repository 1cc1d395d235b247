// Runs the graphql-http audit suite (GraphQL-over-HTTP spec conformance) against a running endpoint.
// Usage: node audit.mjs <url> [bearer-token]
// Exits 1 on any MUST failure or SHOULD warning; MAY items that fail are printed as notices only.
import { auditServer } from 'graphql-http';

const [url, token] = process.argv.slice(2);
if (!url) {
  console.error('usage: node audit.mjs <url> [bearer-token]');
  process.exit(2);
}

// The endpoint may sit behind authorization; every audit request then carries the token.
const fetchFn = (input, init = {}) => {
  if (!token) {
    return fetch(input, init);
  }
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};

const results = await auditServer({ url, fetchFn });

const labels = { ok: 'ok   ', notice: 'note ', warn: 'WARN ', error: 'ERROR' };
for (const result of results) {
  const reason = result.status === 'ok' ? '' : ` -- ${result.reason}`;
  console.log(`${labels[result.status]} ${result.id} ${result.name}${reason}`);
}

const count = (status) => results.filter((result) => result.status === status).length;
const ok = count('ok');
const warnings = count('warn');
const failures = count('error');
const notices = count('notice');

console.log(`graphql-http audit: ${ok} ok, ${warnings} warnings, ${failures} failures`);
if (notices > 0) {
  console.log(`(${notices} optional MAY items not met)`);
}

process.exit(warnings > 0 || failures > 0 ? 1 : 0);
