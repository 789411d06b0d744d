/**
 * Everything the peers benchmark starts is registered here with how to stop it, and stopped in
 * reverse order on the way out: at the end, on an error, and on SIGINT or SIGTERM (then the
 * process exits with 128 + the signal's number, as a shell reports it).
 */

/** Bound on one cleanup step, so that a stuck stop cannot keep the process alive. */
const cleanupStepTimeoutMs = 60_000;
const signalExitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

export class Cleanups {
  private readonly steps: Array<{ name: string; run: () => Promise<void> }> = [];
  /** The one drain under way: a signal during the normal exit waits for it rather than racing it. */
  private draining: Promise<void> | undefined;

  add(name: string, run: () => Promise<void>): void {
    // A step added while draining (a start that finished after a signal) is still taken by the drain loop.
    this.steps.push({ name, run });
  }

  /** Runs every step once, last added first; reports a failed or timed-out step and goes on. */
  runAll(): Promise<void> {
    this.draining ??= this.drain();
    return this.draining;
  }

  private async drain(): Promise<void> {
    for (let step = this.steps.pop(); step !== undefined; step = this.steps.pop()) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${cleanupStepTimeoutMs} ms`)), cleanupStepTimeoutMs);
      });
      try {
        await Promise.race([step.run(), timeout]);
      } catch (err) {
        process.stderr.write(`cleanup of ${step.name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
      } finally {
        clearTimeout(timer);
      }
    }
  }

  /** On SIGINT or SIGTERM: run the cleanups, then exit. Returns the function that removes the handlers. */
  exitOnSignals(): () => void {
    const handlers = Object.entries(signalExitCodes).map(([signal, code]) => {
      const handler = (): void => {
        process.stderr.write(`${signal}: stopping the clusters\n`);
        void this.runAll().finally(() => process.exit(code));
      };
      process.once(signal, handler);
      return { signal, handler };
    });
    return () => {
      for (const { signal, handler } of handlers) process.off(signal, handler);
    };
  }
}
