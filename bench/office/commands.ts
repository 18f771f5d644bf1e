/**
 * The add-in's commands as they reach Excel: every host call each one makes. `build`
 * writes (one call); `check` and `review` read the workbook back first, then write (two
 * calls, each its own `Excel.run`).
 */
import type { IsoDate } from '../../src/core/brand';
import type { Lang } from '../../src/core/i18n';
import type { WorkbookHost } from '../../src/hosts/port';
import { buildSpec, checkSpec, reviewSpec } from '../pipeline';
import type { Command } from '../results';

export interface CommandInput {
  readonly planText: string;
  readonly lang: Lang;
  readonly week: string;
  readonly generatedOn: IsoDate;
}

export async function runCommand(command: Command, host: WorkbookHost, input: CommandInput): Promise<void> {
  switch (command) {
    case 'build':
      await host.apply(buildSpec(input.planText, input.lang));
      return;
    case 'check':
      await host.apply(checkSpec(await host.read(), input.lang));
      return;
    case 'review':
      await host.apply(reviewSpec(await host.read(), input.lang, input));
      return;
  }
}
