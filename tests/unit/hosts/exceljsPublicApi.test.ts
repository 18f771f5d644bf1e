/**
 * ExcelJS on its public API only (issue 16): no code of `src` touches a `_` member or a
 * field ExcelJS's typings leave out, so a maintained fork or a new release that keeps the
 * documented API keeps the product working.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { privateExcelJsUses } from '../../support/exceljsPrivateUse';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(configFile.config, ts.sys, root).options;
}

test('src touches no private or undeclared ExcelJS member', () => {
  const files = sourceFiles(path.join(root, 'src'));
  expect(files.some((f) => f.endsWith(path.join('hosts', 'xlsx', 'applySpec.ts')))).toBe(true);
  expect(privateExcelJsUses(files, compilerOptions())).toEqual([]);
});

test('the check names each way of reaching in (so the test above can fail)', () => {
  const fixture = path.join(root, 'tests/fixtures/exceljs-private/reachesIn.ts');
  const found = privateExcelJsUses([fixture], compilerOptions()).map((f) =>
    f.replace(/^.*reachesIn\.ts:/, ''),
  );
  expect(found).toEqual([
    '9: declares "_merges" (a private field of another object)',
    '13: casts an ExcelJS Worksheet to unknown',
    '15: touches "_comment"',
    '15: casts an ExcelJS Cell to unknown',
    '15: declares "_comment" (a private field of another object)',
    '16: casts an ExcelJS Worksheet to Worksheet & { conditionalFormattings?: unknown[] | undefined; }',
    '17: touches "conditionalFormattings", which ExcelJS\'s typings do not declare',
    '18: touches "_merges"',
    '18: casts an ExcelJS Worksheet to unknown',
  ]);
});
