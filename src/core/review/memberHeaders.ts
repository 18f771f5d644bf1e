import { LANGS, messages, t, type Lang, type MessageKey } from '../i18n';
import { normaliseHeader } from '../reader/headers';

/**
 * A member's columns in a review tab of a team: their weekly target, the actual they type,
 * their achievement and status. Headed `山田：実績` / `Yamada: actual` (someone no longer
 * on the team `山田（退任）：実績` / `Yamada (former): actual`), and found again by those
 * words (either language), whichever letter the column has moved to.
 */
export const MEMBER_COLUMN_KINDS = ['target', 'actual', 'achievement', 'status'] as const;
export type MemberColumnKind = (typeof MEMBER_COLUMN_KINDS)[number];

const HEADER_KEYS: Readonly<Record<MemberColumnKind, MessageKey>> = {
  target: 'review.member.col.target',
  actual: 'review.member.col.actual',
  achievement: 'review.member.col.achievement',
  status: 'review.member.col.status',
};

/** A member column found in a tab's header row: its column, what it holds, and whose it is. */
export interface FoundMemberColumn {
  readonly col: number;
  readonly kind: MemberColumnKind;
  /** The name (or id) the header gives, without the words that mark a former member. */
  readonly who: string;
  /** The header says its owner has left the team. */
  readonly former?: boolean;
  /** The member id the block's own target formulas name (`MW_<id>`), which a rename does not change. */
  readonly id?: string;
}

/** What a member's block is known by: the id its formulas name, else the name its header gives. */
export const memberKeyOf = (f: Pick<FoundMemberColumn, 'who' | 'id'>): string => f.id ?? f.who;

export function memberHeader(lang: Lang, kind: MemberColumnKind, name: string, former = false): string {
  return t(lang, HEADER_KEYS[kind], { name: former ? t(lang, 'review.member.former', { name }) : name });
}

const split = (text: string): { prefix: string; suffix: string } => {
  const [prefix, suffix] = normaliseHeader(text).split('{name}');
  return { prefix: prefix ?? '', suffix: suffix ?? '' };
};

/** Each kind's header in each language, as the text around the member's name. */
const PATTERNS: readonly { kind: MemberColumnKind; prefix: string; suffix: string }[] =
  MEMBER_COLUMN_KINDS.flatMap((kind) =>
    LANGS.map((lang) => ({ kind, ...split(messages[HEADER_KEYS[kind]][lang]) })),
  );

/** The words around a former member's name, in each language. */
const FORMER = LANGS.map((lang) => split(messages['review.member.former'][lang]));

/** A name without the words that mark a former member, and whether it had them. */
function withoutFormer(who: string): { who: string; former?: true } {
  const norm = who.toLowerCase();
  for (const f of FORMER) {
    if (norm.length <= f.prefix.length + f.suffix.length) continue;
    if (!norm.startsWith(f.prefix) || !norm.endsWith(f.suffix)) continue;
    const name = who.slice(f.prefix.length, who.length - f.suffix.length).trim();
    if (name !== '') return { who: name, former: true };
  }
  return { who };
}

/** The member column a header names, or undefined for any other header. */
export function matchMemberHeader(
  text: string,
): { kind: MemberColumnKind; who: string; former?: true } | undefined {
  const raw = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const norm = raw.toLowerCase();
  for (const p of PATTERNS) {
    if (norm.length <= p.prefix.length + p.suffix.length) continue;
    if (!norm.startsWith(p.prefix) || !norm.endsWith(p.suffix)) continue;
    const who = raw.slice(p.prefix.length, raw.length - p.suffix.length).trim();
    if (who !== '') return { kind: p.kind, ...withoutFormer(who) };
  }
  return undefined;
}

/** A member id named by a formula of a member's target column (`MW_yamada`, `MT_yamada`). */
export function memberIdInFormula(formula: string): string | undefined {
  return /(?:^|[^A-Za-z0-9_.])M[WT]_([A-Za-z][A-Za-z0-9_]*)(?![A-Za-z0-9_(])/.exec(formula)?.[1];
}
