/**
 * A member's block of a team's review tab follows the member, not the name in its header:
 * renamed on the member sheet, the block is relabelled and keeps what was typed and its
 * place in the team's sum; someone who has left the team keeps their block, headed as a
 * former member's, and what they typed still counts in the team's actual.
 */
import { renderFormula } from '../../../src/core/formula';
import { a1 } from '../../../src/core/layout/a1';
import type { Lang } from '../../../src/core/i18n';
import type { Cell, SheetSpec, WorkbookSpec } from '../../../src/core/layout/spec';
import type { SheetData } from '../../../src/core/reader/workbookData';
import { readReviewTab, type ReviewSheets } from '../../../src/core/review';
import { matchMemberHeader, memberHeader } from '../../../src/core/review/memberHeaders';
import { readBack } from '../../support/specReadBack';
import { cellText, reviewTabOf, reviewW50, TEAM_TEXT } from '../../support/teamReview';

const TEAM = TEAM_TEXT;
/** Renamed twice: the second time the header no longer names the member's id either. */
const NAMES: Record<Lang, { yamada: string; renamed: readonly string[]; sato: string; suzuki: string }> = {
  ja: { yamada: '山田', renamed: ['山田太郎', '山田 太郎（営業1課）'], sato: '佐藤', suzuki: '鈴木' },
  en: { yamada: 'Yamada', renamed: ['Taro Yamada', 'T. Yamada-Ito'], sato: 'Sato', suzuki: 'Suzuki' },
};

function review(text: string, lang: Lang, data: { spec: WorkbookSpec; sheet: SheetData } | null = null): ReviewSheets {
  return reviewW50(text, lang, data ? [data.sheet] : [], data ? data.spec.names : []);
}

const tabOf = reviewTabOf;
const text = cellText;
const HEADER = 15;

/** The team's actual cell of a row: the formula over the members' cells. */
const teamCell = (tab: SheetSpec, row: number): Cell | null | undefined =>
  tab.rows[row].find((c) => c?.f !== undefined && renderFormula(c.f).startsWith('IF(OR(ISNUMBER('));

