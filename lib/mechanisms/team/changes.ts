// A tiny "something changed" signal: waiters re-check their condition after every change, so nobody polls
// the team state in a busy loop.
import { abortable } from '../abortable';

export class Changes {
  private waiters: (() => void)[] = [];

  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * Resolves true once `ready()` holds (checked now and after every change), or false when `timeoutMs`
   * passes first; rejects when `signal` aborts.
   */
  async until(ready: () => boolean, signal: AbortSignal, timeoutMs = Infinity): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await abortable(
        new Promise<void>((resolve) => {
          const timer = Number.isFinite(left) ? setTimeout(resolve, left) : undefined;
          this.waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        }),
        signal,
      );
    }
    return true;
  }
}
