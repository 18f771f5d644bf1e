/**
 * Which Excel JavaScript API members a set of source files uses, and the requirement set
 * each belongs to, read from the `[Api set: ExcelApi 1.N]` tag of its declaration in
 * @types/office-js.
 *
 * The Office.js host talks to the subset of the API spelled out in src/hosts/excel/api.ts
 * (`XlRange`, `XlWorksheet`, …), so a member is found in one of three ways:
 * - a property or method reached through one of those interfaces is looked up on the
 *   Office.js type it stands for (`XlContext` is `Excel.RequestContext`, and from there
 *   every property and return type is paired, `XlWorksheet` with `Excel.Worksheet` and so on);
 * - a member of an Office.js type itself, directly or through `Pick<Excel.X, …>`, is its
 *   own declaration;
 * - the property paths given to `load([...])` (`'items/content'`) are walked on the
 *   Office.js type of the object loaded.
 * A member whose tag names several versions (`1.1 for get, 1.8 for set`) counts at the
 * highest; one whose set is not a numbered ExcelApi set (`ExcelApiOnline 1.1`) is flagged.
 */
import { readdirSync } from 'fs';
import { join, relative, resolve } from 'path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..', '..');
export const EXCEL_HOST_DIR = join(ROOT, 'src', 'hosts', 'excel');
const API_FILE = join(EXCEL_HOST_DIR, 'api.ts');

export interface UsedMember {
  /** `Excel.Worksheet.getRanges` */
  readonly member: string;
  /** `1.9`; null when the declaration names no ExcelApi set (base members such as `load`). */
  readonly set: string | null;
  /** A set outside the numbered ExcelApi sets (`ExcelApiOnline 1.1`), when that is what the tag names. */
  readonly otherSet: string | null;
  /** `src/hosts/excel/areas.ts:12`, each place it is used. */
  readonly uses: readonly string[];
}

export interface RequirementReport {
  readonly members: readonly UsedMember[];
  /** Versions the code checks at run time with `supportsExcelApi('1.N')`. */
  readonly detected: readonly string[];
}

/** `1.9` < `1.18`. */
export function compareSets(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

function apiSetOf(declaration: ts.Declaration): { set: string | null; otherSet: string | null } {
  const text = declaration.getSourceFile().text.slice(declaration.getFullStart(), declaration.getStart());
  const tag = /\[Api set: ([^\]]*)\]/.exec(text)?.[1];
  if (tag === undefined) return { set: null, otherSet: null };
  const numbered = [...tag.matchAll(/ExcelApi (\d+\.\d+)/g)].map((m) => m[1]);
  const bare = tag.startsWith('ExcelApi ') ? [...tag.matchAll(/\b(\d+\.\d+)\b/g)].map((m) => m[1]) : [];
  const versions = [...numbered, ...bare].sort(compareSets);
  const other = /\b(ExcelApi(?:Online|Desktop)) (\d+\.\d+)/.exec(tag);
  return { set: versions.at(-1) ?? null, otherSet: other ? `${other[1]} ${other[2]}` : null };
}

/** `Excel.ConditionalRangeFont.bold`: the member with the types and namespaces that hold it. */
function qualifiedName(declaration: ts.Declaration, name: string): string {
  const parts = [name];
  for (let n: ts.Node | undefined = declaration.parent; n; n = n.parent) {
    if ((ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isModuleDeclaration(n)) && n.name)
      parts.unshift(n.name.getText());
  }
  return parts.join('.');
}

function isOfficeDeclaration(d: ts.Declaration): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(d.getSourceFile().fileName);
}

