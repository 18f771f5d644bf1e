import { parseArgs } from 'node:util';
import { OperationError } from '../app/errors';
import { localToday } from '../app/today';
import { t, type Lang } from '../core/i18n';
import { runBackcast } from './commands/runBackcast';
import { runBuild } from './commands/runBuild';
import { runCalibrate } from './commands/runCalibrate';
import { runDemo } from './commands/runDemo';
import { runLint } from './commands/runLint';
import { runOneOnOne } from './commands/runOneOnOne';
import { runReview } from './commands/runReview';
import { runSync } from './commands/runSync';
import type { CliContext } from './context';
import { processIo, systemLang, type Io } from './io';
import type { CliOptions } from './options';
import { formatProblem } from './problems';
import { oneLine } from '../core/text/oneLine';

type Command = (positionals: readonly string[], cli: CliContext) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  build: runBuild,
  calibrate: runCalibrate,
  backcast: runBackcast,
  demo: runDemo,
  lint: runLint,
  oneonone: runOneOnOne,
  review: runReview,
  sync: runSync,
};

/**
 * The `kpi-tree` command: a thin door onto the application layer. Each command loads its
 * file into an in-memory host, runs the same operation the pane and the ribbon run, and
 * writes the file back atomically. Exit codes: 0 success, 1 lint found errors, 2 bad
 * input (a message naming the field, row or cell; nothing written).
 */
export async function main(
  argv: readonly string[],
  io: Io = processIo,
  today: () => ReturnType<typeof localToday> = localToday,
): Promise<number> {
  const fallbackLang = systemLang(io.env);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        format: { type: 'string' },
        week: { type: 'string' },
        fix: { type: 'boolean' },
        close: { type: 'boolean' },
        reopen: { type: 'boolean' },
        member: { type: 'string' },
        apply: { type: 'boolean' },
        all: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(t(fallbackLang, 'cli.badOption', { reason: (e as Error).message }));
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.lang !== undefined && values.lang !== 'ja' && values.lang !== 'en') {
    io.err(t(fallbackLang, 'cli.badLang', { value: values.lang }));
    return 2;
  }
  const lang: Lang = (values.lang as Lang | undefined) ?? fallbackLang;
  if (values.help || command === undefined || command === 'help') {
    io.out(t(lang, 'cli.usage'));
    return command === undefined && !values.help ? 2 : 0;
  }
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') {
    io.err(t(lang, 'cli.badFormat', { value: values.format }));
    return 2;
  }
  const run = COMMANDS[command];
  if (run === undefined) {
    io.err(t(lang, 'cli.unknownCommand', { command }));
    return 2;
  }
  const options: CliOptions = {
    out: values.out,
    lang: values.lang as Lang | undefined,
    format: (values.format as 'text' | 'json' | undefined) ?? 'text',
    week: values.week,
    fix: values.fix ?? false,
    close: values.close ?? false,
    reopen: values.reopen ?? false,
    member: values.member,
    apply: values.apply ?? false,
    all: values.all ?? false,
  };
  const cli: CliContext = {
    options,
    io,
    command: ['kpi-tree', ...argv].join(' '),
    lang,
    speak: (about) => options.lang ?? about ?? lang,
    app: (host) => ({ host, lang, today }),
  };
  try {
    return await run(rest, cli);
  } catch (e) {
    if (e instanceof OperationError) {
      // About a plan or a workbook: in its language, unless --lang says otherwise.
      const errorLang = cli.speak(e.lang);
      for (const p of e.problems) io.err(formatProblem(errorLang, p));
      return 2;
    }
    return unexpected(e, lang, io);
  }
}

/**
 * The last resort: what nobody foresaw is one honest line (what broke, that nothing was
 * written, what to do), not a stack trace; KPI_TREE_DEBUG=1 adds the trace.
 */
export function unexpected(e: unknown, lang: Lang, io: Io): number {
  const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  io.err(`kpi-tree: ${t(lang, 'cli.unexpected', { reason: oneLine(reason.split('\n')[0] ?? reason) })}`);
  if (io.env.KPI_TREE_DEBUG === '1' && e instanceof Error && e.stack) io.err(e.stack);
  return 2;
}
