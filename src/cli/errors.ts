import type { LocalizedText } from '../core/i18n';
import type { Problem } from '../core/model/problem';

/** Bad input: the command exits 2 with these problems, and nothing is written. */
export class InputError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => p.message.key).join(', '));
    this.name = 'InputError';
  }

  static of(message: LocalizedText, where: Partial<Pick<Problem, 'field' | 'cell' | 'line'>> = {}): InputError {
    return new InputError([{ code: 'file-unreadable', severity: 'error', message, ...where }]);
  }
}
