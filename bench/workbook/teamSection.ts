/**
 * The workbook a sales team keeps (issue 17): ten members with thirty nodes each, a year
 * of weekly reviews, most weeks closed, a 1on1 tab per member and month. What exists of it
 * is measured; what is not built yet is reported as such (null in results.json):
 *
 * - members do not exist yet: the team is modelled as today's closest equivalent, one plan
 *   of members × nodes-per-member nodes (the realistic plan: teams, owners, a funnel each);
 * - every week but the last four is closed (`closedWeeks.ts`), as the team would have;
 * - 1on1 tabs do not exist yet: none written.
 *
 * Build time is the whole year made in memory through the core and the ExcelJS host, as
 * the CLI would (tree, then 52 review tabs with actuals typed between them); then the file
 * is written, weighed and recalculated as part 3's workbook is.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Section } from '../section';
import { grouped } from '../table';
import { tenth, timed } from '../timing';
import { closeReviewedWeeks, OPEN_WEEKS } from './closedWeeks';
import { measureFile } from './measureFile';
import { countsOf, fileTable, hundredth, TARGET_RATIO_CLOSED } from './section';
import { buildYearWorkbook } from './yearOfReviews';

/** 1on1 tabs are not built yet (the team issue builds them). */
const ONE_ON_ONE_TABS: number | null = null;

export const teamSection: Section<'team'> = {
  key: 'team',
  async measure(options) {
    const { members, nodesPerMember, weeklyTabs, recalcRuns, writeRuns } = options.team;
    const nodes = members * nodesPerMember;
    const log = options.log;
    await mkdir(options.scratchDir, { recursive: true });
    const dir = await mkdtemp(path.join(options.scratchDir, 'team-'));
    try {
      log(
        `team: ${members} members × ${nodesPerMember} nodes as one ${nodes}-node plan, ${weeklyTabs} weekly tabs`,
      );
      const built = timed(() => buildYearWorkbook(nodes, weeklyTabs, 'ja', () => undefined));
      const year = built.value;
      const closedWeeks = await closeReviewedWeeks(year.workbook, year.weeks.slice(0, -OPEN_WEEKS));
      const f = await measureFile(year.workbook, {
        name: `team-${members}x${nodesPerMember}-${weeklyTabs}-weeks`,
        dir,
        writeRuns,
        recalcRuns,
        byPart: false,
        log: (line) => log(`team: ${line}`),
      });
      const figures = {
        members,
        nodesPerMember,
        modelledAs: `one ${nodes}-node plan (members are not built yet)`,
        nodes,
        weeklyTabs,
        closedWeeks,
        oneOnOneTabs: ONE_ON_ONE_TABS,
        buildMs: tenth(built.ms),
        writeMs: tenth(f.writeMs),
        bytes: f.bytes,
        recalcMs: tenth(f.recalcMs),
        recalcRatio: hundredth(f.recalcMs / f.valuesMs),
        ...countsOf(f),
      };
      const pending = [
        'members: modelled as one plan',
        `${closedWeeks} of ${weeklyTabs} weeks closed (all but the last ${OPEN_WEEKS}; target ratio < ${TARGET_RATIO_CLOSED})`,
        ONE_ON_ONE_TABS === null ? `1on1 tabs (12 a member): NOT BUILT YET, none in the file` : '',
      ].filter((p) => p !== '');
      const table = fileTable(
        `Team workbook (${members} members × ${nodesPerMember} nodes = ${grouped(nodes)} nodes as one plan, ${weeklyTabs} weekly tabs, ${year.workbook.worksheets.length} sheets); built in ${grouped(built.ms)} ms`,
        f,
        'what is not built yet',
        pending.join('; '),
      );
      return { figures, tables: [table] };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
