import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Result<R> {
  status: number;
  data?: R | null;
  errors?: GraphQLErrorShape[];
}

const printed = new WeakMap<DocumentNode, string>();

/** A client of the API over real HTTP, typed by the documents codegen generates. */
export class Api {
  /** `mailDir`: where the server writes its messages (MAIL_DIR), for tests that read them. */
  constructor(
    readonly url: string,
    readonly mailDir = '',
  ) {}

  /** Runs an operation and returns the whole response, errors included. */
  async run<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<Result<R>> {
    if (!(document as DocumentNode).kind) throw new Error('Unknown GraphQL document: run `npm run codegen` after adding or changing one.');
    let query = printed.get(document);
    if (!query) printed.set(document, (query = print(document)));
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<Result<R>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Runs an operation that must succeed without top-level errors, and returns its data. */
  async ok<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<R> {
    const result = await this.run(document, variables, token);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** Runs an operation that must fail with a top-level error; returns its code. */
  async errorCode<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<string | undefined> {
    const result = await this.run(document, variables, token);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0].extensions?.code;
  }
}
