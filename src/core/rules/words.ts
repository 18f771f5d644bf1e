/**
 * Word lists behind `smart-specific`, `uncontrollable-kdi`, `uncontrollable-kpi` and
 * `kdi-needs-response`, in both languages.
 * Japanese words match anywhere in a name (Japanese has no spaces between words);
 * English words and phrases match whole words, in any letter case.
 */

import { nfkc } from '../text/nfkc';

/** Effort words: they say someone will try, not what will be counted. */
export const VAGUE_WORDS = {
  ja: [
    '頑張', 'がんば', 'ガンバ', '強化', '向上', '徹底', '意識', 'しっかり', 'できるだけ', '出来るだけ', 'なるべく',
    '努める', '努力', '心がけ', '心掛け', '取り組', '取組', '推進', '改善', '促進', '注力', '積極的', '極力',
    '最大化', '活性化', '充実', '尽力', '全力',
  ],
  en: [
    'improve', 'improved', 'improving', 'improvement', 'increase', 'increased', 'increasing', 'better', 'enhance',
    'enhanced', 'enhancing', 'enhancement', 'boost', 'boosting', 'strengthen', 'strengthening', 'try', 'trying',
    'focus on', 'do our best', 'do my best', 'work hard', 'work harder', 'as much as possible', 'as many as possible',
    'maximize', 'maximise', 'optimize', 'optimise', 'grow', 'ensure', 'aim to', 'aim for', 'make an effort',
  ],
} as const;

/** What the person cannot control: the market, the weather, other people. */
export const UNCONTROLLABLE_WORDS = {
  ja: [
    '景気', '景況', '市況', '市場', '天候', '天気', '気温', '為替', '競合', '他社',
    '他部署', '他部門', '相場', '株価', '金利', '法改正', '規制',
  ],
  en: [
    'economy', 'economic', 'market', 'markets', 'weather', 'exchange rate', 'exchange rates', 'currency', 'competitor',
    'competitors', 'competition', 'other department', 'other departments', 'interest rate', 'interest rates',
    'stock price', 'stock prices', 'regulation', 'regulations', 'seasonality',
  ],
} as const;

/**
 * Outside factors a KPI must not hang on: the economy, the market, the weather, exchange
 * rates, another department. Narrower than the KDI list: a KPI is a result and may face
 * competitors (競合に勝った件数), but a number that moves with the economy measures the
 * economy, not the team.
 */
export const OUTSIDE_FACTOR_WORDS = {
  ja: [
    '景気', '景況', '市況', '市場動向', '市場環境', '市場の伸び', '市場拡大', '市場成長', '天候', '天気', '気温', '気候',
    '為替', '円安', '円高', '物価', 'インフレ', '他部署', '他部門', '別部署', '相場', '株価', '金利', '法改正', '季節要因',
  ],
  en: [
    'economy', 'economic', 'recession', 'market', 'markets', 'weather', 'exchange rate', 'exchange rates', 'currency',
    'inflation', 'other department', 'other departments', 'another department', 'interest rate', 'interest rates',
    'stock price', 'stock prices', 'regulation', 'regulations', 'regulatory', 'seasonality',
  ],
} as const;

interface WordList {
  readonly ja: readonly string[];
  readonly en: readonly string[];
  /** Phrases that contain a listed word but mean something else (market research is an activity). */
  readonly except?: readonly string[];
}

/** Whether a text holds a Latin letter: without one it cannot hold an English word. */
export const hasLatin = (text: string): boolean => /[A-Za-z]/.test(text);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a text holds any of the words (anywhere, letter case as listed): one pattern
 * tried along the text instead of a search per word, so most names, which hold none of
 * them, are passed over at once.
 */
export function holdsAnyOf(words: readonly string[]): (text: string) => boolean {
  if (words.length === 0) return () => false;
  const any = new RegExp(words.map(escape).join('|'));
  return (text) => any.test(text);
}

/** The first listed word a text holds, looked for word by word only in a text that holds one. */
export function firstListedIn(words: readonly string[]): (text: string) => string | undefined {
  const holds = holdsAnyOf(words);
  return (text) => (holds(text) ? words.find((w) => text.includes(w)) : undefined);
}

/** A matcher returning the first listed word found in a text, as written there. */
export function wordMatcher(list: WordList): (text: string) => string | undefined {
  const firstJa = firstListedIn(list.ja);
  const en = new RegExp(`(?<![A-Za-z])(?:${[...list.en].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})(?![A-Za-z])`, 'i');
  const except = (list.except ?? []).length === 0 ? null : new RegExp((list.except ?? []).map((w) => escape(w).replace(/ /g, '\\s+')).join('|'), 'gi');
  return (text) => {
    const folded = except === null ? nfkc(text) : nfkc(text).replace(except, ' ');
    const ja = firstJa(folded);
    if (ja !== undefined) return ja;
    // Every English word is made of Latin letters: a name without one (most Japanese names) cannot hold any.
    const m = hasLatin(folded) ? en.exec(folded) : null;
    return m ? m[0] : undefined;
  };
}

/** What a team wants less of: losses, costs, churn, complaints. A node named so is usually a cap. */
export const LOSS_WORDS = {
  ja: [
    '解約', '離脱', 'チャーン', '失注', 'クレーム', '苦情', 'コスト', '費用', '経費', '損失', '返品', '不良', '欠陥',
    '事故', '欠品', '貸倒', '未回収', '解約率', '退会',
  ],
  en: [
    'churn', 'churned', 'churning', 'churns', 'downgrade', 'downgrades', 'downgrading', 'cost', 'costs', 'loss', 'losses', 'lost', 'complaint', 'complaints', 'defect', 'defects',
    'refund', 'refunds', 'cancellation', 'cancellations', 'attrition', 'expense', 'expenses', 'bad debt', 'incident',
    'incidents',
  ],
} as const;

/** What works against a loss: a node named so ("コスト削減額", "churn prevented") is better higher. */
export const COUNTER_WORDS = {
  ja: ['削減', '防止', '抑制', '低減', '改善', '回避', '阻止', '回収'],
  en: ['reduction', 'reductions', 'reduced', 'reduce', 'prevented', 'prevention', 'prevent', 'saving', 'savings', 'saved', 'avoided', 'recovered'],
} as const;

export const findVagueWord = wordMatcher(VAGUE_WORDS);
export const findLossWord = wordMatcher(LOSS_WORDS);
export const findCounterWord = wordMatcher(COUNTER_WORDS);
export const findUncontrollableWord = wordMatcher({ ...UNCONTROLLABLE_WORDS, except: ['市場調査', '市場開拓', 'market research'] });
export const findOutsideFactor = wordMatcher({
  ...OUTSIDE_FACTOR_WORDS,
  except: ['market research', 'market survey', 'go-to-market', 'new market', 'new markets', 'target market', 'target markets'],
});

/** True when a name carries a number (half- or full-width digits): "3つ以上", "60 calls". */
export function hasNumber(text: string): boolean {
  return /[0-9０-９]/.test(text);
}

/**
 * Length as a person counts it: one per character, a surrogate pair as one (as the string's
 * iterator counts), counted in place rather than spread into a list for every name.
 */
export function charLength(text: string): number {
  const s = text.trim();
  let count = 0;
  for (let i = 0; i < s.length; i++, count++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}
