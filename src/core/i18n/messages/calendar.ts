import { defineMessages } from '../define';

/**
 * Calendar messages: problems with months, dates, weeks and holidays, and the labels
 * of the Calendar sheet. Weekday keys are numbered like `weekday()` (1 = Monday), so a
 * caller can write `` `calendar.weekday.${weekday(d)}` ``.
 */
export const calendarMessages = defineMessages({
  'calendar.invalidMonth': {
    en: 'Invalid month "{value}": use YYYY-MM, e.g. 2026-12.',
    ja: '月「{value}」が正しくありません。YYYY-MM 形式（例：2026-12）で指定してください。',
  },
  'calendar.monthOutOfRange': {
    en: 'The month "{value}" is outside what a workbook can hold: use a month from {from} to {to}.',
    ja: '月「{value}」はブックで扱える範囲外です。{from}〜{to} の月を指定してください。',
  },
  'calendar.dateOutOfRange': {
    en: 'The date "{value}" in {field} is outside what a workbook can hold: use a date from {from} to {to}.',
    ja: '{field} の日付「{value}」はブックで扱える範囲外です。{from}〜{to} の日付を指定してください。',
  },
  'calendar.invalidDate': {
    en: 'Invalid date "{value}" in {field}: use YYYY-MM-DD with a real day, e.g. 2026-12-29.',
    ja: '{field} の日付「{value}」が正しくありません。実在する日付を YYYY-MM-DD 形式（例：2026-12-29）で指定してください。',
  },
  'calendar.extraHolidayOutsideMonth': {
    en: 'Company holiday {date} is outside the planned month {month} and is ignored.',
    ja: '会社休日 {date} は対象月 {month} の外にあるため無視します。',
  },
  'calendar.noWorkingDays': {
    en: '{month} has no working days, so targets cannot be split into weeks. Remove some holidays.',
    ja: '{month} に稼働日がないため、目標を週に割り振れません。休日を見直してください。',
  },
  'calendar.holidayDataRange': {
    en: 'Japanese holiday data covers only {from} to {to}; national holidays outside it are not included. Add them as company holidays.',
    ja: '祝日データの対象は {from}〜{to} のみです。範囲外の祝日は含まれないため、会社休日として追加してください。',
  },
  'calendar.invalidIsoWeek': {
    en: 'Invalid ISO week "{value}": use YYYY-Www, e.g. 2026-W49.',
    ja: 'ISO 週「{value}」が正しくありません。「年-W週番号」の形式（例：2026-W49）で指定してください。',
  },
  'calendar.weekday.1': { en: 'Mon', ja: '月' },
  'calendar.weekday.2': { en: 'Tue', ja: '火' },
  'calendar.weekday.3': { en: 'Wed', ja: '水' },
  'calendar.weekday.4': { en: 'Thu', ja: '木' },
  'calendar.weekday.5': { en: 'Fri', ja: '金' },
  'calendar.weekday.6': { en: 'Sat', ja: '土' },
  'calendar.weekday.7': { en: 'Sun', ja: '日' },
  'calendar.label.workingDay': { en: 'Working day', ja: '稼働日' },
  'calendar.label.holiday': { en: 'Holiday', ja: '休日' },
  'calendar.label.week': { en: 'Week', ja: '週' },
  'calendar.label.start': { en: 'Start', ja: '開始' },
  'calendar.label.end': { en: 'End', ja: '終了' },
  'calendar.label.workingDays': { en: 'Working days', ja: '稼働日数' },
  'calendar.label.date': { en: 'Date', ja: '日付' },
  'calendar.label.name': { en: 'Name', ja: '名称' },
  'calendar.holiday.company': { en: 'Company holiday', ja: '会社休日' },
  'calendar.week.heading': { en: 'Week {n} ({from}–{to})', ja: '第{n}週（{from}〜{to}）' },
  'calendar.week.headingOneDay': { en: 'Week {n} ({from})', ja: '第{n}週（{from}）' },
});
