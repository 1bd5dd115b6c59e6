// A chatty process must not flood the timeline: output chunks are gathered and emitted at most once per
// interval, and no more than the kept-output cap in total.

export class OutputCoalescer {
  private pending = '';
  private emitted = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly emit: (chunk: string) => void,
    private readonly intervalMs: number,
    private readonly cap: number,
  ) {}

  push(chunk: string): void {
    const room = this.cap - this.emitted - this.pending.length;
    if (room <= 0) return;
    this.pending += chunk.slice(0, room);
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  /** Emit whatever is gathered now (called when the process ends, before its bg.finished). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending === '') return;
    const chunk = this.pending;
    this.pending = '';
    this.emitted += chunk.length;
    this.emit(chunk);
  }
}
