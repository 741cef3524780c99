import { Field, ID, InterfaceType } from 'type-graphql';
import { typeOfId, type NodeTypeName } from '../shared/ids';
import type { Context } from './context';

@InterfaceType({
  description: 'An object with an identity. Ids are opaque, unique across types, and fetchable with `node`.',
  resolveType: (value: { id: string }) => typeOfId(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: 'The opaque, globally unique id.' })
  id: string;
}

/** Fetches one object of a type as the caller may see it, or undefined (missing or not visible). */
export type NodeFetcher = (ctx: Context, id: string) => Promise<{ id: string } | undefined>;

const fetchers = new Map<NodeTypeName, NodeFetcher>();

/** Each feature registers how to fetch its node types, applying its own visibility rules. */
export function registerNodeType(type: NodeTypeName, fetcher: NodeFetcher): void {
  fetchers.set(type, fetcher);
}

export async function fetchNode(ctx: Context, id: string): Promise<{ id: string } | undefined> {
  const type = typeOfId(id);
  const fetcher = type && fetchers.get(type);
  return fetcher ? fetcher(ctx, id) : undefined;
}
