import { t } from '../../../src/core/i18n';
import { findOutsideFactor, findResponseOutcome, findUncontrollableWord, findVagueWord, OUTSIDE_FACTOR_WORDS, RESPONSE_OUTCOMES, VAGUE_WORDS, UNCONTROLLABLE_WORDS } from '../../../src/core/rules';

describe('vague words', () => {
  it.each([
    ['頑張って訪問する', '頑張'],
    ['営業力強化', '強化'],
    ['顧客満足度の向上', '向上'],
    ['報告の徹底', '徹底'],
    ['しっかりフォロー', 'しっかり'],
    ['できるだけ訪問', 'できるだけ'],
    ['なるべく早く提案', 'なるべく'],
    ['Improve sales', 'Improve'],
    ['INCREASE revenue', 'INCREASE'],
    ['Better follow-up', 'Better'],
    ['Focus  on key accounts', 'Focus  on'],
    ['Try harder', 'Try'],
    ['Enhance the pipeline', 'Enhance'],
  ])('%s → %s', (name, word) => {
    expect(findVagueWord(name)).toBe(word);
  });

  it.each(['Trial signups', 'Retries per ticket', 'Contracts signed', '成約件数', 'Focused demos', 'Growth meetings'])('%s is not vague', (name) => {
    expect(findVagueWord(name)).toBeUndefined();
  });

  it('matches full-width letters as their ASCII forms', () => {
    expect(findVagueWord('ＩＭＰＲＯＶＥ sales')).toBe('IMPROVE');
  });

  it('have both languages', () => {
    expect(VAGUE_WORDS.ja.length).toBeGreaterThan(5);
    expect(VAGUE_WORDS.en.length).toBeGreaterThan(5);
  });
});

describe('uncontrollable words', () => {
  it.each([
    ['景気連動の受注', '景気'],
    ['天候に左右される来店数', '天候'],
    ['為替差益', '為替'],
    ['競合の値下げ', '競合'],
    ['他部署からの紹介', '他部署'],
    ['市場シェア', '市場'],
    ['市場の伸びに応じた受注', '市場'],
    ['Market share', 'Market'],
    ['Sales despite the weather', 'weather'],
    ['Exchange rate gains', 'Exchange rate'],
    ['Deals lost to competitors', 'competitors'],
    ['The economy', 'economy'],
  ])('%s → %s', (name, word) => {
    expect(findUncontrollableWord(name)).toBe(word);
  });

  it.each(['Marketing emails sent', 'Calls made', '架電数', 'Supermarket visits', '市場調査のヒアリング数', 'Market research interviews', '新市場開拓の訪問数'])('%s is controllable', (name) => {
    expect(findUncontrollableWord(name)).toBeUndefined();
  });

  it('have both languages', () => {
    expect(UNCONTROLLABLE_WORDS.ja.length).toBeGreaterThan(5);
    expect(UNCONTROLLABLE_WORDS.en.length).toBeGreaterThan(5);
  });
});

describe('outside factors (uncontrollable-kpi)', () => {
  it.each([
    ['景気回復による受注件数', '景気'],
    ['他部署の予算削減による解約数', '他部署'],
    ['市況に連動した受注額', '市況'],
    ['天候による来店数', '天候'],
    ['為替差益を含む売上', '為替'],
    ['Deals won as the economy recovers', 'economy'],
    ['Orders from the market upturn', 'market'],
    ['Sales at a weak exchange rate', 'exchange rate'],
    ['Churn from other departments cutting budgets', 'other departments'],
    ['Umbrellas sold in rainy weather', 'weather'],
  ])('%s → %s', (name, word) => {
    expect(findOutsideFactor(name)).toBe(word);
  });

  it.each(['受注件数', '競合に勝った商談数', '市場調査のヒアリング数', 'Deals won against competitors', 'Market research interviews', 'Marketing qualified leads', 'Go-to-market launches', 'Proposals accepted'])(
    '%s is the team\'s own result',
    (name) => {
      expect(findOutsideFactor(name)).toBeUndefined();
    },
  );

  it('have both languages', () => {
    expect(OUTSIDE_FACTOR_WORDS.ja.length).toBeGreaterThan(5);
    expect(OUTSIDE_FACTOR_WORDS.en.length).toBeGreaterThan(5);
  });
});

describe('outcomes that need the customer (kdi-needs-response)', () => {
  it.each([
    ['商談数', '商談', 'アポ打診の架電・メール数'],
    ['アポ獲得数', 'アポ', 'アポ打診の架電・メール数'],
    ['受注件数', '受注', '提案書の提出数'],
    ['新規成約数', '成約', '提案書の提出数'],
    ['紹介獲得数', '紹介', '紹介の依頼数'],
    ['リード獲得数', '獲得', 'アプローチ数（架電・訪問・メール）'],
    ['Sales meetings held', 'meetings', 'calls and emails asking for a meeting'],
    ['Deals won', 'Deals', 'proposals sent'],
    ['Appointments set', 'Appointments', 'calls and emails asking for a meeting'],
    ['Replies received', 'Replies', 'messages sent'],
  ])('%s → %s, suggesting %s', (name, word, activity) => {
    const found = findResponseOutcome(name);
    expect(found?.word).toBe(word);
    const lang = /[A-Za-z]/.test(activity) ? 'en' : 'ja';
    expect(found && t(lang, found.activity)).toBe(activity);
  });

  it.each(['架電数', 'アポ打診の架電数', '提案書の提出数', '商談録音のレビュー回数', '契約書の送付数', 'Calls made', 'Calls to book meetings', 'Proposals sent', 'Customer success reviews held', 'Regular visits'])(
    '%s is an activity',
    (name) => {
      expect(findResponseOutcome(name)).toBeUndefined();
    },
  );

  it('name an activity for every outcome, in both languages', () => {
    for (const o of RESPONSE_OUTCOMES) {
      expect(o.ja.length + o.en.length).toBeGreaterThan(0);
      expect(t('ja', o.activity)).not.toBe(t('en', o.activity));
    }
  });
});
