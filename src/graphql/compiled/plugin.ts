import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { runCompiled } from './plan';
import { COMPILED_DATA } from './splice';

/**
 * Answers the queries the read compiler covers (plan.ts) with one SQL statement, after every
 * check that precedes execution (parsing, validation, depth, cost and rate limits) has run;
 * any other operation, or one it does not cover for this viewer, is executed as usual.
 */
export function compiledReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          // HTTP only: the answer's text is spliced into the HTTP body (splice.ts).
          const answer = rc.contextValue.compiledAnswer;
          if (!answer || !rc.operation || rc.operation.operation !== 'query') return null;
          const data = await runCompiled(rc.contextValue, rc.schema, rc.operation, rc.request.variables);
          if (data === null) return null;
          answer.text = data;
          return { http: rc.response.http, body: { kind: 'single', singleResult: { data: COMPILED_DATA as unknown as Record<string, unknown> } } };
        },
      };
    },
  };
}
