/**
 * Webpack loader for `@holiday-jp/holiday_jp/lib/holidays.js` (webpack.config.js): the
 * same table of Japanese national holidays, written compactly for the task pane's first
 * view. The package spells every holiday out as an object literal (169 KB minified); this
 * writes each year as a string of `MMDD` + a name's index, and builds the very same objects
 * when the module loads (3 KB gzip instead of 12 KB). tests/unit/pages.test.ts holds the
 * two tables equal.
 */
const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The module's source for a table `{ 'YYYY-MM-DD': { date, week, week_en, name, name_en } }`. */
function compactHolidaySource(table) {
  const names = [];
  const index = new Map();
  const years = {};
  for (const h of Object.values(table)) {
    const day = new Date(`${h.date}T00:00:00Z`).getUTCDay();
    if (h.week !== WEEKDAYS[day] || h.week_en !== WEEKDAYS_EN[day])
      throw new Error(`compactHolidays: ${h.date} is a ${h.week_en} in the table, not a ${WEEKDAYS_EN[day]}`);
    const key = `${h.name}\u0000${h.name_en}`;
    if (!index.has(key)) {
      index.set(key, names.length);
      names.push([h.name, h.name_en]);
    }
    const year = h.date.slice(0, 4);
    years[year] =
      `${years[year] ?? ''}${h.date.slice(5, 7)}${h.date.slice(8, 10)}${index.get(key).toString(36)},`;
  }
  return `"use strict";
const names = ${JSON.stringify(names)};
const years = ${JSON.stringify(years)};
const week = ${JSON.stringify(WEEKDAYS)};
const weekEn = ${JSON.stringify(WEEKDAYS_EN)};
const holidays = {};
for (const year of Object.keys(years)) {
  for (const entry of years[year].split(",")) {
    if (entry === "") continue;
    const date = year + "-" + entry.slice(0, 2) + "-" + entry.slice(2, 4);
    const name = names[parseInt(entry.slice(4), 36)];
    const day = new Date(date + "T00:00:00Z").getUTCDay();
    holidays[date] = { date, week: week[day], week_en: weekEn[day], name: name[0], name_en: name[1] };
  }
}
module.exports = holidays;
`;
}

module.exports = function compactHolidays() {
  // The table as the package builds it (its own module, loaded in Node at build time).
  delete require.cache[this.resourcePath];
  return compactHolidaySource(require(this.resourcePath));
};
module.exports.compactHolidaySource = compactHolidaySource;
