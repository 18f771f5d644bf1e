/**
 * Change announcements as both hosts make them (`WorkbookHost.onChange`): what changed is
 * collected, and handed over once — without repeats — when no further change has come
 * for `quietMs`, however many edits came in before.
 */
export interface QuietPeriod<T> {
  /** Adds changes and starts the quiet period again. */
  add(items: Iterable<T>): void;
  /** Forgets what was collected and cancels the hand-over. */
  cancel(): void;
}

export function quietPeriod<T>(quietMs: number, handOver: (items: T[]) => void): QuietPeriod<T> {
  const pending = new Set<T>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending.clear();
  };
  return {
    add(items) {
      for (const item of items) pending.add(item);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const items = [...pending];
        pending.clear();
        if (items.length > 0) handOver(items);
      }, quietMs);
    },
    cancel,
  };
}
