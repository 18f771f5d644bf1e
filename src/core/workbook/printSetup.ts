import type { IsoDate } from '../brand';
import { isoWeekStart, parseIsoWeekLabel } from '../calendar';
import { addDays } from '../calendar/date';
import { t, type Lang, type MessageKey, type MessageParams } from '../i18n';
import { CALENDAR } from '../layout/calendarSheet';
import { HISTORY_HEADER_ROW } from '../layout/historySheet';
import { HYPOTHESES } from '../layout/hypothesesSheet';
import { headerText, pageSetupOf, type PrintLayout } from '../layout/pageSetup';
import { ONE_ON_ONE, parseOneOnOneSheetKey } from '../layout/oneOnOneIdentity';
import { REVIEW } from '../layout/reviewColumns';
import type { SheetKey, SheetSpec, WorkbookSpec } from '../layout/spec';
import { TREE, treeColumns } from '../layout/treeColumns';
import { CHECKS } from './checksSheet';
import { MILESTONES } from './milestonesSheet';
import { SETTINGS } from './settingsSheet';

/** What every printed page of the workbook says: the plan, its month, the day the sheets were made. */
export interface PrintContext {
  readonly lang: Lang;
  readonly title: string;
  readonly month: string;
  /** The day the sheets were written; a footer without it names only the page. */
  readonly generatedOn?: IsoDate;
  /** The member a 1on1 tab is for, by name. */
  readonly member?: string;
}

/** Where each of the tool's sheets has its table, and what it is about. */
interface SheetPrint {
  readonly titleRow: number;
  /** The first row repeated with the header row, when headings stand above it. */
  readonly titleFirstRow?: number;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly onePage: boolean;
  /** One page whatever the rows: a sheet of bounded length (a 1on1) shrinks to fit rather than break. */
  readonly alwaysOnePage?: boolean;
  readonly subject: MessageKey;
  readonly params?: MessageParams;
}

/**
 * The sheet's table and subject; undefined for a key the tool does not print. The tree
 * (from its weeks' headings) and the hypotheses print from their header row, without the id column only tools read
 * (the page header names the plan and the month instead of the title rows); a review tab
 * prints whole, as a one-page meeting sheet.
 */
function sheetPrint(key: SheetKey, month: string, member = ''): SheetPrint | undefined {
  switch (key) {
    case 'tree': {
      const { col } = treeColumns(0);
      // The weeks' headings stand above their ISO labels: both print, on every page.
      return {
        titleRow: TREE.headerRow,
        titleFirstRow: TREE.weekHeadingRow,
        firstRow: TREE.weekHeadingRow,
        firstColumn: col.id + 1,
        onePage: false,
        subject: 'print.subject.tree',
        params: { month },
      };
    }
    case 'hypotheses': {
      const row = HYPOTHESES.headerRow;
      return {
        titleRow: row,
        firstRow: row,
        firstColumn: HYPOTHESES.col.id + 1,
        onePage: false,
        subject: 'print.subject.hypotheses',
        params: { month },
      };
    }
    case 'calendar':
      return {
        titleRow: CALENDAR.headerRow,
        firstRow: 1,
        firstColumn: 1,
        onePage: false,
        subject: 'print.subject.calendar',
        params: { month },
      };
    case 'settings':
      return {
        titleRow: SETTINGS.headerRow,
        firstRow: 1,
        firstColumn: 1,
        onePage: false,
        subject: 'print.subject.settings',
      };
    case 'milestones':
      return {
        titleRow: MILESTONES.headerRow,
        firstRow: 1,
        firstColumn: 1,
        onePage: true,
        subject: 'print.subject.milestones',
        params: { month },
      };
    case 'checks':
      return {
        titleRow: CHECKS.headerRow,
        firstRow: 1,
        firstColumn: 1,
        onePage: false,
        subject: 'print.subject.checks',
      };
    case 'history':
      return {
        titleRow: HISTORY_HEADER_ROW,
        firstRow: 1,
        firstColumn: 1,
        onePage: false,
        subject: 'print.subject.history',
      };
    default: {
      const oneOnOne = parseOneOnOneSheetKey(key);
      if (oneOnOne !== null) {
        const parsed = parseIsoWeekLabel(oneOnOne.week);
        if (parsed === null) return undefined;
        const start = isoWeekStart(parsed.year, parsed.week);
        return {
          titleRow: ONE_ON_ONE.statusHeaderRow,
          firstRow: 1,
          firstColumn: ONE_ON_ONE.col.key + 1,
          onePage: true,
          alwaysOnePage: true,
          subject: 'print.subject.oneOnOne',
          params: { member: member || oneOnOne.member, week: oneOnOne.week, start, end: addDays(start, 6) },
        };
      }
      const week = parseIsoWeekLabel(key.replace(/^review:/, ''));
      if (!key.startsWith('review:') || week === null) return undefined;
      const start = isoWeekStart(week.year, week.week);
      return {
        titleRow: REVIEW.headerRow,
        firstRow: 1,
        firstColumn: 1,
        onePage: true,
        subject: 'print.subject.review',
        params: { week: key.slice('review:'.length), start, end: addDays(start, 6) },
      };
    }
  }
}

/**
 * Every sheet of the spec the tool prints, with its page setup: A4 landscape, one page
 * wide over the columns it really has, its header row on every page, a page header with
 * the plan's title and the sheet's subject, a footer with the day it was made and the page.
 */
export function withPageSetup(spec: WorkbookSpec, page: PrintContext): WorkbookSpec {
  const tr = (key: MessageKey, params?: MessageParams): string => t(page.lang, key, params);
  const sheets = spec.sheets.map((sheet): SheetSpec => {
    const print = sheetPrint(sheet.key, page.month, page.member);
    if (print === undefined) return sheet;
    const layout: PrintLayout = {
      titleRow: print.titleRow,
      ...(print.titleFirstRow === undefined ? {} : { titleFirstRow: print.titleFirstRow }),
      firstRow: print.firstRow,
      firstColumn: print.firstColumn,
      onePage: print.onePage,
      header: {
        left: headerText(page.title),
        center: '',
        right: headerText(tr(print.subject, print.params)),
      },
      footer: {
        left:
          page.generatedOn === undefined
            ? ''
            : headerText(tr('print.footer.generated', { date: page.generatedOn })),
        center: '',
        right: tr('print.footer.page'),
      },
    };
    const setup = pageSetupOf(sheet, spec.styles, layout);
    return { ...sheet, pageSetup: print.alwaysOnePage ? { ...setup, fit: { wide: 1, tall: 1 } } : setup };
  });
  return { ...spec, sheets };
}
