/**
 * The one place sheet names are quoted for formulas (`'KPI Tree'!A1`). Quoting a name
 * that did not need it is harmless, leaving one unquoted that did breaks the formula,
 * so only a conservative set of plain names stays bare.
 */

const PLAIN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** `A1`, `XFD1048576`: Excel would read the name as a cell. */
const A1_LIKE = /^[A-Za-z]{1,3}[0-9]+$/;
/** `R`, `C`, `RC`, `R1C1`, `R2`: Excel would read the name as an R1C1 reference. */
const R1C1_LIKE = /^(?:[Rr][0-9]*[Cc]?[0-9]*|[Cc][0-9]*)$/;
/** `TRUE` / `FALSE`: Excel would read the name as a boolean. */
const BOOLEAN_LIKE = /^(?:TRUE|FALSE)$/i;

/** True when `name` can stand unquoted before `!` in a formula. */
function isBare(name: string): boolean {
  return PLAIN.test(name) && !A1_LIKE.test(name) && !R1C1_LIKE.test(name) && !BOOLEAN_LIKE.test(name);
}

/**
 * `Hypotheses` → `Hypotheses`; `KPI Tree` → `'KPI Tree'`; `KPIツリー` → `'KPIツリー'`;
 * `Bob's` → `'Bob''s'`; `A1`, `R1C1`, `2026` → quoted.
 */
export function quoteSheetName(name: string): string {
  return isBare(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
