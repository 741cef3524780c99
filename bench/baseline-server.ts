/**
 * The hand-written limit of `npm run bench`: a bare node:http server (no GraphQL, no access
 * checks, no framework) that answers POST /<shape index> with the body ONE SQL statement built
 * as JSON in PostgreSQL, prepared once per connection. Argument: a JSON object { url, port, workers, poolSize, shapes: [{ sql,
 * params }] }. With workers > 1 it forks that many processes sharing the port (node:cluster).
 */
import cluster from 'node:cluster';
import http from 'node:http';
import { Pool } from 'pg';

interface Options {
  url: string;
  port: number;
  workers: number;
  poolSize: number;
  shapes: { sql: string; params: unknown[] }[];
}

const options = JSON.parse(process.argv[2]) as Options;

if (cluster.isPrimary && options.workers > 1) {
  for (let i = 0; i < options.workers; i++) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const pool = new Pool({ connectionString: options.url, max: Math.ceil(options.poolSize / options.workers) });
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.url === '/readyz') return void response.end('ok');
      const index = Number(request.url!.slice(1));
      const shape = options.shapes[index];
      if (!shape) return void ((response.statusCode = 404), response.end());
      // Prepared (named): planned once per connection, as a hand-written server would.
      pool.query<{ body: string }>({ name: `shape${index}`, text: shape.sql, values: shape.params }).then(
        (result) => {
          response.setHeader('content-type', 'application/json');
          response.end(result.rows[0].body);
        },
        (error: Error) => {
          response.statusCode = 500;
          response.end(error.message);
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(options.port, '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}
