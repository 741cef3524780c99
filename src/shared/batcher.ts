/**
 * Coalesces calls into batches, one batch on its way at a time: a call made while none is
 * waiting is sent at once (no delay when idle), and the calls made meanwhile go together in the
 * next batch. Under load a statement per request becomes a fraction of one, and concurrent
 * requests stop queueing on each other's row locks; the batch's `send` decides how to answer
 * each call as if it had been made alone, in call order.
 */
export class Batcher<T, R> {
  private readonly waiting: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  private sending = false;

  /**
   * @param send answers a batch's items, one settled result per item, in the items' order.
   * @param maxBatch most items sent together.
   */
  constructor(
    private readonly send: (items: T[]) => Promise<PromiseSettledResult<R>[]>,
    private readonly maxBatch = 100,
  ) {}

  call(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.sendNext();
    });
  }

  private sendNext(): void {
    if (this.sending || !this.waiting.length) return;
    this.sending = true;
    const batch = this.waiting.splice(0, this.maxBatch);
    this.send(batch.map((waiting) => waiting.item))
      .then(
        (results) => batch.forEach((waiting, i) => (results[i].status === 'fulfilled' ? waiting.resolve(results[i].value) : waiting.reject(results[i].reason))),
        (error: unknown) => batch.forEach((waiting) => waiting.reject(error)),
      )
      .finally(() => {
        this.sending = false;
        this.sendNext();
      });
  }
}

/** Settles `work` for an item of a batch. */
export async function settle<R>(work: () => Promise<R>): Promise<PromiseSettledResult<R>> {
  try {
    return { status: 'fulfilled', value: await work() };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}
