import { defineMessages } from '../define';

/** Messages about plan files and the tree they describe. */
export const planMessages = defineMessages({
  'plan.fileUnreadable': { en: 'Cannot read the file {file}: {reason}', ja: 'ファイル {file} を読み込めません（{reason}）' },
  'plan.unknownFormat': {
    en: 'Unknown file type {file}: use .yaml, .yml, .json or .xlsx',
    ja: '{file} のファイル形式が分かりません。.yaml・.yml・.json・.xlsx のいずれかを指定してください',
  },
  'plan.yamlSyntax': { en: 'YAML syntax error: {reason}', ja: 'YAML の書式に誤りがあります（{reason}）' },
  'plan.yamlAliases': {
    en: 'The YAML expands into far more than a plan holds (its aliases *name repeat each other over and over): write the plan out without nested aliases',
    ja: 'YAML のエイリアス（*名前）が何重にも展開され、プランとして扱える大きさを超えています。エイリアスを重ねずに書き出してください',
  },
  'plan.yamlTooDeep': {
    en: 'The plan is nested far deeper than a plan can be: check the brackets and indentation',
    ja: 'プランの入れ子が深すぎます。括弧やインデントを確認してください',
  },
  'plan.jsonSyntax': { en: 'JSON syntax error: {reason}', ja: 'JSON の書式に誤りがあります（{reason}）' },
  'plan.notAnObject': { en: 'The plan must be a mapping with version, title, month and kpis', ja: 'プランには版（version）・タイトル（title）・対象月（month）・KPI 一覧（kpis）が必要です' },
  'plan.schema.required': { en: 'Required field is missing', ja: '必須の項目がありません' },
  'plan.schema.type': { en: 'Expected {expected}, got {received}', ja: '{expected} を指定してください（実際は {received}）' },
  'plan.schema.unknownKey': { en: 'Unknown field "{key}"', ja: '不明な項目「{key}」です' },
  'plan.schema.enum': { en: 'Must be one of {options}', ja: '{options} のいずれかを指定してください' },
  'plan.schema.version': { en: 'Only plan version 1 is supported', ja: 'プランの版（version）は 1 のみ対応しています' },
  'plan.schema.empty': { en: 'Must not be empty', ja: '空にできません' },
  'plan.schema.positive': { en: 'Must be greater than 0', ja: '0 より大きい値を指定してください' },
  'plan.schema.notFinite': { en: 'Must be a finite number', ja: '有限の数値を指定してください' },
  'plan.schema.other': { en: 'Invalid value: {detail}', ja: '値が正しくありません（{detail}）' },
  'plan.schema.tooLong': {
    en: 'Too long: {length} characters. A spreadsheet cell holds at most {max}, and the rest would be cut off',
    ja: '長すぎます（{length}文字）。セルに入るのは {max} 文字までで、超えた分は切り捨てられてしまいます',
  },
  'plan.idTooLong': {
    en: 'The id "{id}" has {length} characters; use at most {max}, so that the workbook\'s names (T_, D_, W_, H_ and the id) stay within the 255 characters a spreadsheet allows',
    ja: 'ID「{id}」は {length} 文字あります。ブックの名前（T_、D_、W_、H_ と ID）が表計算ソフトの上限 255 文字に収まるよう、ID は {max} 文字以内にしてください',
  },
  'plan.invalidMonth': { en: 'month "{value}" is not a month in the form YYYY-MM', ja: '対象月（month）の「{value}」は YYYY-MM 形式の年月ではありません' },
  'plan.invalidId': {
    en: 'id "{id}" is invalid: use a letter followed by letters, digits or _ (e.g. close_rate)',
    ja: 'ID「{id}」は使えません。英字で始め、英数字と _ だけを使ってください（例：close_rate）',
  },
  'plan.duplicateId': { en: 'id "{id}" is used more than once', ja: 'ID「{id}」が重複しています' },
  'plan.noKgi': { en: 'The tree has no KGI: exactly one node must have level KGI', ja: 'KGI がありません。区分（level）が KGI のノードを 1 つだけ置いてください' },
  'plan.multipleKgi': {
    en: '"{id}" is a second KGI ("{first}" is the first): a tree has exactly one KGI',
    ja: '「{id}」は 2 つ目の KGI です（1 つ目は「{first}」）。KGI は 1 つだけにしてください',
  },
  'plan.kgiParent': { en: 'The KGI "{id}" cannot have a parent ("{parent}")', ja: 'KGI「{id}」に親（「{parent}」）は指定できません' },
  'plan.missingParent': { en: '"{id}" has no parent: every node below the KGI needs one', ja: '「{id}」に親がありません。KGI 以外のノードには親が必要です' },
  'plan.unknownParent': { en: '"{id}": parent "{parent}" does not exist', ja: '「{id}」の親「{parent}」がありません' },
  'plan.cycle': { en: 'The tree has a cycle: {cycle}', ja: 'ツリーが循環しています（{cycle}）' },
  'plan.missingTarget': { en: 'The KGI "{id}" needs a numeric target', ja: 'KGI「{id}」には数値の目標（target）が必要です' },
  'plan.targetNotKgi': {
    en: '"{id}" has a target but is not the KGI or a measured KCI: give it a backcast from its parent instead',
    ja: '「{id}」は KGI でも測定する KCI でもないため、目標（target）は書けません。代わりに親からの逆算式（backcast）を指定してください',
  },
  'plan.kgiBackcast': { en: 'The KGI "{id}" takes a literal target, not a backcast', ja: 'KGI「{id}」には逆算式（backcast）ではなく数値の目標（target）を指定してください' },
  'plan.missingBackcast': {
    en: '"{id}" needs a backcast expression from its parent (e.g. contracts / close_rate)',
    ja: '「{id}」には親からの逆算式（backcast）が必要です（例：contracts / close_rate）',
  },
  'plan.expressionSyntax': { en: '"{id}": backcast "{expression}": {detail}', ja: '「{id}」の逆算式「{expression}」に誤りがあります（{detail}）' },
  'plan.unknownName': {
    en: '"{id}": backcast uses "{name}", which is neither its parent nor a hypothesis',
    ja: '「{id}」の逆算式にある「{name}」は、親でも仮説でもありません',
  },
  'plan.notParentName': {
    en: '"{id}": backcast uses the node "{name}"; only its parent "{parent}" and hypotheses may be used',
    ja: '「{id}」の逆算式でノード「{name}」を使っています。使えるのは親「{parent}」と仮説だけです',
  },
  'plan.divisionByZero': {
    en: '"{id}": backcast divides by zero (hypothesis "{name}" is 0)',
    ja: '「{id}」の逆算式が 0 で割っています（仮説「{name}」が 0 です）',
  },
  'plan.divisionByZeroExpr': { en: '"{id}": backcast divides by zero', ja: '「{id}」の逆算式が 0 で割っています' },
  'plan.evalError': { en: '"{id}": backcast cannot be computed: {detail}', ja: '「{id}」の逆算式を計算できません（{detail}）' },
  'plan.rateOutOfRange': {
    en: 'Rate "{id}" is {value}: a rate must be above 0 and at most 1 (write 20% as 0.2)',
    ja: '率「{id}」が {value} になっています。率は 0 より大きく 1 以下で指定してください（20% なら 0.2）',
  },
  'plan.kgiTargetNotPositive': {
    en: 'The goal "{name}" has a target of {value}: a KGI\'s target must be greater than 0',
    ja: 'KGI「{name}」の目標が {value} です。KGI の目標は 0 より大きい値にしてください',
  },
  'plan.beyondSheet': {
    en: '"{name}": {value} is larger than a spreadsheet can hold (at most 9.99E+307)',
    ja: '「{name}」の値 {value} は表計算ソフトで扱える大きさ（最大 9.99E+307）を超えています',
  },
  'plan.negativeTarget': {
    en: '"{name}": the backcast gives a target of {value}, below 0: check its expression and the hypotheses it uses',
    ja: '「{name}」の逆算結果が {value} とマイナスになります。逆算式と使っている仮説を見直してください',
  },
  'plan.countTooLarge': {
    en: '"{name}": the backcast gives {value} {unit}, more than a spreadsheet counts exactly (15 digits): check its expression and the hypotheses it uses',
    ja: '「{name}」の逆算結果が {value} {unit}になり、表計算ソフトで正確に数えられる桁数（15桁）を超えます。逆算式と使っている仮説を見直してください',
  },
  'plan.targetBeyondSheet': {
    en: '"{name}": its targets per week or per working day would be larger than a spreadsheet can hold (at most 9.99E+307)',
    ja: '「{name}」の週次・1稼働日あたりの目標が、表計算ソフトで扱える大きさ（最大 9.99E+307）を超えます',
  },
  'plan.invalidDate': { en: '"{id}": {field} "{value}" is not a date in the form YYYY-MM-DD', ja: '「{id}」の {field}「{value}」は YYYY-MM-DD 形式の日付ではありません' },
  'plan.holidayOutsideMonth': { en: 'Extra holiday {date} is outside {month} and is ignored', ja: '追加休日 {date} は {month} の範囲外のため無視します' },
  'plan.noWorkdays': { en: '{month} has no working days: the weekly split is impossible', ja: '{month} に稼働日がないため、週ごとに割り振れません' },
  'plan.calendarDataRange': {
    en: 'Japanese holiday data covers {from} to {to}; {month} uses weekends only',
    ja: '祝日データは {from}〜{to} のみです。{month} は土日だけを休日とします',
  },
});
