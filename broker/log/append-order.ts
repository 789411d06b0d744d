/**
 * Keeps appends to one log in call order while some of them are validated asynchronously (a
 * compressed batch is decompressed first): an idempotent producer pipelines its batches and
 * needs them appended in the order sent, and Kafka appends under the log's lock in that order.
 * A synchronous validation with nothing pending goes straight through, so the common
 * uncompressed path costs no extra promise.
 */
export class AppendOrder {
  /** Validations still running or waiting their turn. */
  pending = 0;
  private tail: Promise<unknown> = Promise.resolve();

  /** Calls `append` with the validation's result once every earlier call has appended. */
  run<V, R>(validated: V | Promise<V>, append: (value: V) => Promise<R>): Promise<R> {
    if (!(validated instanceof Promise) && this.pending === 0) return append(validated);
    // Settled at once into a value, so that a rejection waiting its turn is never unhandled.
    const outcome = Promise.resolve(validated).then((value) => ({ value }), (err: unknown) => ({ err }));
    this.pending += 1;
    const run = this.tail
      .then(() => outcome)
      .then((r) => {
        if ('err' in r) throw r.err;
        return append(r.value);
      })
      .finally(() => {
        this.pending -= 1;
      });
    this.tail = run.catch(() => undefined);
    return run;
  }
}
