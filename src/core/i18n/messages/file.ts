import { defineMessages } from '../define';

/** What the command line says about the files it reads and writes: locks, protection, permissions. */
export const fileMessages = defineMessages({
  'file.locked': {
    en: '{file} is being updated by another kpi-tree run ({command}, pid {pid} on {host}, since {started}). Nothing was written: run again when it has finished. If no such run exists, delete {lock}.',
    ja: '{file} は別の kpi-tree（{command}、{host} のプロセス {pid}、{started} から実行中）が更新しています。ファイルは書き込んでいません。終わってからもう一度実行してください。該当する実行がない場合は {lock} を削除してください。',
  },
  'file.lockedUnknown': {
    en: '{file} is being updated by another kpi-tree run (its lock file {lock} is being written). Nothing was written: run again in a moment.',
    ja: '{file} は別の kpi-tree が更新しています（ロックファイル {lock} を作成中です）。ファイルは書き込んでいません。少し待ってからもう一度実行してください。',
  },
  'file.staleLock': {
    en: 'Removed the lock {lock} left by a kpi-tree run that is no longer running ({command}, pid {pid} on {host}, since {started}).',
    ja: '終了済みの kpi-tree（{command}、{host} のプロセス {pid}、{started} から）が残したロックファイル {lock} を削除しました。',
  },
  'file.changedMeanwhile': {
    en: '{file} was changed by someone else while kpi-tree was working on it (saved from a spreadsheet program?). Nothing was written, so their changes are kept: run the command again.',
    ja: 'kpi-tree の処理中に {file} が他のユーザーまたはプログラムによって変更されました（表計算ソフトで保存されましたか？）。その変更を失わないよう、ファイルは書き込んでいません。もう一度実行してください。',
  },
  'file.appeared': {
    en: '{file} was created by someone else while kpi-tree was working. Nothing was written: run the command again to update it.',
    ja: 'kpi-tree の処理中に {file} が他のユーザーまたはプログラムによって作成されました。ファイルは書き込んでいません。もう一度実行すると、そのファイルを更新します。',
  },
  'file.readOnly': {
    en: '{file} is read-only. Nothing was written: make it writable (or work on a copy) and run again.',
    ja: '{file} は読み取り専用です。ファイルは書き込んでいません。書き込みを許可するか、コピーを作成してから、もう一度実行してください。',
  },
  'file.notAFile': {
    en: '{file} is not a regular file. Nothing was written.',
    ja: '{file} は通常のファイルではありません。ファイルは書き込んでいません。',
  },
  'file.ownerNotKept': {
    en: 'Wrote {file}, but could not keep its owner {owner} (the system allows it only to its owner or an administrator); it now belongs to you, with the same permissions.',
    ja: '{file} を書き込みましたが、所有者 {owner} を維持できませんでした（所有者または管理者のみ変更できます）。アクセス権は元のままで、所有者はあなたになっています。',
  },
  'file.protectedSheet': {
    en: 'The sheet "{sheet}" is protected, and this command must write to it. Nothing was written: unprotect the sheet (Review > Unprotect Sheet), run again, and protect it again afterwards.',
    ja: 'シート「{sheet}」は保護されているため、このコマンドは書き込めません。ファイルは書き込んでいません。シートの保護を解除（［校閲］→［シート保護の解除］）してからもう一度実行し、終わったら保護し直してください。',
  },
  'file.protectedWorkbook': {
    en: "The workbook's structure is protected, and this command must add or move sheets. Nothing was written: unprotect the workbook (Review > Protect Workbook), run again, and protect it again afterwards.",
    ja: 'ブックの構成が保護されているため、このコマンドはシートを追加・移動できません。ファイルは書き込んでいません。ブックの保護を解除（［校閲］→［ブックの保護］）してからもう一度実行し、終わったら保護し直してください。',
  },
  'file.notWorkbook': {
    en: 'Cannot read {file}: it is not an .xlsx workbook ({reason}). Nothing was written.',
    ja: '{file} を読み込めません。.xlsx 形式のブックではありません（{reason}）。ファイルは書き込んでいません。',
  },
  'file.reason.noFolder': { en: 'the folder does not exist', ja: 'フォルダーが存在しません' },
  'file.reason.denied': {
    en: 'permission denied: you may not write in that folder',
    ja: 'アクセスが拒否されました。このフォルダーへの書き込み権限がありません',
  },
  'file.reason.readOnlyDisk': { en: 'the disk is read-only', ja: 'ディスクが読み取り専用です' },
  'file.reason.noSpace': { en: 'the disk is full', ja: 'ディスクの空き容量がありません' },
  'file.notZip': {
    en: 'an .xlsx file is a zip package, and this one is not',
    ja: '.xlsx ファイルは ZIP 形式ですが、このファイルは ZIP ではありません',
  },
});
