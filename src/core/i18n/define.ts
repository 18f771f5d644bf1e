/** The languages the product speaks, in the pane, in the sheets and in every message. */
export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** One message in both languages. `{name}` placeholders are filled by `t()`. */
export interface Message {
  readonly en: string;
  readonly ja: string;
}

/**
 * Declares a module's messages. Every key carries both languages, so a missing
 * translation is a type error, and `tests/unit/i18n.test.ts` checks placeholders match.
 */
export function defineMessages<K extends string>(messages: Record<K, Message>): Record<K, Message> {
  return messages;
}
