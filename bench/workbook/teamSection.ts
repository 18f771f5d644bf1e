/**
 * The workbook a sales team keeps (issue 17): one plan of `nodesPerMember` nodes handed
 * out to `members` members (`members:`, shares adding up to the whole goal), a year of
 * weekly review tabs with every week but the last four closed (`closedWeeks.ts`), and a
 * 1on1 tab a member and month, in the member's own week (`oneOnOneTabs.ts`).
 *
 * Build time is the whole year made in memory through the core and the ExcelJS host, as
 * the CLI makes it (tree, then the review tabs with actuals typed between them and the
 * 1on1 tabs of each week after its review); closing the weeks is not in it. Then the file
 * is written, weighed and recalculated as part 3's workbook is.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { findOneOnOneTabs } from '../../src/core/review/oneOnOneRead';
import { readWorkbookData } from '../../src/hosts/xlsx/readData';
import { BenchInputError } from '../pipeline';
import { teamMembers, teamPlanText } from '../plans';
import type { Section } from '../section';
import { grouped } from '../table';
import { tenth, timed } from '../timing';
import { closeReviewedWeeks, OPEN_WEEKS } from './closedWeeks';
import { measureFile } from './measureFile';
import { oneOnOneWriter } from './oneOnOneTabs';
import { reviewWeeks } from './reviewWeeks';
import { countsOf, fileTable, hundredth, TARGET_RATIO_CLOSED } from './section';
import { buildYearWorkbook } from './yearOfReviews';

export const teamSection: Section<'team'> = {
  key: 'team',
  async measure(options) {
    const { members, nodesPerMember, weeklyTabs, recalcRuns, writeRuns } = options.team;
    const nodes = nodesPerMember;
    const log = options.log;
    await mkdir(options.scratchDir, { recursive: true });
    const dir = await mkdtemp(path.join(options.scratchDir, 'team-'));
    try {
      log(`team: ${members} members × ${nodesPerMember} nodes, ${weeklyTabs} weekly tabs, a 1on1 tab a member and month`);
      const oneOnOnes = oneOnOneWriter(reviewWeeks(weeklyTabs), teamMembers(members).map((m) => m.id), 'ja');
      const built = timed(() =>
        buildYearWorkbook(nodes, weeklyTabs, 'ja', (line) => log(`team: ${line}`), {
          plan: (month) => teamPlanText(nodes, members, month),
          afterReview: oneOnOnes.afterReview,
        }),
      );
      const year = built.value;
      const closedWeeks = await closeReviewedWeeks(year.workbook, year.weeks.slice(0, -OPEN_WEEKS));
      // Counted in the file by their identities (the tabs' defined names), as the add-in finds them.
      const oneOnOneTabs = findOneOnOneTabs(readWorkbookData(year.workbook)).length;
      if (oneOnOneTabs !== oneOnOnes.written())
        throw new BenchInputError(`${oneOnOnes.written()} 1on1 tabs written, ${oneOnOneTabs} in the workbook`);
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
        nodes,
        weeklyTabs,
        closedWeeks,
        oneOnOneTabs,
        buildMs: tenth(built.ms),
        writeMs: tenth(f.writeMs),
        bytes: f.bytes,
        recalcMs: tenth(f.recalcMs),
        recalcRatio: hundredth(f.recalcMs / f.valuesMs),
        ...countsOf(f),
      };
      const table = fileTable(
        `Team workbook (${members} members × ${nodesPerMember} nodes, ${weeklyTabs} weekly tabs, ${grouped(oneOnOneTabs)} 1on1 tabs, ${year.workbook.worksheets.length} sheets); built in ${grouped(built.ms)} ms`,
        f,
        'what it holds',
        `${closedWeeks} of ${weeklyTabs} weeks closed (all but the last ${OPEN_WEEKS}; target ratio < ${TARGET_RATIO_CLOSED}); ${grouped(oneOnOneTabs)} 1on1 tabs (one a member and month)`,
      );
      return { figures, tables: [table] };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
