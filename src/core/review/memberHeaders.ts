import { LANGS, messages, t, type Lang, type MessageKey } from '../i18n';
import { normaliseHeader } from '../reader/headers';

/**
 * A member's columns in a review tab of a team: their weekly target, the actual they type,
 * their achievement and status. Headed `山田：実績` / `Yamada: actual`, and found again by
 * those words (either language), whichever letter the column has moved to.
 */
export const MEMBER_COLUMN_KINDS = ['target', 'actual', 'achievement', 'status'] as const;
export type MemberColumnKind = (typeof MEMBER_COLUMN_KINDS)[number];

const HEADER_KEYS: Readonly<Record<MemberColumnKind, MessageKey>> = {
  target: 'review.member.col.target',
  actual: 'review.member.col.actual',
  achievement: 'review.member.col.achievement',
  status: 'review.member.col.status',
};

/** A member column found in a tab's header row: its column, what it holds, and whose it is (the name or id its header gives). */
export interface FoundMemberColumn {
  readonly col: number;
  readonly kind: MemberColumnKind;
  readonly who: string;
}

export function memberHeader(lang: Lang, kind: MemberColumnKind, name: string): string {
  return t(lang, HEADER_KEYS[kind], { name });
}

/** Each kind's header in each language, as the text around the member's name. */
const PATTERNS: readonly { kind: MemberColumnKind; prefix: string; suffix: string }[] =
  MEMBER_COLUMN_KINDS.flatMap((kind) =>
    LANGS.map((lang) => {
      const [prefix, suffix] = normaliseHeader(messages[HEADER_KEYS[kind]][lang]).split('{name}');
      return { kind, prefix: prefix ?? '', suffix: suffix ?? '' };
    }),
  );

/** The member column a header names, or undefined for any other header. */
export function matchMemberHeader(text: string): { kind: MemberColumnKind; who: string } | undefined {
  const raw = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const norm = raw.toLowerCase();
  for (const p of PATTERNS) {
    if (norm.length <= p.prefix.length + p.suffix.length) continue;
    if (!norm.startsWith(p.prefix) || !norm.endsWith(p.suffix)) continue;
    const who = raw.slice(p.prefix.length, raw.length - p.suffix.length).trim();
    if (who !== '') return { kind: p.kind, who };
  }
  return undefined;
}
