import type { SaveOptions, StandaloneWorkbook } from '../hosts/port';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name from the plan's title: what a person would call the file, without characters file systems refuse. */
export function workbookFileName(title: string | undefined): string {
  const base = [...(title ?? '')]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base || 'kpi-tree'}.xlsx`;
}

/** Standalone mode's "Download .xlsx": the in-memory workbook as a file (opening on `options.activeSheet`). */
export async function downloadWorkbook(
  workbook: StandaloneWorkbook,
  title: string | undefined,
  options: SaveOptions = {},
): Promise<void> {
  const bytes = await workbook.save(options);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = workbookFileName(title);
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
