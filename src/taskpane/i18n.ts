import { createContext, useCallback, useContext } from 'react';
import { t, type Lang, type MessageKey, type MessageParams } from '../core/i18n';

export interface LangState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: 'en', setLang: () => undefined });

/** The pane's language and a `t` bound to it. */
export function useT(): { lang: Lang; setLang: (l: Lang) => void; tr: (key: MessageKey, params?: MessageParams) => string } {
  const { lang, setLang } = useContext(LangContext);
  const tr = useCallback((key: MessageKey, params?: MessageParams) => t(lang, key, params), [lang]);
  return { lang, setLang, tr };
}

/** Office's display language (`ja-JP`, `en-US`), else the browser's: Japanese or English. */
export function initialLang(displayLanguage: string | undefined, navigatorLanguage: string | undefined): Lang {
  const tag = (displayLanguage || navigatorLanguage || 'en').toLowerCase();
  return tag.startsWith('ja') ? 'ja' : 'en';
}
