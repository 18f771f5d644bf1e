import type { Lang } from '../core/i18n';

/** Where a command writes; tests pass their own to capture output. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
  env: process.env,
};

/** The user's language from the environment (LC_ALL, LC_MESSAGES, LANG), Japanese or English. */
export function systemLang(env: Io['env']): Lang {
  const value = env.KPI_TREE_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
