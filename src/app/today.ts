import type { IsoDate } from '../core/brand';

/**
 * A moment as the local calendar shows it, `YYYY-MM-DD`: in Japan the UTC date is still
 * yesterday until 09:00, and a review generated on Monday morning must say Monday.
 * `offsetMinutes` is the zone's `getTimezoneOffset()` (−540 in Japan), the machine's own
 * by default.
 */
export function localDate(moment: Date, offsetMinutes: number = moment.getTimezoneOffset()): IsoDate {
  return new Date(moment.getTime() - offsetMinutes * 60_000).toISOString().slice(0, 10) as IsoDate;
}

/** Today where the person is: the date reviews are generated on and weeks are chosen by. */
export function localToday(): IsoDate {
  return localDate(new Date());
}