/** The `.ts` files of a folder, recursively. */
export function tsFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFilesIn(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Collects the Office.js members `files` use. */
export function usedExcelMembers(files: readonly string[]): RequirementReport {
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config,
    ts.sys,
    ROOT,
  );
  const program = ts.createProgram([...files, API_FILE], {
    ...parsed.options,
    noEmit: true,
    types: ['office-js'],
  });
  const checker = program.getTypeChecker();

  // The Office.js type each of api.ts's types stands for.
  const officeTypeOf = new Map<ts.Type, ts.Type>();
  const api = program.getSourceFile(API_FILE)!;
  const declared = (name: string): ts.Type => {
    const node = api.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
    );
    if (!node) throw new Error(`${name} is not declared in src/hosts/excel/api.ts`);
    return checker.getTypeAtLocation(node.name);
  };
  const office = program
    .getSourceFiles()
    .find((f) => /[\\/]@types[\\/]office-js[\\/]index\.d\.ts$/.test(f.fileName))!;
  const excelNamespace = office.statements.find(
    (s): s is ts.ModuleDeclaration => ts.isModuleDeclaration(s) && s.name.getText(office) === 'Excel',
  )!;
  const requestContext = checker
    .getExportsOfModule(checker.getSymbolAtLocation(excelNamespace.name)!)
    .find((s) => s.name === 'RequestContext')!;
  const returnType = (t: ts.Type): ts.Type | null => t.getCallSignatures()[0]?.getReturnType() ?? null;
  const elementType = (t: ts.Type): ts.Type | null =>
    checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : null;
  /** A type spelled in api.ts: an interface, an alias or an inline object type there. */
  const fromApi = (t: ts.Type): boolean =>
    [t.getSymbol(), t.aliasSymbol].some((s) =>
      (s?.declarations ?? []).some((d) => d.getSourceFile() === api),
    );
  const pair = (xl: ts.Type, off: ts.Type): void => {
    if (officeTypeOf.has(xl) || !fromApi(xl)) return;
    officeTypeOf.set(xl, off);
    for (const p of checker.getPropertiesOfType(xl)) {
      const op = checker.getPropertyOfType(off, p.name);
      if (!op) continue;
      const xt = checker.getTypeOfSymbol(p);
      const ot = checker.getTypeOfSymbol(op);
      const [xr, or] = [returnType(xt), returnType(ot)];
      const [xe, oe] = [elementType(xt), elementType(ot)];
      if (xr && or) pair(checker.getNonNullableType(xr), checker.getNonNullableType(or));
      else if (xe && oe) pair(xe, oe);
      else pair(checker.getNonNullableType(xt), checker.getNonNullableType(ot));
    }
  };
  pair(declared('XlContext'), checker.getDeclaredTypeOfSymbol(requestContext));

  const found = new Map<string, { set: string | null; otherSet: string | null; uses: Set<string> }>();
  const record = (symbol: ts.Symbol, at: ts.Node): void => {
    const declarations = (symbol.declarations ?? []).filter(isOfficeDeclaration);
    if (declarations.length === 0) return;
    const member = qualifiedName(declarations[0], symbol.name);
    const sets = declarations.map(apiSetOf);
    const set =
      sets
        .map((s) => s.set)
        .filter((s): s is string => s !== null)
        .sort(compareSets)
        .at(-1) ?? null;
    const otherSet = sets.find((s) => s.otherSet !== null)?.otherSet ?? null;
    const sf = at.getSourceFile();
    const where = `${relative(ROOT, sf.fileName)}:${sf.getLineAndCharacterOfPosition(at.getStart()).line + 1}`;
    const entry = found.get(member) ?? { set, otherSet, uses: new Set<string>() };
    entry.uses.add(where);
    found.set(member, entry);
  };
  /** The Office.js member `name` of the object `expression` evaluates to, if it is one. */
  const officeMember = (
    expression: ts.Expression,
    name: string,
    fallback: ts.Symbol | undefined,
  ): ts.Symbol | undefined => {
    const t = checker.getNonNullableType(checker.getTypeAtLocation(expression));
    const off = officeTypeOf.get(t);
    return (off && checker.getPropertyOfType(off, name)) ?? fallback;
  };
  const loadPaths = (call: ts.CallExpression, target: ts.Expression): void => {
    const t = checker.getNonNullableType(checker.getTypeAtLocation(target));
    const start = officeTypeOf.get(t);
    const list = call.arguments[0];
    if (!start || !list || !ts.isArrayLiteralExpression(list)) return;
    for (const item of list.elements) {
      if (!ts.isStringLiteralLike(item)) continue;
      let at: ts.Type | null = start;
      for (const segment of item.text.split('/')) {
        const p: ts.Symbol | undefined = at ? checker.getPropertyOfType(at, segment) : undefined;
        if (!p)
          throw new Error(
            `load('${item.text}') names ${segment}, which is not a member of ${at ? checker.typeToString(at) : '?'}`,
          );
        record(p, item);
        const pt = checker.getNonNullableType(checker.getTypeOfSymbol(p));
        at = elementType(pt) ?? pt;
      }
    }
  };

  const detected = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = officeMember(node.expression, node.name.text, checker.getSymbolAtLocation(node.name));
      if (symbol) record(symbol, node.name);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { name, expression } = node.expression;
      if (name.text === 'load') loadPaths(node, expression);
      const version = node.arguments[0];
      if (name.text === 'supportsExcelApi' && version && ts.isStringLiteralLike(version))
        detected.add(version.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(program.getSourceFile(file)!);

  return {
    members: [...found]
      .map(([member, e]) => ({ member, set: e.set, otherSet: e.otherSet, uses: [...e.uses].sort() }))
      .sort((a, b) => a.member.localeCompare(b.member)),
    detected: [...detected].sort(compareSets),
  };
}

/**
 * What is wrong with declaring `ExcelApi declared` for this code: each member of a set
 * above it that the code never checks for at run time (`supportsExcelApi('1.N')` with that
 * set), and each member outside the numbered sets. Empty when the declaration holds.
 */
export function requirementProblems(report: RequirementReport, declared: string): string[] {
  const problems: string[] = [];
  for (const m of report.members) {
    if (m.otherSet !== null)
      problems.push(
        `${m.member} is in ${m.otherSet}, not a numbered ExcelApi set (used at ${m.uses.join(', ')})`,
      );
    if (m.set === null || compareSets(m.set, declared) <= 0) continue;
    // A newer set's members come with a check of that very set: a check of a later one
    // elsewhere (notes, 1.18) says nothing about where a 1.9 member is used.
    if (report.detected.includes(m.set)) continue;
    problems.push(
      `${m.member} needs ExcelApi ${m.set}, above the ExcelApi ${declared} the manifest declares, and no supportsExcelApi('${m.set}') check guards it (used at ${m.uses.join(', ')})`,
    );
  }
  return problems;
}
