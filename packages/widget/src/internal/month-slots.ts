import { groupByLocalDate, type LocalDate, type WireSlot } from '@bookafy/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { toLocalSlot, type LocalSlot } from './local-slot.js';
import { addMonths, monthOf, monthSearchRange, type Month } from './month.js';

/** Fetches the UTC slots starting in a range; the widget passes its SDK call. */
export type SlotFetcher = (
  range: { start: number; end: number },
  signal: AbortSignal,
) => Promise<WireSlot[]>;

/**
 * The free slots of the month a calendar shows, grouped by the visitor's local date. A newer
 * request cancels an older one, so a visitor paging quickly never sees a stale month.
 */
export class MonthSlots implements ReactiveController {
  /** The month shown, `YYYY-MM`. */
  month: Month = '1970-01';
  /** Slots of that month by local date; only dates inside the month. */
  byDate = new Map<LocalDate, LocalSlot[]>();
  loading = false;

  readonly #host: ReactiveControllerHost;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /**
   * Loads `month` in `timeZone`. With `skipEmptyMonth`, a month without a free day moves on
   * to the next one once, so a visitor late in the month lands where the times are. Rejects
   * with the fetch's error, except when a newer load replaced this one.
   */
  async load(
    month: Month,
    timeZone: string,
    fetch: SlotFetcher,
    options: { skipEmptyMonth?: boolean } = {},
  ): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.month = month;
    this.loading = true;
    this.#host.requestUpdate();

    try {
      const slots = await fetch(monthSearchRange(month), abort.signal);
      const byDate = groupByLocalDate(slots.map(toLocalSlot), timeZone);
      for (const date of byDate.keys()) if (monthOf(date) !== month) byDate.delete(date);
      this.byDate = byDate;
      this.loading = false;
      this.#host.requestUpdate();
      if (byDate.size === 0 && options.skipEmptyMonth) {
        await this.load(addMonths(month, 1), timeZone, fetch);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loading = false;
      this.#host.requestUpdate();
      throw error;
    }
  }

  /** Every slot loaded, across dates. */
  all(): LocalSlot[] {
    return [...this.byDate.values()].flat();
  }
}
