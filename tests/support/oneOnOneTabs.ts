/**
 * Reading a 1on1 tab in tests the way the tool does: rows by the key in column A (a node's
 * id, `#agenda:reflection`, `#action`…), the tab by its identity in the workbook's names.
 */
import type ExcelJS from 'exceljs';
import { ONE_ON_ONE, parseOneOnOneIdentityName } from '../../src/core/layout/oneOnOneIdentity';

/** The 1on1 tab of a member's week, by its identity, whatever it is called. */
export function oneOnOneOf(wb: ExcelJS.Workbook, week: string, member: string): ExcelJS.Worksheet {
  for (const n of wb.definedNames.model) {
    const id = parseOneOnOneIdentityName(n.name);
    if (id === null || id.week !== week || id.member !== member) continue;
    const sheet = n.ranges[0]
      ?.replace(/!.*$/, '')
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const ws = sheet === undefined ? undefined : wb.getWorksheet(sheet);
    if (ws) return ws;
  }
  throw new Error(`no 1on1 tab for ${member} ${week}`);
}

/** Every row whose key (column A) is `key`, top to bottom. */
export function rowsOf(ws: ExcelJS.Worksheet, key: string): number[] {
  const out: number[] = [];
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, ONE_ON_ONE.col.key).value === key) out.push(r);
  return out;
}

/** The one row whose key is `key`. */
export function rowOfKey(ws: ExcelJS.Worksheet, key: string): number {
  const rows = rowsOf(ws, key);
  if (rows.length !== 1) throw new Error(`${rows.length} rows keyed ${key} on ${ws.name}`);
  return rows[0];
}

/** The team example with 山田 owning the calls, written into `dir` as team.yaml; gives its path. */
export async function ownedTeamPlan(dir: string): Promise<string> {
  const { promises: fs } = await import('node:fs');
  const path = await import('node:path');
  const plan = await fs.readFile(path.join(__dirname, '..', '..', 'examples', 'team.yaml'), 'utf8');
  const owned = plan.replace('name: 架電数, unit: 件,', 'name: 架電数, unit: 件, owner: 山田,');
  if (owned === plan) throw new Error('the team example changed: no calls row to own');
  const file = path.join(dir, 'team.yaml');
  await fs.writeFile(file, owned, 'utf8');
  return file;
}
