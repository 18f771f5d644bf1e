/**
 * Finds where code reaches into ExcelJS past its public API, with the TypeScript checker:
 * - a member whose name starts with `_` (accessed, deleted, or declared in a type that
 *   describes another object), anywhere;
 * - an ExcelJS object cast to a type ExcelJS does not declare it to be
 *   (`ws as unknown as {...}`), the way an undeclared field (`orderNo`, `dataValidations`)
 *   is reached;
 * - a member of an ExcelJS object that its typings do not declare.
 * Each finding reads `file:line: what`.
 */
import path from 'node:path';
import ts from 'typescript';

const EXCELJS_TYPINGS = `${path.sep}node_modules${path.sep}exceljs${path.sep}`;

function isExcelJsDeclaration(node: ts.Node): boolean {
  return path.normalize(node.getSourceFile().fileName).includes(EXCELJS_TYPINGS);
}

/** True when the type (or a part of a union) is one ExcelJS's typings declare. */
function isExcelJsType(type: ts.Type): boolean {
  if (type.isUnion() || type.isIntersection()) return type.types.some(isExcelJsType);
  const symbol = type.aliasSymbol ?? type.getSymbol();
  return (symbol?.getDeclarations() ?? []).some(isExcelJsDeclaration);
}

function memberName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression))
    return node.argumentExpression.text;
  return undefined;
}

export function privateExcelJsUses(files: readonly string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  /** Declared by ExcelJS or by the language's own library (an ExcelJS model is an Array). */
  const byLibraries = (node: ts.Node): boolean =>
    isExcelJsDeclaration(node) || program.isSourceFileDefaultLibrary(node.getSourceFile());
  /** True when every part of the type is declared by ExcelJS or the language (`unknown` and `any` are not). */
  const isLibraryType = (type: ts.Type): boolean => {
    if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return false;
    if (type.isUnion() || type.isIntersection()) return type.types.every(isLibraryType);
    const symbol = type.aliasSymbol ?? type.getSymbol();
    return symbol === undefined || (symbol.getDeclarations() ?? []).every(byLibraries);
  };
  const findings: string[] = [];
  const at = (node: ts.Node, what: string): void => {
    const sf = node.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
    findings.push(`${path.relative(process.cwd(), sf.fileName)}:${line + 1}: ${what}`);
  };

  const visit = (node: ts.Node): void => {
    const name = memberName(node);
    if (name !== undefined) {
      const receiver = (node as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression;
      const receiverType = checker.getTypeAtLocation(receiver);
      if (name.startsWith('_')) at(node, `touches "${name}"`);
      else if (isExcelJsType(receiverType)) {
        const declared = checker.getPropertyOfType(checker.getApparentType(receiverType), name);
        if (declared && !(declared.getDeclarations() ?? []).some(byLibraries))
          at(node, `touches "${name}", which ExcelJS's typings do not declare`);
      }
    }
    if (
      (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) &&
      ts.isIdentifier(node.name) &&
      node.name.text.startsWith('_')
    )
      at(node, `declares "${node.name.text}" (a private field of another object)`);
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const from = checker.getTypeAtLocation(node.expression);
      const to = checker.getTypeAtLocation(node.type);
      // Widening to a type the declarations make it (ExcelJS's Buffer is an ArrayBuffer) is no
      // reach past them; `unknown` (the first step of `as unknown as T`) and a type of one's own are.
      const widening = isLibraryType(to) && checker.isTypeAssignableTo(from, to);
      if (isExcelJsType(from) && !widening)
        at(node, `casts an ExcelJS ${checker.typeToString(from)} to ${checker.typeToString(to)}`);
    }
    ts.forEachChild(node, visit);
  };

  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`${file} is not part of the program`);
    visit(sf);
  }
  return findings;
}
