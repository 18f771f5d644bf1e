import fc from 'fast-check';
import {
  ACTIVITY_WORDS,
  findResponseOutcome,
  OUTSIDE_FACTOR_WORDS,
  RESPONSE_OUTCOMES,
  UNCONTROLLABLE_WORDS,
  VAGUE_WORDS,
} from '../../../src/core/rules';
import {
  charLength,
  COUNTER_WORDS,
  hasLatin,
  holdsAnyOf,
  LOSS_WORDS,
  wordMatcher,
} from '../../../src/core/rules/words';

/**
 * The word checks pass over a name that holds none of a list's words with one pattern;
 * what they find must be what a search for each word in turn finds.
 */

interface List {
  readonly ja: readonly string[];
  readonly en: readonly string[];
  readonly except?: readonly string[];
}

const LISTS: Readonly<Record<string, List>> = {
  vague: VAGUE_WORDS,
  loss: LOSS_WORDS,
  counter: COUNTER_WORDS,
  uncontrollable: { ...UNCONTROLLABLE_WORDS, except: ['市場調査', '市場開拓', 'market research'] },
  outside: { ...OUTSIDE_FACTOR_WORDS, except: ['market research', 'go-to-market', 'new market'] },
  activity: ACTIVITY_WORDS,
  ...Object.fromEntries(RESPONSE_OUTCOMES.map((o, i) => [`outcome${i}`, { ja: o.ja, en: o.en }])),
};
const ALL_JA = Object.values(LISTS).flatMap((l) => l.ja);
const ALL_EN = Object.values(LISTS).flatMap((l) => l.en);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The matcher as a search for each listed word in turn. */
function plainMatcher(list: List): (text: string) => string | undefined {
  const en = new RegExp(
    `(?<![A-Za-z])(?:${[...list.en]
      .sort((a, b) => b.length - a.length)
      .map((w) => escape(w).replace(/ /g, '\\s+'))
      .join('|')})(?![A-Za-z])`,
    'i',
  );
  const except =
    (list.except ?? []).length === 0
      ? null
      : new RegExp((list.except ?? []).map((w) => escape(w).replace(/ /g, '\\s+')).join('|'), 'gi');
  return (text) => {
    const folded = except === null ? text.normalize('NFKC') : text.normalize('NFKC').replace(except, ' ');
    for (const w of list.ja) if (folded.includes(w)) return w;
    const m = en.exec(folded);
    return m ? m[0] : undefined;
  };
}

/** The outcome search, each word in turn. */
function plainResponseOutcome(name: string): { word: string; activity: string } | undefined {
  const text = name.normalize('NFKC');
  const words = (ws: readonly string[]): RegExp =>
    new RegExp(
      `(?<![A-Za-z])(?:${[...ws]
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|')})(?![A-Za-z])`,
      'i',
    );
  if (ACTIVITY_WORDS.ja.some((w) => text.includes(w)) || words(ACTIVITY_WORDS.en).test(text))
    return undefined;
  for (const outcome of RESPONSE_OUTCOMES) {
    const ja = outcome.ja.find((w) => text.includes(w));
    if (ja !== undefined) return { word: ja, activity: outcome.activity };
    const m = words(outcome.en).exec(text);
    if (m) return { word: m[0], activity: outcome.activity };
  }
  return undefined;
}

/** Names made of listed words, their halves (near misses), full-width forms and other text. */
const piece = fc.oneof(
  fc.constantFrom(...ALL_JA, ...ALL_EN),
  fc.constantFrom(...ALL_JA, ...ALL_EN).map((w) => w.slice(0, Math.ceil(w.length / 2))),
  fc.constantFrom(...ALL_JA, ...ALL_EN).map((w) => w.slice(Math.floor(w.length / 2))),
  fc.constantFrom(
    ' ',
    '数',
    '件',
    '率',
    'の',
    '第1チーム',
    '渡辺1-1',
    'ｱﾎﾟ',
    'ＤＭ',
    '(',
    '.*',
    '|',
    '\\',
    '?',
    'x',
    '3',
  ),
  fc.string({ maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const name = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

describe('word scans', () => {
  it('find a list word exactly when a search for each word finds one', () => {
    const lists = Object.values(LISTS).map((l) => l.ja);
    fc.assert(
      fc.property(name, (text) => {
        for (const words of lists) expect(holdsAnyOf(words)(text)).toBe(words.some((w) => text.includes(w)));
      }),
      { numRuns: 3000 },
    );
  });

  it('treat pattern characters in a word as plain text', () => {
    const holds = holdsAnyOf(['a.b', '(x)', 'c|d', '1+1', '\\']);
    expect(holds('axb')).toBe(false);
    expect(holds('x')).toBe(false);
    expect(holds('c')).toBe(false);
    expect(holds('11')).toBe(false);
    expect(holds('a.b')).toBe(true);
    expect(holds('((x))')).toBe(true);
    expect(holds('c|d')).toBe(true);
    expect(holds('1+1=2')).toBe(true);
    expect(holds('a\\b')).toBe(true);
    expect(holdsAnyOf([])('anything')).toBe(false);
  });

  it.each(Object.keys(LISTS))('give the word a search for each word gives (%s)', (key) => {
    const fast = wordMatcher(LISTS[key]);
    const plain = plainMatcher(LISTS[key]);
    fc.assert(
      fc.property(name, (text) => {
        expect(fast(text)).toBe(plain(text));
      }),
      { numRuns: 1500 },
    );
    for (const w of [...LISTS[key].ja, ...LISTS[key].en]) {
      for (const text of [w, `${w}数`, `第1チーム ${w}`, w.slice(1), w.toUpperCase()])
        expect(fast(text)).toBe(plain(text));
    }
  });

  it('give the outcome a search for each word gives', () => {
    fc.assert(
      fc.property(name, (text) => {
        expect(findResponseOutcome(text)).toEqual(plainResponseOutcome(text));
      }),
      { numRuns: 3000 },
    );
    for (const w of [...ALL_JA, ...ALL_EN]) {
      for (const text of [w, `${w}数`, `渡辺1-1 ${w}`, `${w}の架電数`, w.slice(1)]) {
        expect(findResponseOutcome(text)).toEqual(plainResponseOutcome(text));
      }
    }
  });

  it('are tried on names with and without Latin letters', () => {
    const samples = fc.sample(name, { numRuns: 500, seed: 7 });
    expect(samples.filter(hasLatin).length).toBeGreaterThan(50);
    expect(samples.filter((s) => !hasLatin(s)).length).toBeGreaterThan(50);
    expect(samples.filter((s) => ALL_JA.some((w) => s.includes(w))).length).toBeGreaterThan(50);
  });
});

describe('the length of a name as a person counts it', () => {
  it('counts each character once, a surrogate pair as one, as the string’s iterator does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(fc.constantFrom(' ', '架', '𠮷', '\ud842', '\udfb7', 'a')) }),
        (name) => {
          expect(charLength(name)).toBe([...name.trim()].length);
        },
      ),
    );
    expect(charLength(' 𠮷野家の売上 ')).toBe(6);
    expect(charLength('\udfb7\ud842')).toBe(2);
  });
});
