import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../auth/authorize';
import type { Context } from './context';
import { badInput, notFound } from './errors';
import { fetchNode, Node } from './node';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by id, if the caller may see it; NOT_FOUND otherwise.' })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Any object id.' }) id: string) {
    requireViewer(ctx);
    const found = await fetchNode(ctx, id);
    if (!found) throw notFound();
    return found;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by id, in the same order; an id not found or not visible gives null and a NOT_FOUND error at its index.' })
  async nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'At most 100 ids.' }) ids: string[]) {
    requireViewer(ctx);
    if (ids.length > 100) throw badInput('Ask for at most 100 ids at a time.');
    return Promise.all(ids.map(async (id) => (await fetchNode(ctx, id)) ?? notFound()));
  }
}
