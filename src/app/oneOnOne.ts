import type { Lang } from '../core/i18n';
import { readWorkbook, type ReadWorkbookResult } from '../core/reader/readWorkbook';
import { oneOnOneSpec } from '../core/review/oneOnOneSpec';
import type { ApplyReport } from '../hosts/port';
import { notATree, readAnalysis } from './analysis';
import type { AppContext, WriteOptions } from './context';
import { OperationError } from './errors';
import { defaultWeek } from './review';

export interface OneOnOneOptions extends WriteOptions {
  /** The member: their id (`yamada`) or their name (`山田`). */
  readonly member: string;
  /** The ISO week (`2026-W50`); by default this week, or the plan's week nearest today. */
  readonly week?: string;
  /** The sheets' language asked for explicitly (the CLI's `--lang`); by default the workbook's. */
  readonly sheetsLang?: Lang;
}

export interface OneOnOneWritten {
  readonly sheet: string;
  readonly week: string;
  /** The member's id and name. */
  readonly member: { readonly id: string; readonly name: string };
  /** True when the member's week had a tab already, refreshed in place with everything typed kept. */
  readonly existed: boolean;
  readonly report: ApplyReport;
  /** The language of the workbook's sheets. */
  readonly lang: Lang;
}

/**
 * Writes (or refreshes) a member's 1on1 tab for a week and shows it: their KPI status
 * against their own targets, last week's commitment and what came of it, their open
 * actions and completion rate, the agenda and the actions decided there, which the week's
 * review tab takes into its action table (owner: the member) when it is next written.
 * Everything typed in the tab is kept. Refused, with nothing written, for a workbook
 * without a tree or with a damaged one, without members, for an unknown member and for a
 * week outside the plan's month.
 */
export async function writeOneOnOne(ctx: AppContext, options: OneOnOneOptions): Promise<OneOnOneWritten> {
  const generatedOn = ctx.today();
  const { result, report } = await ctx.host.update<Omit<OneOnOneWritten, 'report'> | OperationError>(
    (data) => {
      const read = readWorkbook(data, ctx.lang);
      if (read.model === null) return { spec: null, result: notATree(read.problems, read.lang) };
      const model = read.model as NonNullable<ReadWorkbookResult['model']>;
      const lang = options.sheetsLang ?? read.lang;
      const week = options.week ?? defaultWeek(model, read.locate, generatedOn);
      const made = oneOnOneSpec({
        model,
        problems: read.problems,
        locate: read.locate,
        data,
        lang,
        member: options.member,
        week,
        generatedOn,
      });
      if ('key' in made) {
        const field = made.key === 'oneonone.unknownMember' ? { field: 'member' } : {};
        return { spec: null, result: OperationError.of(made, field, read.lang) };
      }
      return {
        spec: made.spec,
        result: {
          sheet: made.sheetName,
          week: made.week,
          member: { id: made.member.id, name: made.member.name },
          existed: made.existed,
          lang,
        },
        select: { sheet: made.sheetName, address: 'A1' },
      };
    },
    options.onProgress,
  );
  if (result instanceof OperationError) throw result;
  if (report === null) throw new Error('The 1on1 tab was planned but not written.');
  return { ...result, report };
}

/**
 * The week's 1on1 tab for every member of the team, written (or refreshed, keeping what
 * was typed) one member after another: the ribbon's door, which has no place to choose a
 * member. A workbook without members, or without a tree, is refused as for one member.
 */
export async function writeTeamOneOnOnes(
  ctx: AppContext,
  options: WriteOptions & { readonly week?: string } = {},
): Promise<OneOnOneWritten[]> {
  const members = (await readAnalysis(ctx)).model?.members ?? [];
  // No member to name: the single-member operation gives the refusal (no tree, damaged tree, no members).
  if (members.length === 0) return [await writeOneOnOne(ctx, { ...options, member: '' })];
  const written: OneOnOneWritten[] = [];
  for (const m of members) written.push(await writeOneOnOne(ctx, { ...options, member: m.id }));
  return written;
}
