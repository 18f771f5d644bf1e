import { readFileSync } from 'fs';
import { join } from 'path';
import { readAnalysis } from '../../../src/app/analysis';
import { buildTree } from '../../../src/app/build';
import {
  ribbonBuild,
  ribbonCheck,
  ribbonOneOnOnes,
  ribbonReview,
  runRibbon,
  type RibbonEnv,
} from '../../../src/commands/ribbon';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { dialogHash, parseDialogHash } from '../../../src/commands/dialogMessage';
import type { IsoDate } from '../../../src/core/brand';
import { createMemoryHost } from '../../../src/hosts/xlsx/memoryHost';
import { appOn } from '../../support/app';

function env(lang: 'ja' | 'en') {
  const said: { text: string; isError: boolean }[] = [];
  const host = createMemoryHost();
  const e: RibbonEnv = {
    host,
    lang,
    today: () => '2027-03-10' as IsoDate,
    notify: async (text, isError) => {
      said.push({ text, isError });
    },
  };
  return { env: e, said, host };
}

describe('ribbon commands', () => {
  it('Build tree in an empty workbook builds the new-business funnel for this month', async () => {
    const { env: e, said, host } = env('ja');
    await runRibbon(e, 'pane.failed.build', ribbonBuild);
    expect(said).toEqual([{ text: 'KPI ツリーを作成しました。', isError: false }]);
    const analysis = await readAnalysis(appOn(host, 'ja'));
    expect(analysis.model?.month).toBe('2027-03');
    expect(analysis.model?.nodes[0].deadline).toBe('2027-03-31');
  });

  it('Run checks writes the findings and says how many', async () => {
    const { env: e, said, host } = env('en');
    await runRibbon(e, 'pane.failed.build', ribbonBuild);
    await runRibbon(e, 'pane.failed.refresh', ribbonCheck);
    expect(said[1].text).toMatch(/^Checks written: \d+ errors, \d+ warnings, \d+ info\.$/);
    expect(host.workbook().getWorksheet('Checks')).toBeDefined();
  });

  it('New weekly review writes this week’s tab', async () => {
    const { env: e, said, host } = env('en');
    await runRibbon(e, 'pane.failed.build', ribbonBuild);
    await runRibbon(e, 'pane.failed.review', ribbonReview);
    expect(said[1]).toEqual({ text: 'Wrote Review 2027-W10.', isError: false });
    expect(host.selection()).toEqual({ sheet: 'Review 2027-W10', address: 'A1' });
  });

  it.each(['ja', 'en'] as const)(
    '%s: 1on1 sheets writes this week’s 1on1 tab for every member',
    async (lang) => {
      const { env: e, said, host } = env(lang);
      const plan = lang === 'ja' ? 'team.yaml' : 'team.en.yaml';
      const model = loadPlanText(
        readFileSync(join(__dirname, '../../../examples', plan), 'utf8'),
        'yaml',
      ).model;
      if (model === null) throw new Error('not a plan');
      await buildTree({ ...e, today: () => '2026-12-09' as IsoDate }, { model });
      await runRibbon(
        { ...e, today: () => '2026-12-09' as IsoDate },
        'pane.failed.oneonone',
        ribbonOneOnOnes,
      );
      expect(said).toHaveLength(1);
      expect(said[0].isError).toBe(false);
      const names = model.members.map((m) => m.name);
      const tabs = host
        .workbook()
        .worksheets.map((w) => w.name)
        .filter((n) => n.includes('1on1') && n.includes('2026-W50'));
      expect(tabs).toHaveLength(names.length);
      for (const name of names) expect(tabs.some((tab) => tab.includes(name))).toBe(true);
      expect(said[0].text).toContain('2026-W50');
      for (const tab of tabs) expect(said[0].text).toContain(tab);
    },
  );

  it('1on1 sheets in a workbook without members says to add them first', async () => {
    const { env: e, said } = env('ja');
    await runRibbon(e, 'pane.failed.build', ribbonBuild);
    await runRibbon(e, 'pane.failed.oneonone', ribbonOneOnOnes);
    expect(said[1].isError).toBe(true);
    expect(said[1].text).toContain('1on1シートを作成できませんでした');
    expect(said[1].text).toContain('担当者がいません');
  });

  it('says what went wrong and what to do, never nothing', async () => {
    const { env: e, said } = env('ja');
    await runRibbon(e, 'pane.failed.review', ribbonReview);
    expect(said).toHaveLength(1);
    expect(said[0].isError).toBe(true);
    expect(said[0].text).toContain('レビュータブを作成できませんでした');
    expect(said[0].text).toContain('テンプレート');
  });
});

describe('dialog message', () => {
  it('takes text and error flag from the hash, and nothing else', () => {
    const hash = dialogHash({ text: '<b>x</b>\nline', isError: true });
    expect(parseDialogHash(hash)).toEqual({ text: '<b>x</b>\nline', isError: true });
    expect(parseDialogHash('#not-json')).toEqual({ text: '', isError: false });
    expect(parseDialogHash(`#${encodeURIComponent(JSON.stringify({ text: 3 }))}`)).toEqual({
      text: '',
      isError: false,
    });
  });
});
