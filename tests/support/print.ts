/**
 * Printing a workbook as a person would, and reading what came out: LibreOffice prints
 * an .xlsx to PDF (`soffice --headless --convert-to pdf`, every sheet, each as its page
 * setup says), and poppler-utils read the PDF back: each page's size (`pdfinfo`), its
 * text laid out as on paper and its words with their boxes (`pdftotext`).
 *
 * `changePageSetup` is the colleague who changes a sheet's page style in LibreOffice
 * (tests/support/uno/pageSetup.py, through Python-UNO).
 */
import { spawnSync } from 'child_process';
import { mkdtemp, readdir, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { basename, extname, join } from 'path';
import { pathToFileURL } from 'url';
import { requireLibreOffice } from './libreoffice';

/** One printed page. */
export interface PrintedPage {
  /** In points: 841.89 × 595.3 is A4 landscape. */
  readonly width: number;
  readonly height: number;
  /** The page's text laid out as printed (`pdftotext -layout`). */
  readonly text: string;
  /** Each word with its box, in points from the page's top left. */
  readonly words: readonly PrintedWord[];
}

export interface PrintedWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

function runTool(file: string, args: readonly string[], timeout = 180_000): string {
  const result = spawnSync(file, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.error)
    throw new Error(`${file} could not run: ${result.error.message} (Debian: apt-get install poppler-utils)`);
  if (result.status !== 0)
    throw new Error(`${file} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return result.stdout;
}

/** Prints the workbook to PDF with LibreOffice (a fresh profile each time); gives the PDF's path in `outDir`. */
export async function printToPdf(xlsx: string, outDir: string): Promise<string> {
  const soffice = requireLibreOffice();
  const profile = await mkdtemp(join(tmpdir(), 'kpi-tree-print-'));
  try {
    runTool(soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--nologo',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      xlsx,
    ]);
  } finally {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  }
  const pdf = join(outDir, `${basename(xlsx, extname(xlsx))}.pdf`);
  if (!(await readdir(outDir)).includes(basename(pdf)))
    throw new Error(`LibreOffice printed no PDF for ${xlsx}`);
  return pdf;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page of a PDF: its size, its text, its words. */
export function readPdf(pdf: string): PrintedPage[] {
  const info = runTool('pdfinfo', ['-f', '1', '-l', '100000', pdf]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  const layout = runTool('pdftotext', ['-layout', pdf, '-']).split('\f');
  const boxes = runTool('pdftotext', ['-bbox', pdf, '-']);
  const pages = boxes.split(/<page\b/).slice(1);
  return sizes.map((size, i) => ({
    ...size,
    text: layout[i] ?? '',
    words: [
      ...(pages[i] ?? '').matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescape(m[5]),
    })),
  }));
}

/** A4 landscape, as a PDF gives it (to a tenth of a point). */
export const isA4Landscape = (p: PrintedPage): boolean =>
  Math.abs(p.width - 841.9) < 0.5 && Math.abs(p.height - 595.3) < 0.5;
export const isA4Portrait = (p: PrintedPage): boolean =>
  Math.abs(p.width - 595.3) < 0.5 && Math.abs(p.height - 841.9) < 0.5;

/** A change a person makes to a sheet's page style in LibreOffice (a sheet of their own when `create`). */
export interface PageStyleEdit {
  readonly sheet: string;
  readonly create?: boolean;
  readonly orientation?: 'portrait' | 'landscape';
  readonly marginsMm?: Partial<Record<'left' | 'right' | 'top' | 'bottom', number>>;
}

/** Opens `input` in LibreOffice, changes the page styles, saves as `output` (.xlsx). */
export async function changePageSetup(
  python: string,
  input: string,
  output: string,
  edits: readonly PageStyleEdit[],
): Promise<void> {
  const file = `${output}.edits.json`;
  await writeFile(file, JSON.stringify(edits), 'utf8');
  runTool(python, [join(__dirname, 'uno', 'pageSetup.py'), 'edit', input, output, file]);
}
