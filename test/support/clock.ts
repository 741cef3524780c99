import type { Api } from './api';
import type { TestUser } from './factories';
import { NowDoc, SetClockDoc } from './money';

export const DAY_MS = 24 * 3600 * 1000;

/** Sets the business clock to `instant`, which must not be behind it (staff only, TEST_CLOCK=1). */
export async function setClockTo(api: Api, staff: TestUser, instant: string | Date): Promise<Date> {
  const target = new Date(instant);
  const { setClock } = await api.ok(SetClockDoc, { input: { now: target.toISOString() } }, staff.token);
  if (setClock.userErrors.length) throw new Error(JSON.stringify(setClock.userErrors));
  return target;
}

/** Moves the business clock forward by `ms` (staff only, TEST_CLOCK=1). */
export async function advanceClock(api: Api, staff: TestUser, ms: number): Promise<Date> {
  const { now } = await api.ok(NowDoc, {});
  return setClockTo(api, staff, new Date(new Date(now).getTime() + ms));
}
