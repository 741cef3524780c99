import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

/**
 * A compiled read's `data` arrives from PostgreSQL already written as JSON. Rather than parse it
 * into objects only for Apollo to write them back out, the plugin answers with this stand-in
 * (random per process, so no answer can contain it) and the HTTP layer splices the text in where
 * Apollo wrote the stand-in: the body's first member (an answer without errors starts with
 * `{"data":`). Both steps are in this file.
 */
export const COMPILED_DATA = `compiled-data:${randomUUID()}`;
const STAND_IN = `{"data":${JSON.stringify(COMPILED_DATA)}`;

/** Where a compiled read of an HTTP request leaves its `data` (the context's `compiledAnswer`). */
export interface CompiledAnswer {
  /** The `data` as the JSON text PostgreSQL built. */
  text?: string;
}

/** The HTTP response's place for a compiled answer (Apollo hands resolvers a copy of the context, not the context itself). */
export function compiledAnswerOf(res: Response): CompiledAnswer {
  return ((res.locals.compiledAnswer as CompiledAnswer | undefined) ??= {});
}

/** Express middleware for the GraphQL route: splices a compiled answer's text into the response body. */
export function spliceCompiledData(): RequestHandler {
  return (_req, res, next) => {
    const send = res.send;
    res.send = function (body?: unknown) {
      const text = compiledAnswerOf(res).text;
      if (text !== undefined && typeof body === 'string') {
        if (body.startsWith(STAND_IN)) body = `{"data":${text}${body.slice(STAND_IN.length)}`;
        // Anywhere else it would reach the client as its data: refuse rather than answer wrongly.
        else if (body.includes(COMPILED_DATA)) throw new Error('a compiled read\'s answer lost its place in the response');
      }
      return send.call(this, body);
    };
    next();
  };
}
