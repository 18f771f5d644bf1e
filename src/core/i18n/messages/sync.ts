import { defineMessages } from '../define';

/** Messages of a rebuild in place: what it had to do differently, and why. */
export const syncMessages = defineMessages({
  'sync.sheetTaken': {
    en: 'A sheet of yours is called "{wanted}": KPI Tree writes its sheet to "{actual}" instead',
    ja: 'あなたのシート「{wanted}」と名前が重なるため、KPI Tree のシートは「{actual}」に書き込みます',
  },
  'sync.sheetNameInvalid': {
    en: 'Excel cannot name a sheet "{wanted}" (at most 31 characters, none of [ ] : * ? / \\): it is written as "{actual}"',
    ja: 'Excel ではシート名「{wanted}」を使えないため（31文字以内、「[ ] : * ? / \\」は使用不可）、「{actual}」として書き込みます',
  },
});
