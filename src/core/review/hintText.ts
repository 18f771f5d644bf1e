import { bin, call, str, type Formula } from '../formula/ast';
import { messages, type Lang, type MessageKey } from '../i18n';
import { excelRound } from '../num/round';
import type { Hint, HintRate, HintVolume } from './diagnose';

/**
 * The diagnosis hint as one sentence that names its numbers, e.g.
 * 「商談数 13/13 件は達成、成約率 15%（仮説 20%）→ 質」. The same catalog templates give
 * the text the core computes (for closed tabs, cached results and the pane) and the
 * formula an open tab computes it with, so the two cannot drift apart.
 */

const TEMPLATE = {
  quantity: 'review.hint.quantity',
  quality: 'review.hint.quality',
  design: 'review.hint.design',
  volume: 'review.hint.volume',
  rate: 'review.hint.rate',
  rateOwn: 'review.hint.rateOwn',
  join: 'review.hint.join',
} as const satisfies Record<string, MessageKey>;
export type HintPart = keyof typeof TEMPLATE;

/** How a hint writes a number of a given Excel number format: the TEXT format and the same in code. */
export interface HintNumber {
  readonly excel: string;
  readonly text: (x: number) => string;
}

const grouped = (x: number, decimals: number, minDecimals: number): string => {
  const r = excelRound(Math.abs(x), decimals);
  let [whole, frac = ''] = r.toFixed(decimals).split('.');
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  return `${x < 0 && r !== 0 ? '-' : ''}${whole}${frac === '' ? '' : `.${frac}`}`;
};

/** Whole percents for a rate, whole yen, whole counts, else up to two decimals. */
export function hintNumber(numFmt: string): HintNumber {
  if (numFmt.endsWith('%'))
    return { excel: '0%', text: (x) => `${excelRound(x * 100, 0).toFixed(0)}%` };
  if (numFmt.startsWith('"¥"')) return { excel: '"¥"#,##0', text: (x) => `¥${grouped(x, 0, 0)}` };
  if (numFmt === '#,##0') return { excel: '#,##0', text: (x) => grouped(x, 0, 0) };
  return { excel: '#,##0.0#', text: (x) => grouped(x, 2, 1) };
}

/**
 * The unit a volume names after its numbers in Japanese (「13/13 件」): a count's or other
 * unit; a currency's and a rate's show in the number. English names the thing already
 * ("Meetings 13/13"), so it adds none.
 */
export function unitSuffix(lang: Lang, numFmt: string, unit: string): string {
  if (lang === 'en' || unit.trim() === '' || numFmt.endsWith('%') || numFmt.startsWith('"¥"')) return '';
  return ` ${unit.trim()}`;
}

/**
 * Fills a template with pieces of any kind: a template `{a}x{b}` and the pieces of a and b.
 * `lit` turns template text into a piece, `join` puts pieces in a row.
 */
function fill<P>(
  template: string,
  params: Readonly<Record<string, P>>,
  lit: (text: string) => P,
  join: (parts: P[]) => P,
): P {
  const parts: P[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push(lit(template.slice(last, m.index)));
    const piece = params[m[1]];
    parts.push(piece === undefined ? lit(m[0]) : piece);
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(lit(template.slice(last)));
  return join(parts);
}

/** A hint's pieces in either form (text, or a formula of the tab's cells). */
export interface HintPieces<P> {
  readonly lit: (text: string) => P;
  readonly join: (parts: P[]) => P;
}

/** Builds the hint sentence from the pieces of its volumes and rate, in the tab's language. */
export function sentence<P>(
  lang: Lang,
  pieces: HintPieces<P>,
  cause: 'quantity' | 'quality' | 'design',
  volumes: readonly P[],
  rate?: { readonly name: P; readonly actual: P; readonly reference: P; readonly own: boolean },
): P {
  const { lit, join } = pieces;
  const tpl = (part: HintPart): string => messages[TEMPLATE[part]][lang];
  const listed: P[] = [];
  volumes.forEach((v, i) => {
    if (i > 0) listed.push(lit(tpl('join')));
    listed.push(v);
  });
  const list = join(listed);
  if (cause === 'quantity') return fill(tpl('quantity'), { volume: list }, lit, join);
  if (cause === 'design') return fill(tpl('design'), { met: list }, lit, join);
  const rateText =
    rate === undefined
      ? lit('')
      : fill(
          tpl(rate.own ? 'rateOwn' : 'rate'),
          { name: rate.name, actual: rate.actual, reference: rate.reference },
          lit,
          join,
        );
  return fill(tpl('quality'), { met: list, rate: rateText }, lit, join);
}

/** One volume's piece: its name, actual/target and unit. */
export function volumePiece<P>(
  lang: Lang,
  pieces: HintPieces<P>,
  v: { readonly name: P; readonly actual: P; readonly target: P; readonly unit: string },
): P {
  return fill(
    messages[TEMPLATE.volume][lang],
    { name: v.name, actual: v.actual, target: v.target, unit: pieces.lit(v.unit) },
    pieces.lit,
    pieces.join,
  );
}

const TEXT_PIECES: HintPieces<string> = { lit: (s) => s, join: (parts) => parts.join('') };

/** A formula piece: text literals and cell pieces joined with `&` (empty literals dropped). */
export const FORMULA_PIECES: HintPieces<Formula> = {
  lit: (s) => str(s),
  join: (parts) => {
    const kept = parts.filter((p) => !(p.kind === 'str' && p.value === ''));
    if (kept.length === 0) return str('');
    return kept.reduce((a, b) => bin('&', a, b));
  },
};

/** `TEXT(x, format)` of a cell, as the hint writes its numbers. */
export const textOf = (x: Formula, numFmt: string): Formula => call('TEXT', x, str(hintNumber(numFmt).excel));

/** The hint's sentence as the core computes it: what the tab's formula shows. */
export function hintSentence(lang: Lang, hint: Hint): string {
  const vol = (v: HintVolume): string => {
    const n = hintNumber(v.numFmt);
    return volumePiece(lang, TEXT_PIECES, {
      name: v.name,
      actual: n.text(v.actual),
      target: n.text(v.target),
      unit: unitSuffix(lang, v.numFmt, v.unit),
    });
  };
  if (hint.cause === 'quantity') return sentence(lang, TEXT_PIECES, 'quantity', [vol(hint.short)]);
  if (hint.cause === 'design') return sentence(lang, TEXT_PIECES, 'design', hint.met.map(vol));
  const r: HintRate = hint.rate;
  const n = hintNumber(r.numFmt);
  return sentence(lang, TEXT_PIECES, 'quality', hint.met.map(vol), {
    name: r.name,
    actual: n.text(r.actual),
    reference: n.text(r.reference),
    own: r.own,
  });
}
