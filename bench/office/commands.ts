/**
 * The add-in's commands as they reach Excel: the operations the task pane and the ribbon
 * run (`src/commands/operations.ts`). `build` fills a workbook from a plan; `check`
 * (Run checks) and `review` read the workbook back and write in the same Excel.run.
 */
import { buildTree, refreshWorkbook } from '../../src/app/build';
import { writeReview } from '../../src/app/review';
import type { IsoDate } from '../../src/core/brand';
import type { Lang } from '../../src/core/i18n';
import { loadPlanText } from '../../src/core/model/parsePlan';
import type { WorkbookHost } from '../../src/hosts/port';
import { BenchInputError } from '../pipeline';
import type { Command } from '../results';
import { appOn } from '../../tests/support/app';

export interface CommandInput {
  readonly planText: string;
  readonly lang: Lang;
  readonly week: string;
  readonly generatedOn: IsoDate;
}

export async function runCommand(command: Command, host: WorkbookHost, input: CommandInput): Promise<void> {
  switch (command) {
    case 'build': {
      const loaded = loadPlanText(input.planText, 'yaml');
      if (loaded.model === null) throw new BenchInputError(`plan did not load: ${JSON.stringify(loaded.problems)}`);
      await buildTree(appOn(host, input.lang), { model: loaded.model });
      return;
    }
    case 'check':
      await refreshWorkbook(appOn(host, input.lang));
      return;
    case 'review':
      await writeReview(appOn(host, input.lang, input.generatedOn), { week: input.week });
      return;
  }
}
