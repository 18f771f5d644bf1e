import type { AppContext } from '../app/context';
import type { Lang } from '../core/i18n';
import type { WorkbookHost } from '../hosts/port';
import type { Io } from './io';
import type { CliOptions } from './options';

/** What every `kpi-tree` command runs with. */
export interface CliContext {
  readonly options: CliOptions;
  readonly io: Io;
  /** The command line as typed (`kpi-tree sync w.xlsx`): what a lock says about who holds it. */
  readonly command: string;
  /** The language of messages about nothing in particular: `--lang`, else the system's. */
  readonly lang: Lang;
  /** The language of messages about a plan or workbook that speaks `about`: `--lang`, else its own, else the system's. */
  speak(about: Lang | undefined): Lang;
  /** The application context for a workbook opened by the command. */
  app(host: WorkbookHost): AppContext;
}
