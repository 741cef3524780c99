import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express from 'express';

/**
 * A local GraphQL IDE for development: `GET /graphql` from a browser serves GraphiQL, whose
 * scripts and styles come from this repository's npm packages (`/graphql/ide/*`), so nothing is
 * loaded from the internet. Queries and mutations go over HTTP, subscriptions over graphql-ws on
 * the same path; the token goes into the Headers tab as `{"authorization": "Bearer <token>"}`.
 * The page also reads `#query=...&headers=...` from its address, to open with a given operation.
 */

/** The folder of an installed package (its package.json may be hidden behind `exports`). */
function packageDir(name: string): string {
  for (const base of module.paths) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return dirname(require.resolve(name));
}

const ASSETS: Record<string, [pkg: string, file: string, type: string]> = {
  'react.js': ['react', 'umd/react.production.min.js', 'text/javascript'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js', 'text/javascript'],
  'graphql-ws.js': ['graphql-ws', 'umd/graphql-ws.min.js', 'text/javascript'],
  'graphiql.js': ['graphiql', 'graphiql.min.js', 'text/javascript'],
  'graphiql.css': ['graphiql', 'graphiql.min.css', 'text/css'],
};

const PAGE_SCRIPT = `
(function () {
  var url = location.origin + '/graphql';
  var wsUrl = url.replace(/^http/, 'ws');
  var socket = null, socketAuth = null;
  function socketFor(auth) {
    if (!socket || socketAuth !== auth) {
      if (socket) socket.dispose();
      socketAuth = auth;
      socket = graphqlWs.createClient({ url: wsUrl, connectionParams: auth ? { authorization: auth } : {} });
    }
    return socket;
  }
  function isSubscription(params, opts) {
    var doc = opts && opts.documentAST;
    if (!doc) return /^\\s*subscription\\b/.test(params.query || '');
    var ops = doc.definitions.filter(function (d) { return d.kind === 'OperationDefinition'; });
    var op = ops.filter(function (d) { return !params.operationName || (d.name && d.name.value === params.operationName); })[0];
    return !!op && op.operation === 'subscription';
  }
  function fetcher(params, opts) {
    var headers = Object.assign({}, opts && opts.headers);
    var auth = headers.authorization || headers.Authorization || '';
    if (isSubscription(params, opts)) return socketFor(auth).iterate(params);
    return fetch(url, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' }, headers),
      body: JSON.stringify(params),
    }).then(function (response) { return response.json(); });
  }
  var start = new URLSearchParams(location.hash.slice(1));
  ReactDOM.createRoot(document.getElementById('ide')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: start.get('query') || '# Sign in with logIn, then put {"authorization": "Bearer <token>"} into Headers.\\n{ viewer { id name } }\\n',
      query: start.get('query') || undefined,
      headers: start.get('headers') || undefined,
      defaultHeaders: '{\\n  "authorization": ""\\n}',
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: start.get('headers') ? 'headers' : false,
    }),
  );
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Agency Market API - GraphiQL</title>
<link rel="stylesheet" href="/graphql/ide/graphiql.css">
<style>body { margin: 0; } #ide { height: 100vh; }</style>
</head>
<body>
<div id="ide">Loading GraphiQL...</div>
<script src="/graphql/ide/react.js"></script>
<script src="/graphql/ide/react-dom.js"></script>
<script src="/graphql/ide/graphql-ws.js"></script>
<script src="/graphql/ide/graphiql.js"></script>
<script src="/graphql/ide/start.js"></script>
</body>
</html>
`;

export function ideRoutes(): express.Router {
  const router = express.Router();
  router.get('/graphql/ide/start.js', (_req, res) => {
    res.type('text/javascript').send(PAGE_SCRIPT);
  });
  router.get('/graphql/ide/:asset', (req, res, next) => {
    const asset = ASSETS[req.params.asset];
    if (!asset) return next();
    res.type(asset[2]).sendFile(join(packageDir(asset[0]), asset[1]), { maxAge: '1h' });
  });
  // A browser asking for a page (not a GraphQL GET with a query) gets the IDE.
  router.get('/graphql', (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
    res.type('text/html').send(PAGE);
  });
  return router;
}
