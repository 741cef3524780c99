import { type UserError, UserErrorException } from './errors';

/** Payload types extend their domain's base from `domainUserErrors` (src/graphql/user-errors.ts). */

/**
 * Runs a mutation's service call and shapes its payload: an expected failure becomes
 * `userErrors` (its transaction already rolled back); anything else stays a top-level error.
 */
export async function runMutation<T extends object>(work: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorException) return { userErrors: error.errors } as Partial<T> & { userErrors: UserError[] };
    throw error;
  }
}
