import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';
import { parse, print, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../graphql/errors';
import { sendHttpError } from './http-errors';

/**
 * Trusted documents (TRUSTED_DOCUMENTS): the server runs only the operations of an allow-list
 * made at build time by GraphQL Code Generator's client preset (`persistedDocuments`), a JSON
 * manifest `{ "sha256:<hash of the document>": "<document>" }` (the prefix is optional). A client sends a document's hash
 * (`documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`) or the document itself;
 * anything not on the list is refused with PERSISTED_QUERY_NOT_IN_LIST before it is parsed
 * against the schema.
 */
export class TrustedDocuments {
  private readonly byHash = new Map<string, string>();
  private readonly printed = new Set<string>();

  constructor(manifest: Record<string, string>) {
    for (const [hash, document] of Object.entries(manifest)) {
      if (typeof document !== 'string') throw new Error(`trusted documents: the entry ${hash} is not a document`);
      this.byHash.set(hash.replace(/^sha256:/, ''), document);
      this.printed.add(canonical(parse(document)));
    }
  }

  static load(path: string): TrustedDocuments {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) throw new Error(`trusted documents: ${path} is not a JSON object of hash to document`);
    return new TrustedDocuments(manifest as Record<string, string>);
  }

  get size(): number {
    return this.byHash.size;
  }

  /**
   * The document to run for a request, or undefined when it is not trusted. `query` may be
   * the document's text (any formatting of a listed document) or absent when a hash is sent.
   */
  resolve(query: unknown, hash: unknown): string | undefined {
    if (typeof hash === 'string') {
      const document = this.byHash.get(hash.replace(/^sha256:/, ''));
      if (document && (query == null || query === document || this.isListed(query))) return document;
      return undefined;
    }
    return this.isListed(query) ? (query as string) : undefined;
  }

  private isListed(query: unknown): boolean {
    if (typeof query !== 'string') return false;
    if (this.byHash.has(createHash('sha256').update(query).digest('hex'))) return true;
    try {
      return this.printed.has(canonical(parse(query)));
    } catch {
      return false;
    }
  }
}

/**
 * A document's text with formatting and the order of fields in each selection set left out:
 * codegen's manifest prints fields sorted, a client sends them as written. Names, arguments,
 * variables, directives and nesting all still count.
 */
function canonical(document: DocumentNode): string {
  const sorted = visit(document, {
    SelectionSet: {
      leave: (node) => ({ ...node, selections: [...node.selections].sort((a, b) => (print(a) < print(b) ? -1 : print(a) > print(b) ? 1 : 0)) }),
    },
  });
  return print(sorted);
}

export const NOT_TRUSTED_MESSAGE = 'This server runs only its trusted documents; this operation is not one of them.';

function hashOf(source: Record<string, unknown>): unknown {
  if (source.documentId != null) return source.documentId;
  let extensions = source.extensions as unknown;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined;
    }
  }
  return (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
}

/** HTTP: replaces a hash by its document, refuses what is not listed (POST bodies and GET queries). */
export function trustedDocumentsOnly(trusted: TrustedDocuments) {
  const refuse = (res: Response) => sendHttpError(res, 400, NOT_TRUSTED_MESSAGE, ErrorCode.PERSISTED_QUERY_NOT_IN_LIST);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET') return trustedGet(trusted, req, res, next, refuse);
    const source = req.body as Record<string, unknown> | undefined;
    // Not a JSON object: Apollo refuses it on its own (a batch, a bare value), nothing runs.
    if (!source || typeof source !== 'object' || Array.isArray(source)) return next();
    const document = trusted.resolve(source.query, hashOf(source));
    if (!document) return refuse(res);
    // Apollo then sees a plain request: the listed document, no automatic-persisted-query hash.
    const extensions = typeof source.extensions === 'object' && source.extensions ? { ...(source.extensions as object) } : undefined;
    if (extensions) delete (extensions as { persistedQuery?: unknown }).persistedQuery;
    const body: Record<string, unknown> = { ...source, query: document };
    delete body.documentId;
    if (extensions) body.extensions = extensions;
    else delete body.extensions;
    req.body = body;
    next();
  };
}

/** The parameters of a GraphQL GET that Apollo reads; each may be given once. */
const GET_PARAMETERS = ['query', 'documentId', 'extensions', 'operationName', 'variables'];

/**
 * GET: the query string is read exactly as Apollo will read it (the whole URL, every key: not
 * Express's `req.query`, which stops at 1,000 keys), a parameter given twice is refused, and the
 * URL Apollo then reads is rewritten to carry the listed document itself.
 */
function trustedGet(trusted: TrustedDocuments, req: Request, res: Response, next: NextFunction, refuse: (res: Response) => void): void {
  const url = new URL(req.url, 'http://localhost');
  const params = url.searchParams;
  if (GET_PARAMETERS.some((name) => params.getAll(name).length > 1)) return refuse(res);
  const source: Record<string, unknown> = {};
  for (const name of ['query', 'documentId', 'extensions']) {
    const value = params.get(name);
    if (value !== null) source[name] = value;
  }
  const document = trusted.resolve(source.query, hashOf(source));
  if (!document) return refuse(res);
  params.set('query', document);
  params.delete('documentId');
  if (typeof source.extensions === 'string') {
    try {
      const extensions = JSON.parse(source.extensions) as Record<string, unknown>;
      delete extensions.persistedQuery;
      if (Object.keys(extensions).length) params.set('extensions', JSON.stringify(extensions));
      else params.delete('extensions');
    } catch {
      params.delete('extensions');
    }
  }
  req.url = `${url.pathname}?${params.toString()}`;
  next();
}
