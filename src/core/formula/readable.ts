import type { BinaryOp, Formula } from './ast';
import { renderFormula, renderNumber } from './render';

/** How a formula reads with names: its operators as people write them, and the brackets of the language. */
export interface ReadableStyle {
  /** A name in the formula (a plan id) → what people call it; the id itself when unknown. */
  readonly nameOf: (id: string) => string | undefined;
  /** Full-width brackets （…） for Japanese, ( ) otherwise. */
  readonly fullWidthBrackets: boolean;
}

const OPERATOR: Readonly<Partial<Record<BinaryOp, string>>> = { '+': '+', '-': '−', '*': '×', '/': '÷' };
const PRECEDENCE: Readonly<Partial<Record<BinaryOp, number>>> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/**
 * A backcast as people read it: 「月間売上 ÷ 平均受注単価」 for `revenue / unit_price`. Only
 * for reading: the formula people edit stays in ids. Parts a backcast cannot hold (a
 * function, a cell) are written as the formula writes them.
 */
export function readableFormula(f: Formula, style: ReadableStyle): string {
  return formulaReader(style)(f);
}

/** `readableFormula` in one style, for reading many formulas alike (a tree's every backcast). */
export function formulaReader(style: ReadableStyle): (f: Formula) => string {
  const [open, close] = style.fullWidthBrackets ? ['（', '）'] : ['(', ')'];
  const bracket = (text: string): string => `${open}${text}${close}`;
  const level = (g: Formula): number => (g.kind === 'binary' ? (PRECEDENCE[g.op] ?? 0) : 3);
  const read = (g: Formula): string => {
    switch (g.kind) {
      case 'num':
        return renderNumber(g.value);
      case 'name':
        return style.nameOf(g.name) ?? g.name;
      case 'unary': {
        const arg = read(g.arg);
        const sign = g.op === '-' ? '−' : '+';
        return g.arg.kind === 'binary' ? `${sign}${bracket(arg)}` : `${sign}${arg}`;
      }
      case 'binary': {
        const op = OPERATOR[g.op];
        const p = PRECEDENCE[g.op];
        if (op === undefined || p === undefined) return renderFormula(g);
        const left = level(g.left) < p ? bracket(read(g.left)) : read(g.left);
        // Right of − and ÷, an equal binding needs its brackets: a − (b − c), a ÷ (b × c).
        const right =
          level(g.right) < p || (level(g.right) === p && (g.op === '-' || g.op === '/'))
            ? bracket(read(g.right))
            : read(g.right);
        return `${left} ${op} ${right}`;
      }
      default:
        return renderFormula(g);
    }
  };
  return read;
}
