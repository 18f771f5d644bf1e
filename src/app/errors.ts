import type { Lang, LocalizedText } from '../core/i18n';
import type { Problem } from '../core/model/problem';

/**
 * An operation that could not be carried out because of what the plan, the workbook or
 * the person asked (not because Excel or the file system failed): the problems say what
 * and where — field, node, line or cell — in either language. Nothing was written.
 * The CLI exits 2 with one line per problem; the pane and the ribbon show them.
 */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  constructor(
    readonly problems: readonly Problem[],
    /** The language of the plan or workbook the problems are about, when known: the CLI reports in it. */
    readonly lang?: Lang,
  ) {
    super(problems.map((p) => p.message.key).join(', '));
  }

  /** One message, located where it can be. */
  static of(
    message: LocalizedText,
    where: Partial<Pick<Problem, 'field' | 'cell' | 'line' | 'node'>> = {},
    lang?: Lang,
  ): OperationError {
    return new OperationError([{ code: 'refused', severity: 'error', message, ...where }], lang);
  }

  /** The errors among `problems` (warnings are not a reason to refuse). */
  static ofErrors(problems: readonly Problem[], lang?: Lang): OperationError {
    return new OperationError(
      problems.filter((p) => p.severity === 'error'),
      lang,
    );
  }
}
