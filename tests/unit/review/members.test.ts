/**
 * The member columns of a team's review tab as the core writes and reads them: headed
 * with each member's name in the tab's language, found again by those words after a
 * colleague inserted a column, what each member typed kept on a refresh, the team's
 * actual their sum, and the wider tab still printing one page wide. A tab without members
 * has none of it.
 */
import type { IsoDate } from '../../../src/core/brand';
import { renderFormula } from '../../../src/core/formula';
import type { Lang } from '../../../src/core/i18n';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import type { SheetData } from '../../../src/core/reader/workbookData';
import { readReviewTab, type ReviewSheets } from '../../../src/core/review';
import { matchMemberHeader, memberHeader } from '../../../src/core/review/memberHeaders';
import { memberWeek } from '../../../src/core/review/memberWeek';
import { closeTabsSpec } from '../../../src/core/review/closeTab';
import { readTabs } from '../../../src/core/review/tabsRead';
import { t } from '../../../src/core/i18n';
import { computeTargets } from '../../../src/core/backcast/targets';
import { targetsOfMember } from '../../../src/core/backcast/members';
import { readBack } from '../../support/specReadBack';
import { cellText, reviewTabOf, reviewW50, SOLO_TEXT, TEAM_TEXT } from '../../support/teamReview';

const TEAM = TEAM_TEXT;
const SOLO = SOLO_TEXT;

function review(text: string, lang: Lang, data: ReviewSheets['spec'] | null = null, sheet?: SheetData): ReviewSheets {
  return reviewW50(text, lang, sheet ? [sheet] : [], data ? data.names : []);
}

const tabOf = reviewTabOf;
const text = cellText;

