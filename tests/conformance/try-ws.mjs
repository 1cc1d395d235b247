import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
const [url, token, query, variables] = process.argv.slice(2);
const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { Authorization: 'Bearer ' + token }, retryAttempts: 0 });
client.subscribe({ query, variables: variables ? JSON.parse(variables) : undefined }, {
  next: (v) => console.log('next', JSON.stringify(v)),
  error: (e) => { console.log('error', JSON.stringify(e)); process.exit(0); },
  complete: () => { console.log('complete'); process.exit(0); },
});
setTimeout(() => process.exit(0), Number(process.env.WAIT ?? 8000));
