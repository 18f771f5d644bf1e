/**
 * Part 4: the task pane's weight and time to interactive. The pane is built for production
 * by webpack (webpack.config.js) and served by webpack-dev-server, its first-view
 * JavaScript weighed from the build's chunk map (gzip), and it is opened in Debian's
 * Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, launchChromium } from '../../tests/support/chromium';
import { CHUNK_MAP, servePane } from '../../tests/support/paneServer';
import type { PaneFigure } from '../results';
import type { Section } from '../section';
import { kib } from '../table';
import { median } from '../timing';
import { paneTiming } from './tti';
import { paneWeight } from './weight';

/** The target (issue 17): under 300 KB of gzipped JavaScript before the pane is interactive. */
export const TARGET_GZIP_BYTES = 300 * 1024;
const RUNS = 5;

export const paneSection: Section<'pane'> = {
  key: 'pane',
  async measure(options) {
    const chromium = chromiumPath();
    if (chromium === null)
      throw new Error('Chromium is needed for the pane bench (apt-get install chromium)');
    const dir = mkdtempSync(path.join(options.scratchDir, 'pane-'));
    try {
      options.log('pane: building and serving');
      const server = await servePane({ outdir: dir, protocol: 'http' });
      let weight;
      let timing;
      try {
        weight = paneWeight(dir, path.join(dir, CHUNK_MAP));
        const browser = await launchChromium(chromium);
        try {
          options.log(`pane: ${RUNS} loads in Chromium`);
          timing = await paneTiming(browser, server.origin, RUNS);
        } finally {
          await browser.close();
        }
      } finally {
        await server.stop();
      }
      const figures: PaneFigure = {
        gzipBytes: weight.gzipBytes,
        ttiMs: median(timing.ttiMs),
        fluentShare: Number(weight.fluentShare.toFixed(3)),
      };
      const verdict =
        weight.gzipBytes < TARGET_GZIP_BYTES
          ? 'met'
          : `MISSED by ${kib(weight.gzipBytes - TARGET_GZIP_BYTES)}`;
      return {
        figures,
        tables: [
          {
            title: 'Task pane (standalone mode, headless Chromium; gzip -9 of the files as built)',
            header: ['figure', 'value'],
            rows: [
              ['JS before interactive (gzip)', kib(weight.gzipBytes)],
              ['JS before interactive (raw)', kib(weight.rawBytes)],
              ['files before interactive', String(weight.files.length)],
              ['JS fetched by the browser by then (raw)', kib(timing.jsBytesFetched)],
              ['Fluent UI share (source bytes)', `${(weight.fluentShare * 100).toFixed(1)} %`],
              ['React share (source bytes)', `${(weight.reactShare * 100).toFixed(1)} %`],
              ['loaded later on demand (gzip)', kib(weight.deferredGzipBytes)],
              [`time to interactive, median of ${RUNS} (ms)`, String(Math.round(median(timing.ttiMs)))],
              [
                'time to interactive, all runs (ms)',
                timing.ttiMs.map((t) => String(Math.round(t))).join(' '),
              ],
            ],
            notes: [`target: under ${kib(TARGET_GZIP_BYTES)} gzip before interactive — ${verdict}`],
          },
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
