import type { MessageKey } from '../i18n';
import { firstListedIn, hasLatin, holdsAnyOf } from './words';
import { nfkc } from '../text/nfkc';

/**
 * Outcomes that need the customer's response (a meeting held, a deal won, a reply), each
 * with the activity that leads to it: what `kdi-needs-response` suggests as the KDI.
 * Japanese words match anywhere in a name; English ones as whole words, in any case.
 */
interface Outcome {
  readonly ja: readonly string[];
  readonly en: readonly string[];
  /** The activity in the owner's hands that leads to this outcome. */
  readonly activity: MessageKey;
}

/** In order: the first outcome found in a name decides the suggestion (アポ before 獲得). */
export const RESPONSE_OUTCOMES: readonly Outcome[] = [
  {
    ja: ['アポ', '商談', '面談', '面会'],
    en: ['appointment', 'appointments', 'meeting', 'meetings', 'demos held', 'demos booked'],
    activity: 'rules.kdiNeedsResponse.activity.meetingRequests',
  },
  {
    ja: ['受注', '成約', '契約', '採用', 'クロージング'],
    en: [
      'deal',
      'deals',
      'order',
      'orders',
      'contract',
      'contracts',
      'win',
      'wins',
      'won',
      'conversion',
      'conversions',
    ],
    activity: 'rules.kdiNeedsResponse.activity.proposals',
  },
  {
    ja: ['紹介'],
    en: ['referral', 'referrals', 'introduction', 'introductions'],
    activity: 'rules.kdiNeedsResponse.activity.referralRequests',
  },
  {
    ja: ['返信', '回答', '反応', '開封'],
    en: ['reply', 'replies', 'response', 'responses', 'answers'],
    activity: 'rules.kdiNeedsResponse.activity.messages',
  },
  {
    ja: ['来店', '来場', '参加者', '申込', '申し込み', '登録'],
    en: [
      'attendee',
      'attendees',
      'sign-up',
      'sign-ups',
      'signup',
      'signups',
      'registration',
      'registrations',
    ],
    activity: 'rules.kdiNeedsResponse.activity.invitations',
  },
  {
    ja: ['獲得'],
    en: ['leads', 'acquired', 'acquisition', 'acquisitions'],
    activity: 'rules.kdiNeedsResponse.activity.approaches',
  },
];

/**
 * Words of an activity the owner does alone: a name that has one (アポ打診の架電数, calls
 * to book meetings) counts the activity, not the outcome it aims at.
 */
export const ACTIVITY_WORDS = {
  ja: [
    '架電',
    '電話',
    '訪問',
    '送付',
    '送信',
    '提出',
    '連絡',
    '打診',
    '依頼',
    '準備',
    '作成',
    '投稿',
    '配信',
    '案内',
    'フォロー',
    '提案',
    'メール',
    'DM',
    'レビュー',
    '録音',
    '振り返り',
    'ロープレ',
    '練習',
    '調査',
    '記録',
    '入力',
  ],
  en: [
    'call',
    'calls',
    'calling',
    'dial',
    'dials',
    'email',
    'emails',
    'visit',
    'visits',
    'sent',
    'send',
    'request',
    'requests',
    'follow-up',
    'follow-ups',
    'proposal',
    'proposals',
    'invite',
    'invites',
    'invitation',
    'invitations',
    'outreach',
    'touches',
    'message',
    'messages',
    'prepare',
    'prepared',
    'asked',
    'asks',
    'review',
    'reviews',
    'reviewed',
    'recording',
    'recordings',
    'practice',
    'research',
    'logged',
  ],
} as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (words: readonly string[]): RegExp =>
  new RegExp(
    `(?<![A-Za-z])(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![A-Za-z])`,
    'i',
  );

const MATCHERS = RESPONSE_OUTCOMES.map((o) => ({ outcome: o, firstJa: firstListedIn(o.ja), en: wholeWords(o.en) }));
const ACTIVITY_EN = wholeWords(ACTIVITY_WORDS.en);
const holdsActivityJa = holdsAnyOf(ACTIVITY_WORDS.ja);

/**
 * The outcome a name counts, when it counts one that needs the customer's response: the
 * word as written and the activity to suggest. Undefined for an activity (架電数, or a name
 * that says the activity: 商談打診の架電数).
 */
export function findResponseOutcome(
  name: string,
): { readonly word: string; readonly activity: MessageKey } | undefined {
  const text = nfkc(name);
  // English words need Latin letters: a name without one skips every English pattern.
  const latin = hasLatin(text);
  if (holdsActivityJa(text) || (latin && ACTIVITY_EN.test(text))) return undefined;
  for (const { outcome, firstJa, en } of MATCHERS) {
    const ja = firstJa(text);
    if (ja !== undefined) return { word: ja, activity: outcome.activity };
    const m = latin ? en.exec(text) : null;
    if (m) return { word: m[0], activity: outcome.activity };
  }
  return undefined;
}
