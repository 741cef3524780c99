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
   * @param options.failsWaiting when a batch fails with an error it accepts (the database has no
   *   connection free, say), the calls waiting behind it fail with it too instead of each
   *   waiting as long again in a batch of their own.
   * @param options.maxBatch most items sent together.
   */
  constructor(
    private readonly send: (items: T[]) => Promise<PromiseSettledResult<R>[]>,
    private readonly options: { failsWaiting?: (error: unknown) => boolean; maxBatch?: number } = {},
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
    const batch = this.waiting.splice(0, this.options.maxBatch ?? 100);
    this.send(batch.map((waiting) => waiting.item))
      .then(
        (results) =>
          batch.forEach((waiting, i) => {
            const result = results[i] ?? { status: 'rejected', reason: new Error('a batch answered fewer calls than it was sent') };
            if (result.status === 'fulfilled') waiting.resolve(result.value);
            else waiting.reject(result.reason);
          }),
        (error: unknown) => {
          const failed = this.options.failsWaiting?.(error) ? [...batch, ...this.waiting.splice(0)] : batch;
          for (const waiting of failed) waiting.reject(error);
        },
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
