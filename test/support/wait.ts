export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it holds; throws `what` (or a plain message) after `timeoutMs`. */
export async function waitUntil(condition: () => Promise<boolean> | boolean, { timeoutMs = 10_000, everyMs = 20, what = 'condition not met in time' } = {}): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(what);
    await sleep(everyMs);
  }
}
