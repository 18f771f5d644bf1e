import { defineMessages } from '../define';

/** Messages about workbooks read back: every one names the sheet or the cell. */
export const readerMessages = defineMessages({
  'reader.noTreeSheet': {
    en: 'This is not a KPI Tree workbook: no sheet "KPI Tree" / "KPIツリー" with ID, Level, Name and Parent columns. Build one with kpi-tree build.',
    ja: 'KPI Tree のブックではありません。ID・区分・名称・親 の列を持つ「KPIツリー」シートがありません。kpi-tree build で作成してください。',
  },
  'reader.treeSheetPartial': {
    en: 'Sheet "{sheet}" holds the KPI tree, but only its first rows could be read. Rename it back to "KPI Tree" (or "KPIツリー"), then try again.',
    ja: 'シート「{sheet}」に KPI ツリーがありますが、先頭の行しか読み込めませんでした。シート名を「KPIツリー」（または「KPI Tree」）に戻してから、もう一度お試しください。',
  },
  'reader.noHeader': {
    en: 'Sheet "{sheet}": the header row was not found (it needs the columns {columns})',
    ja: 'シート「{sheet}」に見出し行が見つかりません（{columns} の列が必要です）',
  },
  'reader.noSettings': {
    en: 'The "Settings" / "設定" sheet is missing or has no month: the planned month is unknown',
    ja: '「設定」シートがないか、対象月（month）がないため、対象月が分かりません',
  },
  'reader.settingsVersion': {
    en: 'Workbook format version {version} is newer than this KPI Tree understands (1)',
    ja: 'ブック形式の版 {version} はこの KPI Tree では読めません（対応しているのは 1）',
  },
  'reader.notNumber': { en: '"{value}" is not a number', ja: '「{value}」は数値ではありません' },
  'reader.ambiguousNumber': {
    en: '"{value}" can be read as two different numbers: type one and a half as 1.5, and thousands with a comma every three digits (1,500)',
    ja: '「{value}」は数値として一通りに読めません。小数は 1.5、桁区切りは 1,500 のように3桁ごとにカンマを入れて入力してください',
  },
  'reader.numberTooLarge': {
    en: '"{value}" is larger than a spreadsheet can hold (at most 9.99E+307)',
    ja: '「{value}」は表計算ソフトで扱える大きさ（最大 9.99E+307）を超えています',
  },
  'reader.holidayListNewMonth': {
    en: 'The month changed from {from} to {to}: the holiday list now holds the national holidays of {to}, and the days off of {from} were taken out',
    ja: '対象月が {from} から {to} に変わったため、休日一覧を {to} の祝日に入れ替えました（{from} の休日は外しました）',
  },
  'reader.notDate': { en: '"{value}" is not a date (YYYY-MM-DD)', ja: '「{value}」は日付（YYYY-MM-DD）ではありません' },
  'reader.notDirection': { en: '"{value}" is not higher or lower', ja: '「{value}」は「高いほど良い」「低いほど良い」のどちらでもありません' },
  'reader.notShare': { en: '"{value}" is not a share such as 0.9 or 90%', ja: '「{value}」は 0.9 や 90% のような割合ではありません' },
  'reader.notBoolean': { en: '"{value}" is not yes or no', ja: '「{value}」は「はい」「いいえ」のどちらでもありません' },
  'reader.notAggregate': {
    en: '"{value}" is not an aggregation: choose sum or average, or leave it blank to infer it from the unit and the name',
    ja: '「{value}」は集計方法ではありません。「合計」か「平均」を選ぶか、空欄にして単位と名称から判断させてください',
  },
  'reader.badLevel': { en: 'Level "{value}" must be KGI, KPI, KDI or KCI', ja: '区分「{value}」は KGI・KPI・KDI・KCI のいずれかにしてください' },
  'reader.missingName': { en: '"{id}" has no name', ja: '「{id}」に名称がありません' },
  'reader.missingId': { en: 'The row has a name but no ID: give it an ID such as new_kpi', ja: '名称はありますが ID がありません。「new_kpi」のような英数字の ID を入力してください' },
  'reader.errorValue': { en: 'The cell shows {error}', ja: 'セルが {error} になっています' },
  'reader.brokenName': {
    en: 'The name {name} points nowhere ({range}); sync recreates it',
    ja: '名前 {name} の参照先がありません（{range}）。同期で作り直します',
  },
  'reader.missingGeneratedName': {
    en: 'The name {name} is missing (or pointed nowhere); sync recreates it',
    ja: '名前 {name} がありません（または参照先がありませんでした）。同期で作り直します',
  },
  'reader.repairedFormula': {
    en: 'The cell shows {error} where KPI Tree writes a formula; sync writes the formula again',
    ja: 'KPI Tree が数式を書くセルが {error} になっています。同期で数式を書き直します',
  },
  'reader.typedOverFormula': {
    en: '"{value}" was typed over a formula of KPI Tree; sync writes the formula again (change the backcast or a hypothesis instead)',
    ja: 'KPI Tree の数式の上に「{value}」が入力されています。同期で数式を書き直すため、変えたいときは逆算式か仮説を変えてください',
  },
  'reader.missingValue': {
    en: 'The hypothesis "{id}" has no value: type a number',
    ja: '仮説「{id}」に値がありません。数値を入力してください',
  },
  'reader.missingHypotheses': {
    en: 'The "Hypotheses" / "仮説" sheet is missing: backcasts that use hypotheses cannot be computed',
    ja: '「仮説」シートがないため、仮説を使う逆算式を計算できません',
  },
});
