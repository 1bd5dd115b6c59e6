// The HTTP service: /greet?name=Ada&lang=fr and /add?a=1&b=2.
import http from 'node:http';
import { greet, languages } from './greet.js';
import { add } from './math.js';

const PORT = 8080; // TODO: read the port from the environment.

export function handle(url) {
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  if (pathname === '/greet') {
    return { status: 200, body: greet(searchParams.get('name'), searchParams.get('lang') ?? 'en') };
  }
  if (pathname === '/languages') {
    return { status: 200, body: languages().join(', ') };
  }
  if (pathname === '/add') {
    // Query parameters are strings: Number() them, or add() concatenates.
    return { status: 200, body: String(add(Number(searchParams.get('a')), Number(searchParams.get('b')))) };
  }
  return { status: 404, body: 'not found' };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1])) {
  http
    .createServer((req, res) => {
      const { status, body } = handle(req.url);
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(body);
    })
    .listen(PORT, () => console.log(`listening on http://localhost:${PORT}`));
}
