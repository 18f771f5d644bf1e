import type { AppContext } from '../app/context';
import type { Lang } from '../core/i18n';
import type { WorkbookHost } from '../hosts/port';
import type { Io } from './io';
import type { CliOptions } from './options';

/** What every `kpi-tree` command runs with. */
export interface CliContext {
  readonly options: CliOptions;
  readonly io: Io;
  /** The language of the messages: `--lang`, else the system's. */
  readonly lang: Lang;
  /** The application context for a workbook opened by the command. */
  app(host: WorkbookHost): AppContext;
}
