/** Branded strings so ids, sheet names and addresses cannot be mixed up. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A node or hypothesis id from a plan: `[A-Za-z][A-Za-z0-9_]*`. */
export type KpiId = Brand<string, 'KpiId'>;
export type HypothesisId = Brand<string, 'HypothesisId'>;
/** A team member's id from a plan or the member sheet: `[A-Za-z][A-Za-z0-9_]*`, its own namespace. */
export type MemberId = Brand<string, 'MemberId'>;
/** A worksheet name as it stands in the workbook. */
export type SheetName = Brand<string, 'SheetName'>;
/** An A1 address without sheet, e.g. `C7` or `$C$7:$H$7`. */
export type A1Address = Brand<string, 'A1Address'>;
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = Brand<string, 'IsoDate'>;
/** A month `YYYY-MM`. */
export type IsoMonth = Brand<string, 'IsoMonth'>;
/** An ISO week label `YYYY-Www`. */
export type IsoWeekLabel = Brand<string, 'IsoWeekLabel'>;

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** The longest id: the workbook's names (`T_<id>`…) must stay within a spreadsheet's 255 characters. */
export const MAX_ID_LENGTH = 253;