describe('a member block of a review tab follows the member', () => {
  it.each(['ja', 'en'] as const)(
    '%s: renamed on the member sheet, the block is relabelled, keeps what was typed and still counts',
    (lang) => {
      const who = NAMES[lang];
      const first = tabOf(review(TEAM[lang], lang).spec);
      const col = first.rows[HEADER].findIndex((c) => text(c) === memberHeader(lang, 'actual', who.yamada));
      const satoCol = first.rows[HEADER].findIndex((c) => text(c) === memberHeader(lang, 'actual', who.sato));
      const contracts = first.rows.findIndex((r) => text(r[0]) === 'contracts');
      let sheet = readBack(first, (rows) => {
        rows[contracts][col] = { value: 3 };
        rows[contracts][satoCol] = { value: 2 };
      });
      let spec = review(TEAM[lang], lang).spec;
      for (const name of who.renamed) {
        const renamed = TEAM[lang].replace(`name: ${who.yamada},`, `name: ${name},`);
        expect(renamed).not.toBe(TEAM[lang]);
        const again = review(renamed, lang, { spec, sheet });
        const tab = tabOf(again.spec);
        expect(text(tab.rows[HEADER][col])).toBe(memberHeader(lang, 'actual', name));
        expect(text(tab.rows[HEADER][col - 1])).toBe(memberHeader(lang, 'target', name));
        expect(tab.rows[contracts][col]?.v).toBe(3);
        // No second block for the new name, no orphan for the old one.
        const actuals = tab.rows[HEADER].map(text).filter((h) => matchMemberHeader(h)?.kind === 'actual');
        expect(actuals).toEqual([name, who.sato, who.suzuki].map((n) => memberHeader(lang, 'actual', n)));
        expect(teamCell(tab, contracts)?.result).toBe(5);
        spec = again.spec;
        sheet = readBack(tab);
      }
    },
  );

  it.each(['ja', 'en'] as const)(
    "%s: a member who left keeps their block as a former member's, and what they typed counts in the team's actual",
    (lang) => {
      const who = NAMES[lang];
      const first = tabOf(review(TEAM[lang], lang).spec);
      const suzukiCol = first.rows[HEADER].findIndex(
        (c) => text(c) === memberHeader(lang, 'actual', who.suzuki),
      );
      const satoCol = first.rows[HEADER].findIndex((c) => text(c) === memberHeader(lang, 'actual', who.sato));
      const contracts = first.rows.findIndex((r) => text(r[0]) === 'contracts');
      const sheet = readBack(first, (rows) => {
        rows[contracts][suzukiCol] = { value: 4 };
        rows[contracts][satoCol] = { value: 2 };
      });
      const without = TEAM[lang].replace(/^ {2}- \{ id: suzuki.*\n/m, '');
      expect(without).not.toBe(TEAM[lang]);
      const spec = review(TEAM[lang], lang).spec;
      const tab = tabOf(review(without, lang, { spec, sheet }).spec);
      expect(text(tab.rows[HEADER][suzukiCol])).toBe(memberHeader(lang, 'actual', who.suzuki, true));
      expect(memberHeader(lang, 'actual', who.suzuki, true)).toBe(
        lang === 'ja' ? '鈴木（退任）：実績' : 'Suzuki (former): actual',
      );
      expect(tab.rows[contracts][suzukiCol]?.v).toBe(4);
      expect(teamCell(tab, contracts)?.result).toBe(6);
      expect(renderFormula(teamCell(tab, contracts)?.f as never)).toContain(a1(contracts + 1, suzukiCol + 1));

      // Read back and refreshed again, the former member's block stays one block and still counts.
      const read = readReviewTab(readBack(tab));
      const found = read.shape.memberColumns.filter((m) => m.who === who.suzuki);
      expect(found.map((m) => m.former)).toEqual([true, true, true, true]);
      const twice = tabOf(review(without, lang, { spec, sheet: readBack(tab) }).spec);
      expect(text(twice.rows[HEADER][suzukiCol])).toBe(memberHeader(lang, 'actual', who.suzuki, true));
      expect(twice.rows[contracts][suzukiCol]?.v).toBe(4);
      expect(teamCell(twice, contracts)?.result).toBe(6);
    },
  );

  it.each(['ja', 'en'] as const)(
    "%s: a colleague's own column that only reads like a member's stays theirs: not relabelled, not summed, nothing added beside it",
    (lang) => {
      const who = NAMES[lang];
      const own = lang === 'ja' ? '前年：実績' : 'Last year: actual';
      const first = tabOf(review(TEAM[lang], lang).spec);
      const satoCol = first.rows[HEADER].findIndex((c) => text(c) === memberHeader(lang, 'actual', who.sato));
      const contracts = first.rows.findIndex((r) => text(r[0]) === 'contracts');
      const width = Math.max(...first.rows.map((r) => r.length));
      const sheet = readBack(first, (rows) => {
        rows[HEADER][width] = { value: own };
        rows[contracts][width] = { value: 9 };
        rows[contracts][satoCol] = { value: 2 };
      });
      const read = readReviewTab(sheet);
      expect(read.shape.memberColumns.some((m) => m.col === width + 1)).toBe(false);
      expect(read.shape.otherColumns).toContain(width + 1);
      const tab = tabOf(review(TEAM[lang], lang, { spec: review(TEAM[lang], lang).spec, sheet }).spec);
      expect(text(tab.rows[HEADER][width])).toBe(own);
      expect(tab.rows[contracts][width]?.v).toBe(9);
      expect(Math.max(...tab.rows.map((r) => r.length))).toBe(width + 1);
      expect(teamCell(tab, contracts)?.result).toBe(2);
      expect(renderFormula(teamCell(tab, contracts)?.f as never)).not.toContain(a1(contracts + 1, width + 1));
    },
  );
});
