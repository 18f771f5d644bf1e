import type { Lang } from '../i18n';

/**
 * The language a plan file declares (`lang: ja`), read from its text so that even a plan
 * too broken to parse is reported in its own language.
 */
export function declaredLanguage(text: string): Lang | undefined {
  const found = /^\s*"?lang"?\s*:\s*["']?(ja|en)["']?\s*(?:[,#}]|$)/m.exec(text);
  return found ? (found[1] as Lang) : undefined;
}
