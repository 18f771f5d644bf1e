import { findUncontrollableWord, findVagueWord, VAGUE_WORDS, UNCONTROLLABLE_WORDS } from '../../../src/core/rules';

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
