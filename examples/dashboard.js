#!/usr/bin/env node
/*
 * An offers dashboard, as a client team's web app would run it, in plain Node (20 or later):
 *
 *   node examples/dashboard.js [http://localhost:4000/graphql]
 *
 * 1. signs up a client and a freelancer (fresh emails every run) and makes a client team;
 * 2. loads the team's offers over HTTP (a Relay connection);
 * 3. follows them over graphql-ws (`offerEvents`): the history replayed, then a new offer live;
 * 4. drops the connection, misses an offer while offline, reconnects with `after` set to the
 *    last event id it saw, and receives the missed event before any live one.
 *
 * It exits 0 when everything above happened, 1 otherwise. Needs the packages `graphql-ws` and
 * `ws` (both are dependencies of this repository).
 */
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const API = process.argv[2] || process.env.API_URL || 'http://localhost:4000/graphql';
const WS = API.replace(/^http/, 'ws');

/** One GraphQL request over HTTP; throws on top-level errors or userErrors. */
async function gql(query, variables, token) {
  const response = await fetch(API, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${response.status}: ${JSON.stringify(body.errors)}`);
  for (const payload of Object.values(body.data)) {
    if (payload && payload.userErrors && payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  }
  return body.data;
}

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } userErrors { code message } } }`;
const CREATE_TEAM = `mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { team { id name } userErrors { code message } } }`;
const SEND_OFFER = `mutation SendOffer($input: SendOfferInput!) { sendOffer(input: $input) { offer { id title status } userErrors { code message } } }`;
const TEAM_OFFERS = `query TeamOffers($id: ID!) {
  team(id: $id) { name offers(first: 20) { totalCount edges { cursor node { id title status } } pageInfo { hasNextPage endCursor } } }
}`;
const OFFER_EVENTS = `subscription OfferEvents($teamId: ID, $after: String) {
  offerEvents(teamId: $teamId, after: $after) { id type occurredAt offer { id title status } }
}`;

/** A graphql-ws client whose socket can be dropped on purpose. */
function connect(token) {
  return createClient({
    url: WS,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
}

/** Subscribes and hands every event to `onEvent`; resolves when the subscription is running. */
function follow(client, variables, onEvent) {
  return new Promise((resolve, reject) => {
    client.on('connected', () => resolve());
    client.subscribe(
      { query: OFFER_EVENTS, variables },
      {
        next: (message) => (message.errors ? reject(new Error(JSON.stringify(message.errors))) : onEvent(message.data.offerEvents)),
        error: reject,
        complete: () => undefined,
      },
    );
  });
}

function waitFor(events, count, ms = 10_000) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (events.length >= count) return resolve(events.slice(0, count));
      if (Date.now() - started > ms) return reject(new Error(`expected ${count} events within ${ms} ms, got ${events.length}`));
      setTimeout(check, 50);
    };
    check();
  });
}

async function main() {
  const run = Math.random().toString(36).slice(2, 10);
  const client = await gql(SIGN_UP, { input: { email: `client-${run}@example.com`, password: 'a long password', name: 'Carla Client' } });
  const freelancer = await gql(SIGN_UP, { input: { email: `dev-${run}@example.com`, password: 'a long password', name: 'Dev Eloper' } });
  const token = client.signUp.token;
  const { createTeam } = await gql(CREATE_TEAM, { input: { name: `Acme ${run}`, kind: 'CLIENT' } }, token);
  const teamId = createTeam.team.id;
  const offer = (title) =>
    gql(SEND_OFFER, {
      input: { clientTeamId: teamId, freelancerId: freelancer.signUp.user.id, title, kind: 'HOURLY', hourlyRate: '45.00', weeklyLimitHours: 20 },
    }, token);

  await offer('Landing page');
  const loaded = await gql(TEAM_OFFERS, { id: teamId }, token);
  console.log(`dashboard: ${loaded.team.name} has ${loaded.team.offers.totalCount} offer(s):`);
  for (const { node } of loaded.team.offers.edges) console.log(`  ${node.id} ${node.status} ${node.title}`);

  // Live: the dashboard follows the team's offers. It subscribes from the start of the log
  // (`after: "0"`), so an event written between the load above and the subscription is not lost:
  // the replay brings the first offer's SENT, then the live one follows.
  const live = [];
  const first = connect(token);
  await follow(first, { teamId, after: '0' }, (event) => live.push(event));
  await offer('Checkout flow');
  const [replayed, seen] = await waitFor(live, 2);
  console.log(`replayed: ${replayed.type} ${replayed.offer.title} (event ${replayed.id})`);
  console.log(`live: ${seen.type} ${seen.offer.title} (event ${seen.id})`);

  // The connection drops; an offer is sent meanwhile.
  await first.dispose();
  console.log('connection dropped');
  await offer('Mobile app');

  // Back online: resume right after the last event seen; the missed one arrives first.
  const resumed = [];
  const second = connect(token);
  await follow(second, { teamId, after: seen.id }, (event) => resumed.push(event));
  const [missed] = await waitFor(resumed, 1);
  console.log(`resumed after ${seen.id}: ${missed.type} ${missed.offer.title} (event ${missed.id})`);
  await second.dispose();
  if (missed.offer.title !== 'Mobile app' || missed.type !== 'SENT') throw new Error('the missed event was not delivered first');
  console.log('ok');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`dashboard failed: ${error.stack || error}`);
    process.exit(1);
  },
);
