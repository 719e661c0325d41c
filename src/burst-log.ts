import { randomUUID } from 'node:crypto';
import type { Logger } from './logging';

/** How long one line covers: the failures after it in this window are counted, not logged one by one. */
export const BURST_WINDOW_MS = 60_000;

/**
 * Logs a burst of the same failure without flooding: the first at once, as an error line with an id; the rest
 * of the window only counted, and the count logged as one line when the window ends.
 * @remarks Every failure in one window gets the same id, so an error code shown to a person (an apology card)
 * is the id of the line that stands for the burst. A failure after the window opens a new one.
 */
export class BurstLog {
  private window?: { id: string; suppressed: number };

  constructor(
    private readonly logger: Logger,
    private readonly summary: { event: string; message: string },
    private readonly windowMs = BURST_WINDOW_MS,
  ) {}

  /** Reports one failure; returns the id of the window it belongs to. */
  report(fields: { event: string } & Record<string, unknown>, message: string): string {
    if (this.window) {
      this.window.suppressed += 1;
      return this.window.id;
    }
    const window = { id: randomUUID(), suppressed: 0 };
    this.window = window;
    this.logger.error({ ...fields, errorId: window.id }, message);
    // Unref'd: a pending count never keeps the process alive.
    setTimeout(() => this.close(window), this.windowMs).unref();
    return window.id;
  }

  private close(window: { id: string; suppressed: number }): void {
    this.window = undefined;
    if (window.suppressed === 0) return;
    this.logger.warn(
      {
        event: this.summary.event,
        errorId: window.id,
        suppressed: window.suppressed,
        windowSeconds: this.windowMs / 1000,
      },
      this.summary.message,
    );
  }
}
