import type { Lang } from '../core/i18n';

/** The options of a `kpi-tree` command line, parsed and checked. */
export interface CliOptions {
  readonly out?: string;
  /** `--lang`: the language asked for explicitly (messages, and the sheets of what is written). */
  readonly lang?: Lang;
  readonly format: 'text' | 'json';
  readonly week?: string;
  readonly fix: boolean;
  /** `review --close` / `--reopen`. */
  readonly close: boolean;
  readonly reopen: boolean;
  /** `oneonone --member ID`: the member, by id or name. */
  readonly member?: string;
  /** `calibrate --apply`: write the proposals; `--all`: the untrusted ones too. */
  readonly apply: boolean;
  readonly all: boolean;
}
