import type { MessageKey } from '../i18n';

/**
 * Where things stand on the member sheet (担当別 / By member): the member table at the
 * top, with spare rows to type a new member into, then the targets table, one row per
 * node, with the team's own backcast, the members' total and a block of columns per
 * member (monthly, per working day, one column per ISO week).
 */
export const MEMBERS = {
  titleRow: 1,
  subtitleRow: 2,
  summaryRow: 3,
  /** The hypotheses' names, above the columns of the members' own values. */
  hypothesisRow: 4,
  headerRow: 5,
  firstRow: 6,
  /** Empty rows below the members, for people to type a new one into before they sync. */
  spareRows: 3,
  col: { id: 1, name: 2, share: 3, target: 4, kgi: 5 },
  firstOverride: 6,
} as const;

/** A field of a member; each is a column of the member table. */
export type MemberField = keyof typeof MEMBERS.col;

/** The member table's headers, by which the reader finds its columns (in either language). */
export const MEMBER_HEADER_KEYS = {
  id: 'sheet.members.col.id',
  name: 'sheet.members.col.name',
  share: 'sheet.members.col.share',
  target: 'sheet.members.col.target',
  kgi: 'sheet.members.col.kgi',
} as const satisfies Readonly<Record<MemberField, MessageKey>>;

/** Whether a plan path's last part names a member field. */
export function isMemberField(field: string): field is MemberField {
  return Object.prototype.hasOwnProperty.call(MEMBERS.col, field);
}

/** The targets table's columns before the members' blocks. */
export const MEMBER_TARGETS = {
  col: { id: 1, name: 2, unit: 3, teamBackcast: 4, total: 5 },
  firstBlock: 6,
} as const;

/** The targets table's headers: the reader knows the member table ends where these stand. */
export const MEMBER_TARGET_HEADER_KEYS = {
  id: 'sheet.members.targets.col.id',
  name: 'sheet.members.targets.col.name',
  unit: 'sheet.members.targets.col.unit',
  teamBackcast: 'sheet.members.targets.col.teamBackcast',
  total: 'sheet.members.targets.col.total',
  monthly: 'sheet.members.targets.col.monthly',
  perWorkday: 'sheet.members.targets.col.perWorkday',
} as const satisfies Readonly<Record<string, MessageKey>>;

/** The columns of member `j`'s block (from 0) in a month of `weekCount` ISO weeks. */
export function memberBlock(
  j: number,
  weekCount: number,
): { monthly: number; perWorkday: number; firstWeek: number; last: number } {
  const monthly = MEMBER_TARGETS.firstBlock + j * (2 + weekCount);
  return { monthly, perWorkday: monthly + 1, firstWeek: monthly + 2, last: monthly + 1 + weekCount };
}

/** The rows of the targets table for a member table of `members` rows: the member names' row, the header, the first node. */
export function memberTargetRows(members: number): { groupRow: number; headerRow: number; firstRow: number } {
  const groupRow = MEMBERS.firstRow + members + MEMBERS.spareRows + 1;
  return { groupRow, headerRow: groupRow + 1, firstRow: groupRow + 2 };
}
