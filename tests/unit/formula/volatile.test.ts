import { isVolatileFormulaText, VOLATILE_FUNCTIONS } from '../../../src/core/formula';

describe('isVolatileFormulaText', () => {
  it.each([
    '=OFFSET(A1,1,1)',
    'OFFSET(A1,1,1)',
    '=today()',
    '=Now()',
    '=SUM(A1:A3)+RAND()',
    '=IF(A1,INDIRECT("B"&ROW()),0)',
    '=RANDBETWEEN(1, 6)',
    '=CELL("row")',
    '=INFO("osversion")',
    '=_xlfn.RANDARRAY(3)',
    '=NOW ()',
    '="NOW("&TODAY()',
    "='KPI Tree'!A1+OFFSET(B1,0,1)",
  ])('finds a volatile call in %s', (text) => {
    expect(isVolatileFormulaText(text)).toBe(true);
  });

  it.each([
    '=SUM(A1)',
    '="OFFSET("',
    '="say ""NOW()"" please"',
    "='NOW()'!A1",
    "='Bob''s TODAY('!A1",
    '=Table1[TODAY(]',
    '=H_NOW',
    '=H_NOW*2',
    '=MYTODAY()',
    '=TODAYS()',
    '=NOW',
    '=ROUNDUP(ROUND(T_contracts/H_close_rate,6),0)',
    '=_xlfn.ISOWEEKNUM(A1)',
    '',
  ])('finds none in %s', (text) => {
    expect(isVolatileFormulaText(text)).toBe(false);
  });

  it('knows every function the brief calls volatile', () => {
    expect([...VOLATILE_FUNCTIONS]).toEqual(
      expect.arrayContaining(['INDIRECT', 'OFFSET', 'TODAY', 'NOW', 'RAND', 'RANDBETWEEN', 'CELL', 'INFO']),
    );
  });
});
