import { messages, t, type Lang, type MessageKey } from '../i18n';

/**
 * A rule's name as people read it (「期限があるか」, "Has a deadline"), from the
 * `rules.name.<id>` catalog; the id itself for a rule the catalog does not know.
 */
export function ruleName(lang: Lang, rule: string): string {
  const key = `rules.name.${rule}`;
  return isMessageKey(key) ? t(lang, key) : rule;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}
