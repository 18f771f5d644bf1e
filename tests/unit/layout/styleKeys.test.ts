import { indentStyle, inputStyle, numStyle, styleOf } from '../../../src/core/layout/styles';

describe('parametrised style keys, made once per parameter', () => {
  it('name the format or the indent as before', () => {
    expect(numStyle('#,##0')).toBe('num:#,##0');
    expect(inputStyle('0.0%')).toBe('input:0.0%');
    expect(indentStyle(1)).toBe('indent:2');
    expect(indentStyle(7)).toBe('indent:14');
    expect(indentStyle(8)).toBe('indent:15');
    expect(indentStyle(40)).toBe('indent:15');
  });

  it('give the same key when asked again, and the style each key stands for', () => {
    expect(numStyle('"¥"#,##0')).toBe(numStyle('"¥"#,##0'));
    expect(styleOf(numStyle('"¥"#,##0'))).toEqual({ numFmt: '"¥"#,##0' });
    expect(styleOf(inputStyle('#,##0'))).toEqual({ color: '0000FF', fill: 'FFF2CC', numFmt: '#,##0' });
    expect(styleOf(indentStyle(3))).toEqual({ indent: 6 });
  });

  it('still make a key for every format when more formats are asked for than are kept', () => {
    const formats = Array.from({ length: 400 }, (_, i) => `0.${'0'.repeat(i % 20)}"${i}"`);
    for (const f of formats) expect(numStyle(f)).toBe(`num:${f}`);
    for (const f of formats) expect(numStyle(f)).toBe(`num:${f}`);
  });
});
