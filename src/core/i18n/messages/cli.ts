import { defineMessages } from '../define';

/** What the command line says. */
export const cliMessages = defineMessages({
  'cli.usage': {
    en: `Usage: kpi-tree <command> [options]

Commands:
  build PLAN --out FILE.xlsx [--lang ja|en]   build the KPI tree workbook from a plan (.yaml/.json)
  backcast PLAN|FILE.xlsx [--format text|json] print monthly, weekly and daily targets
  lint PLAN|FILE.xlsx [--format text|json]     check every KPI (exit 1 on errors)
  review FILE.xlsx --week YYYY-Www             add or refresh the weekly review tab
  review FILE.xlsx --week YYYY-Www --close     close the week: its numbers stay as reviewed (--reopen: live again)
  oneonone FILE.xlsx --member ID --week YYYY-Www  add or refresh a member's 1on1 tab for the week
  sync FILE.xlsx                               regenerate formulas from the workbook's own tree
  calibrate FILE.xlsx [--format text|json] [--apply [--all]]
                                               propose each rate hypothesis from this month's actuals
                                               (--apply: write the trusted ones, keeping the old value; --all: every one)
  demo                                         write kpi-tree-demo.xlsx from the bundled example

Options: --lang ja|en (default: the plan's, else your system's), --help`,
    ja: `使い方：kpi-tree <コマンド> [オプション]

コマンド：
  build PLAN --out FILE.xlsx [--lang ja|en]   プラン（.yaml/.json）から KPI ツリーのブックを作成
  backcast PLAN|FILE.xlsx [--format text|json] 月間・週次・1日あたりの目標を表示
  lint PLAN|FILE.xlsx [--format text|json]     KPI をチェック（エラーがあれば終了コード 1）
  review FILE.xlsx --week YYYY-Www             週次レビューのシートを追加・更新
  review FILE.xlsx --week YYYY-Www --close     週を確定（数値をレビュー時のまま固定。--reopen で再開）
  oneonone FILE.xlsx --member ID --week YYYY-Www  担当者の1on1シートを追加・更新
  sync FILE.xlsx                               ブック内のツリーから数式を再生成
  calibrate FILE.xlsx [--format text|json] [--apply [--all]]
                                               今月の実績から率の仮説の見直し案を表示
                                               （--apply で信頼できる案を前回値を残して書き込み、--all ですべての案）
  demo                                         同梱の例から kpi-tree-demo.xlsx を作成

オプション：--lang ja|en（既定はプランの指定、なければシステムの言語）、--help`,
  },
  'cli.unknownCommand': { en: 'Unknown command "{command}". Run kpi-tree --help.', ja: '不明なコマンド「{command}」です。kpi-tree --help を参照してください。' },
  'cli.badOption': { en: '{reason}. Run kpi-tree --help.', ja: '{reason}。kpi-tree --help を参照してください。' },
  'cli.missingArgument': { en: 'Missing {what}. Run kpi-tree --help.', ja: '{what} を指定してください。kpi-tree --help を参照してください。' },
  'cli.badFormat': { en: '--format must be text or json, not "{value}"', ja: '--format には「text」か「json」を指定してください（「{value}」は指定できません）' },
  'cli.closeOrReopen': { en: '--close and --reopen cannot be used together', ja: '--close と --reopen は同時に指定できません' },
  'cli.badLang': { en: '--lang must be ja or en, not "{value}"', ja: '--lang には ja か en を指定してください（「{value}」は指定できません）' },
  'cli.notWritten': { en: 'No file was written.', ja: 'ファイルは書き込まれていません。' },
  'cli.wrote': { en: 'Wrote {file}', ja: '{file} を書き込みました' },
  'cli.problemLine': { en: 'line {line}', ja: '{line}行目' },
  'cli.workdays': { en: '{month}: {workdays} working days', ja: '{month}（稼働日 {workdays}日）' },
  'cli.col.id': { en: 'ID', ja: 'ID' },
  'cli.col.level': { en: 'Level', ja: '区分' },
  'cli.col.name': { en: 'Name', ja: '名称' },
  'cli.col.monthly': { en: 'Monthly', ja: '月間' },
  'cli.col.perWorkday': { en: 'Per day', ja: '1日あたり' },
  'cli.col.unit': { en: 'Unit', ja: '単位' },
  'cli.averages': {
    en: 'Averages (the same value every week and day, not split): {names}',
    ja: '平均の指標（週・日に分けず、毎週・毎日同じ値）：{names}',
  },
  'cli.backcasts': { en: 'How each target is backcast', ja: '各目標の逆算式' },
  'cli.writeFailed': { en: 'Cannot write {file}: {reason}', ja: '{file} を書き込めません（{reason}）' },
  'cli.unexpected': {
    en: 'stopped on an unexpected error ({reason}). Nothing was written. Run again with KPI_TREE_DEBUG=1 to see where it happened, and report it with that output.',
    ja: '予期しないエラーで中断しました（{reason}）。ファイルは書き込んでいません。環境変数 `KPI_TREE_DEBUG=1` を付けて再実行すると発生箇所が表示されますので、その出力を添えてご報告ください。',
  },
});