describe('member columns of a review tab', () => {
  it.each(['ja', 'en'] as const)('%s: headers name the member and read back as theirs', (lang) => {
    const header = memberHeader(lang, 'actual', lang === 'ja' ? '山田' : 'Yamada');
    expect(header).toBe(lang === 'ja' ? '山田：実績' : 'Yamada: actual');
    expect(matchMemberHeader(header)).toEqual({ kind: 'actual', who: lang === 'ja' ? '山田' : 'Yamada' });
    expect(matchMemberHeader(lang === 'ja' ? '実績' : 'Actual')).toBeUndefined();
  });

  it.each(['ja', 'en'] as const)(
    '%s: a column inserted before them moves nothing typed; the team actual sums the members; one page wide',
    (lang) => {
      const first = review(TEAM[lang], lang);
      const tab = tabOf(first.spec);
      const header = tab.rows[15];
      const names = lang === 'ja' ? ['山田', '佐藤', '鈴木'] : ['Yamada', 'Sato', 'Suzuki'];
      const actualCols = names.map((n) =>
        header.findIndex((c) => text(c) === memberHeader(lang, 'actual', n)),
      );
      expect(actualCols.every((c) => c > 0)).toBe(true);
      const contracts = tab.rows.findIndex((r) => text(r[0]) === 'contracts');
      // The team's actual is a formula of the members' cells, no longer an input.
      const teamActual =
        tab.rows[contracts][header.findIndex((c) => text(c) === (lang === 'ja' ? '実績' : 'Actual'))];
      expect(teamActual?.input).toBeUndefined();
      expect(renderFormula(teamActual?.f as never)).toContain('SUM(');

      // Yamada and Sato type; a colleague inserts a column at C.
      const data = readBack(tab, (rows) => {
        rows[contracts][actualCols[0]] = { value: 3 };
        rows[contracts][actualCols[1]] = { value: 2 };
        for (const r of rows) r.splice(2, 0, undefined);
        rows[15][2] = { value: 'Memo' };
      });
      const read = readReviewTab(data);
      expect(read.shape.memberColumns.filter((m) => m.kind === 'actual').map((m) => m.col)).toEqual(
        actualCols.map((c) => c + 2),
      );
      // Known by the member id the block's target formulas name, not by the header's name.
      expect(read.memberTyped.get('yamada')?.get('contracts')).toEqual({ actual: 3 });

      const again = review(TEAM[lang], lang, first.spec, data);
      expect(again.existed).toBe(true);
      const refreshed = tabOf(again.spec);
      for (const [i, n] of names.entries())
        expect(text(refreshed.rows[15][actualCols[i] + 1])).toBe(memberHeader(lang, 'actual', n));
      expect(refreshed.rows[contracts][actualCols[0] + 1]?.v).toBe(3);
      expect(refreshed.rows[contracts][actualCols[1] + 1]?.v).toBe(2);
      const refreshedTeam = refreshed.rows[contracts].find(
        (c) => c?.f && renderFormula(c.f).startsWith('IF(OR(ISNUMBER('),
      );
      expect(refreshedTeam?.result).toBe(5);
      // What the team's achievement shows (for readers that do not recalculate) follows the members' sum.
      const col = (word: string): number => refreshed.rows[15].findIndex((c) => text(c) === word);
      const target = refreshed.rows[contracts][col(lang === 'ja' ? '週目標' : 'Weekly target')]?.result;
      expect(refreshed.rows[contracts][col(lang === 'ja' ? '達成率' : 'Achievement')]?.result).toBeCloseTo(
        5 / (target as number),
        9,
      );
      expect(text(refreshed.rows[15][2])).toBe('Memo');

      const fit = refreshed.pageSetup?.fit;
      expect(fit?.wide).toBe(1);
      const lastColumn = Math.max(...refreshed.rows.map((r) => r.length));
      expect(refreshed.pageSetup?.area).toMatch(new RegExp(`:${columnLetters(lastColumn)}\\d+$`));
    },
  );

  it.each(['ja', 'en'] as const)(
    "%s: the pane's member week shows the member's own target, what they typed, and their status",
    (lang) => {
      const loaded = loadPlanText(TEAM[lang], 'yaml');
      if (loaded.model === null) throw new Error('not a plan');
      const model = loaded.model;
      const first = review(TEAM[lang], lang);
      const tab = tabOf(first.spec);
      const sato = lang === 'ja' ? '佐藤' : 'Sato';
      const col = tab.rows[15].findIndex((c) => text(c) === memberHeader(lang, 'actual', sato));
      const calls = tab.rows.findIndex((r) => text(r[0]) === 'calls');
      const data = {
        sheets: [readBack(tab, (rows) => void (rows[calls][col] = { value: 30 }))],
        names: first.spec.names,
      };
      const rows = memberWeek(model, data, '2026-W50', 'sato');
      const backcast = computeTargets(model).backcast;
      const weekIndex = backcast?.calendar.weeks.findIndex((w) => w.label === '2026-W50') ?? -1;
      const expected = backcast?.nodes.find((n) => n.id === 'calls');
      expect(expected).toBeDefined();
      const row = rows.find((r) => r.id === 'calls');
      expect(row?.actual).toBe(30);
      expect(row?.target).toBeGreaterThan(0);
      // Sato's own target, not the team's: the team's is the sum of all three members'.
      expect(row?.target).toBeLessThan(expected?.weekly?.[weekIndex] as number);
      const satoCalls = backcast && targetsOfMember(backcast, 'sato').find((n) => n.id === 'calls');
      expect(row?.target).toBe(satoCalls?.weekly?.[weekIndex]);
      expect(row?.achievement).toBeCloseTo(30 / (row?.target as number), 9);
      expect(row?.status).toBe(
        30 >= (row?.target as number) ? 'achieved' : 30 >= 0.8 * (row?.target as number) ? 'close' : 'missed',
      );
      expect(rows.find((r) => r.id === 'contracts')?.actual).toBeNull();
      expect(memberWeek(model, data, '2026-W50', 'nobody')).toEqual([]);

      // Closed, the member's columns keep those numbers as values; what they typed stays typed.
      const all = readTabs(data);
      const closed = closeTabsSpec(data, lang, all.tabs, '2026-12-14' as IsoDate, model, all).spec.sheets[0];
      const satoCol = (kind: 'target' | 'status'): number =>
        tab.rows[15].findIndex((c) => text(c) === memberHeader(lang, kind, sato));
      expect(closed.rows[calls][satoCol('target')]?.v).toBe(row?.target);
      expect(closed.rows[calls][satoCol('status')]?.v).toBe(
        t(lang, `review.status.${row?.status ?? 'missed'}`),
      );
      expect(closed.rows[calls][col]).toBeFalsy();
    },
  );

  it('a workbook without members has no member columns, and its actual stays an input', () => {
    const tab = tabOf(review(SOLO, 'ja').spec);
    expect(tab.rows[15].some((c) => matchMemberHeader(text(c)) !== undefined)).toBe(false);
    const contracts = tab.rows.findIndex((r) => text(r[0]) === 'contracts');
    expect(tab.rows[contracts][5]?.input).toBe(true);
  });
});

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
