import type { Lang } from './define';
import { commonMessages } from './messages/common';
import { formulaMessages } from './messages/formula';
import { planMessages } from './messages/plan';
import { calendarMessages } from './messages/calendar';
import { sheetMessages } from './messages/sheet';
import { cliMessages } from './messages/cli';
import { fileMessages } from './messages/file';
import { rulesMessages } from './messages/rules';
import { ruleTitleMessages } from './messages/ruleTitles';
import { readerMessages } from './messages/reader';
import { reviewMessages } from './messages/review';
import { paneMessages } from './messages/pane';
import { syncMessages } from './messages/sync';
import { printMessages } from './messages/print';
import { memberMessages } from './messages/members';
import { milestoneMessages } from './messages/milestones';
import { oneOnOneMessages } from './messages/oneOnOne';
import { rateMessages } from './messages/rates';
import { gapMessages } from './messages/gap';
import { calibrateMessages } from './messages/calibrate';

export type { Lang, Message } from './define';
export { LANGS } from './define';

/** The one catalog: every key the product may show, in Japanese and English. */
export const messages = {
  ...commonMessages,
  ...formulaMessages,
  ...planMessages,
  ...calendarMessages,
  ...sheetMessages,
  ...cliMessages,
  ...fileMessages,
  ...readerMessages,
  ...reviewMessages,
  ...syncMessages,
  ...printMessages,
  ...rulesMessages,
  ...ruleTitleMessages,
  ...paneMessages,
  ...memberMessages,
  ...milestoneMessages,
  ...oneOnOneMessages,
  ...rateMessages,
  ...gapMessages,
  ...calibrateMessages,
};

export type MessageKey = keyof typeof messages;
/** A parameter is a value, or a nested message rendered in the same language. */
export type MessageParam = string | number | LocalizedText;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message to show later, in whichever language the reader wants. */
export interface LocalizedText {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** Translates a key; `{name}` placeholders are replaced by `params[name]`. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = messages[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole: string, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    return typeof value === 'object' ? t(lang, value.key, value.params) : String(value);
  });
}

export function render(lang: Lang, text: LocalizedText): string {
  return t(lang, text.key, text.params);
}

/** Parses a language option; anything that is not Japanese falls back to English. */
export function toLang(value: string | undefined | null): Lang {
  return value && value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
