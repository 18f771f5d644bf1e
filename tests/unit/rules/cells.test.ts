import { cellLayout, findingCell, parseSheetAddress, sheetAddress } from '../../../src/core/rules';
import { lintText } from './support';

const PLAN = `version: 1
title: T
month: 2026-12
hypotheses:
  - { id: unit_price, name: Price, value: 100000 }
  - { id: close_rate, name: Close rate, value: 0.2 }
kpis:
  - { id: revenue, level: KGI, name: Monthly revenue, unit: yen, target: 1000000, owner: A, deadline: 2026-12-31 }
  - { id: contracts, level: KPI, parent: revenue, name: Contracts signed, unit: contracts, backcast: revenue / unit_price, owner: A }
  - { id: meetings, level: KDI, parent: contracts, name: Meetings held, unit: meetings, backcast: contracts / close_rate, owner: A, controllable: true }
`;

describe('findingCell', () => {
  const { model } = lintText(PLAN);

  it('follows the layout build writes: depth-first rows from 5, columns after the ISO weeks', () => {
    const layout = cellLayout(model, { lang: 'en', weekCount: 5 });
    expect(findingCell({ kind: 'node', node: 'revenue', field: 'name' }, layout)).toBe("'KPI Tree'!C5");
    expect(findingCell({ kind: 'node', node: 'meetings', field: 'unit' }, layout)).toBe("'KPI Tree'!F7");
    expect(findingCell({ kind: 'node', node: 'contracts', field: 'target' }, layout)).toBe("'KPI Tree'!G6");
    // 5 weeks (I..M) push owner to N and deadline to O.
    expect(findingCell({ kind: 'node', node: 'contracts', field: 'owner' }, layout)).toBe("'KPI Tree'!N6");
    expect(findingCell({ kind: 'node', node: 'contracts', field: 'deadline' }, layout)).toBe("'KPI Tree'!O6");
    expect(findingCell({ kind: 'node', node: 'meetings', field: 'capacity_per_day' }, layout)).toBe("'KPI Tree'!R7");
    expect(findingCell({ kind: 'hypothesis', id: 'close_rate', field: 'value' }, layout)).toBe('Hypotheses!C5');
  });

  it('names and quotes the sheets in the workbook language', () => {
    const layout = cellLayout(model, { lang: 'ja', weekCount: 4 });
    expect(findingCell({ kind: 'node', node: 'revenue', field: 'owner' }, layout)).toBe("'KPIツリー'!M5");
    expect(findingCell({ kind: 'hypothesis', id: 'unit_price', field: 'value' }, layout)).toBe("'仮説'!C4");
  });

  it('takes the actual rows and columns of a workbook read back', () => {
    const rows = new Map([['revenue', 12], ['contracts', 30], ['meetings', 31]]);
    const layout = cellLayout(model, { lang: 'en', weekCount: 5, rowOf: (id) => rows.get(id), columnOf: (key) => (key === 'name' ? 4 : undefined), treeSheet: "Bob's tree" });
    expect(findingCell({ kind: 'node', node: 'contracts', field: 'name' }, layout)).toBe("'Bob''s tree'!D30");
    expect(findingCell({ kind: 'node', node: 'contracts', field: 'unit' }, layout)).toBeUndefined();
    expect(findingCell({ kind: 'node', node: 'nobody', field: 'name' }, layout)).toBeUndefined();
  });

  it('prefers the cell a locator knows (the workbook reader) over the layout', () => {
    const layout = cellLayout(model, { lang: 'en', weekCount: 5 });
    const locate = (id: string, field: string): { cell?: string } => (id === 'meetings' && field === 'name' ? { cell: "'KPI Tree'!C42" } : {});
    expect(findingCell({ kind: 'node', node: 'meetings', field: 'name' }, layout, locate)).toBe("'KPI Tree'!C42");
    expect(findingCell({ kind: 'node', node: 'meetings', field: 'unit' }, layout, locate)).toBe("'KPI Tree'!F7");
  });

  it('leaves the columns after the weeks unknown when the month is unusable', () => {
    const layout = cellLayout(model, { lang: 'en' });
    expect(findingCell({ kind: 'node', node: 'revenue', field: 'unit' }, layout)).toBe("'KPI Tree'!F5");
    expect(findingCell({ kind: 'node', node: 'revenue', field: 'owner' }, layout)).toBeUndefined();
  });

  it('lint accepts rowOf to override the rows', () => {
    const { findings } = lintText(PLAN.replace('name: Meetings held', 'name: Improve meetings'), 'yaml', { rowOf: (id) => (id === 'meetings' ? 99 : undefined) });
    expect(findings.find((f) => f.rule === 'smart-specific')?.cell).toBe("'KPI Tree'!C99");
  });
});

describe('sheet addresses', () => {
  it.each([
    ['KPI Tree', 'C7', "'KPI Tree'!C7"],
    ['Hypotheses', 'C5', 'Hypotheses!C5'],
    ['KPIツリー', 'A1', "'KPIツリー'!A1"],
    ["Bob's", 'B2', "'Bob''s'!B2"],
  ])('%s!%s round-trips as %s', (sheet, address, text) => {
    const p = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    const column = p[1].charCodeAt(0) - 64;
    expect(sheetAddress(sheet, Number(p[2]), column)).toBe(text);
    expect(parseSheetAddress(text)).toEqual({ sheet, address });
  });

  it('rejects what is not a sheet-qualified cell', () => {
    expect(parseSheetAddress('C7')).toBeNull();
    expect(parseSheetAddress("'KPI Tree'!C7:D9")).toBeNull();
  });
});
