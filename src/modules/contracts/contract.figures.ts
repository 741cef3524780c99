import { canSeeFigures } from '../../auth/work-access';
import type { Context } from '../../graphql/context';
import { contractById } from './contract.loaders';

/**
 * AC-1: whether the caller sees the money figures of a contract it can see, for the figures of
 * the objects that hang off it (milestones, invoices, time entries, its history). Batched: the
 * contract and the caller's memberships come from the request's loaders.
 */
export async function figuresVisible(ctx: Context, contractId: string): Promise<boolean> {
  const contract = await contractById(ctx).load(contractId);
  return contract ? canSeeFigures(ctx, contract) : false;
}

/** `value` when the caller sees the contract's figures, else null (AC-1). */
export async function figureOf<T>(ctx: Context, contractId: string, value: () => T): Promise<T | null> {
  return (await figuresVisible(ctx, contractId)) ? value() : null;
}
