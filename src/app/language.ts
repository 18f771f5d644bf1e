import type { Lang } from '../core/i18n';

/**
 * The language a workbook's sheets are written in, decided in one place for every door:
 * what the person asked for explicitly (the CLI's `--lang`), else the language the
 * workbook already speaks (a team's workbook keeps its language whoever runs the
 * command), else the plan's `lang`, else the person's own language.
 */
export function sheetsLanguage(choice: {
  readonly explicit?: Lang;
  readonly workbook?: Lang;
  readonly plan?: Lang;
  readonly person: Lang;
}): Lang {
  return choice.explicit ?? choice.workbook ?? choice.plan ?? choice.person;
}
