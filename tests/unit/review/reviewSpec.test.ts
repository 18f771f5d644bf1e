import { readFileSync } from 'fs';
import { join } from 'path';
import type { IsoDate } from '../../../src/core/brand';
import { render } from '../../../src/core/i18n';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { reviewSpec, type ReviewSpecInput } from '../../../src/core/review';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/sales-funnel.yaml'), 'utf8');

function input(text: string): ReviewSpecInput {
  const loaded = loadPlanText(text, 'yaml');
  if (loaded.model === null) throw new Error('not a plan');
  return {
    model: loaded.model,
    problems: loaded.problems,
    locate: loaded.locateNode,
    data: { sheets: [], names: [] },
    lang: 'ja',
    week: '2026-W50',
    generatedOn: '2026-12-11' as IsoDate,
  };
}

describe('reviewSpec on a damaged tree', () => {
  it('makes a review of a sound tree', () => {
    expect(reviewSpec(input(EXAMPLE))).toMatchObject({ sheetName: '週次レビュー 2026-W50', existed: false });
  });

  it('refuses a tree with an error read back, naming the first one and where it is', () => {
    const result = reviewSpec(
      input(EXAMPLE.replace('backcast: meetings / meeting_rate', 'backcast: meetings / nope')),
    );
    expect('key' in result && result.key).toBe('review.damagedTree');
    if (!('key' in result)) return;
    expect(result.params).toMatchObject({ count: 1, where: 'kpis[3].backcast' });
    expect(render('en', result)).toContain('"nope"');
    expect(render('ja', result)).toContain('レビューを作成せず');
  });

  it('refuses a tree whose targets cannot be computed (a rate of zero)', () => {
    const result = reviewSpec(input(EXAMPLE.replace('value: 0.5, rationale', 'value: 0, rationale')));
    expect('key' in result && result.key).toBe('review.damagedTree');
  });
});
