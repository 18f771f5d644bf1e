import type { LocalizedText } from '../core/i18n';
import type { Problem } from '../core/model/problem';

/**
 * A command that could not be carried out because of what the workbook or the form
 * says (not because Excel failed): the problems say what and where, in either language.
 * Nothing was written.
 */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(readonly problems: readonly Pick<Problem, 'message' | 'cell' | 'field'>[]) {
    super(problems.map((p) => p.message.key).join(', '));
  }

  static of(message: LocalizedText): CommandError {
    return new CommandError([{ message }]);
  }
}
