import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { buildExample, captureIo, openXlsx, treeLayout } from '../support/edits';
import { main } from '../../src/cli/main';

/** A new row typed at the bottom with a misspelt parent and hypothesis, as a colleague would. */
async function typeBadRow(file: string): Promise<number> {
  const wb = await openXlsx(file);
  const t = treeLayout(wb);
  const r = t.nextRow;
  const set = (k: 'id' | 'level' | 'name' | 'parent' | 'backcast', v: string): void => {
    t.ws.getCell(r, t.col[k] as number).value = v;
  };
  set('id', 'emails');
  set('level', 'KDI');
  set('name', 'Emails');
  set('parent', 'meetngs');
  set('backcast', 'meetngs / close_rat');
  await wb.xlsx.writeFile(file);
  return r;
}

// The language asked for with --lang, or, without it, the workbook's own (Japanese here), whatever the system's.
describe.each([
  {
    lang: 'en',
    env: 'ja_JP.UTF-8',
    argv: ['--lang', 'en'],
    lines: (r: number) => [
      `'KPIツリー'!D${r} (emails): error: "emails": parent "meetngs" does not exist`,
      `'KPIツリー'!E${r} (emails): error: "emails": backcast uses "close_rat", which is neither its parent nor a hypothesis`,
    ],
  },
  {
    lang: 'ja',
    env: 'C.UTF-8',
    argv: [],
    lines: (r: number) => [
      `'KPIツリー'!D${r} (emails): エラー: 「emails」の親「meetngs」がありません`,
      `'KPIツリー'!E${r} (emails): エラー: 「emails」の逆算式にある「close_rat」は、親でも仮説でもありません`,
    ],
  },
])('a problem in a typed row, in $lang (LANG=$env, $argv)', ({ env, argv, lines }) => {
  it.each(['sync', 'backcast', 'lint'])(
    '%s names the sheet-qualified cell of each problem and writes nothing',
    async (command) => {
      const { dir, file } = await buildExample();
      const row = await typeBadRow(file);
      const bytes = await fs.readFile(file);
      const io = { ...captureIo(dir), env: { LANG: env } };
      const code = await main([command, path.basename(file), ...argv], io);
      const out = [...io.stderr, ...io.stdout].join('\n');
      // lint reports findings (exit 1); the others refuse the input (exit 2).
      expect(code).toBe(command === 'lint' ? 1 : 2);
      if (command === 'lint') {
        expect(out).toContain(`'KPIツリー'!D${row}`);
        expect(out).toContain(`'KPIツリー'!E${row}`);
      } else expect(io.stderr.join('\n').split('\n')).toEqual(lines(row));
      expect((await fs.readFile(file)).equals(bytes)).toBe(true);
      expect(existsSync(`${file}.bak`)).toBe(false);
    },
  );
});
