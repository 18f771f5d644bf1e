import type { ActionStatus, ReviewAction } from './types';

const STATUS_WORDS: Record<ActionStatus, readonly string[]> = {
  notStarted: ['未着手', 'not started', 'todo', 'to do'],
  inProgress: ['進行中', 'in progress', 'doing', 'started'],
  done: ['完了', 'done', 'complete', 'completed', 'finished', '済'],
};

/** Reads a typed status in either language; empty or unknown text counts as not started. */
export function actionStatus(text: string | undefined): ActionStatus {
  const s = (text ?? '').trim().toLowerCase();
  for (const key of ['done', 'inProgress', 'notStarted'] as const) if (STATUS_WORDS[key].includes(s)) return key;
  return 'notStarted';
}

export function isBlankAction(a: ReviewAction): boolean {
  return !a.issue && !a.action;
}

/**
 * The actions the next review carries over: every one not done, with the week it was
 * first raised (an action raised in the previous tab without a week gets that tab's week).
 */
export function carryOver(previous: readonly ReviewAction[], previousWeek: string): ReviewAction[] {
  return previous
    .filter((a) => !isBlankAction(a) && actionStatus(a.status) !== 'done')
    .map((a) => ({ ...a, fromWeek: a.fromWeek ?? previousWeek }));
}

/** Share of the previous tab's actions marked done; null when it had none. */
export function completionRate(previous: readonly ReviewAction[]): number | null {
  const real = previous.filter((a) => !isBlankAction(a));
  if (real.length === 0) return null;
  return real.filter((a) => actionStatus(a.status) === 'done').length / real.length;
}
