import * as fs from 'fs';
import * as path from 'path';
import { lintFile } from './support';

const EXAMPLES = path.join(__dirname, '../../../examples');
const examples = fs.readdirSync(EXAMPLES).filter((f) => /\.(ya?ml|json)$/.test(f));

describe('examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('%s lints with no error, in either language', (file) => {
    for (const lang of ['ja', 'en'] as const) {
      const { findings } = lintFile(path.join(EXAMPLES, file), { lang });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it.each(examples)('%s gives no finding of the practice checks (outside factors, outcomes as KDIs, tree size, relevance)', (file) => {
    for (const lang of ['ja', 'en'] as const) {
      const { findings } = lintFile(path.join(EXAMPLES, file), { lang });
      const practice = ['uncontrollable-kpi', 'kdi-needs-response', 'too-many-kpis', 'smart-relevant', 'smart-measurable', 'smart-achievable'];
      expect(findings.filter((f) => practice.includes(f.rule))).toEqual([]);
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

  it.each(examples)('%s has a measured KCI: a unit and a target of its own', (file) => {
    const { model } = lintFile(path.join(EXAMPLES, file));
    const measured = model.nodes.filter((n) => n.level === 'KCI' && n.unit !== undefined && n.target !== undefined);
    expect(measured).toHaveLength(1);
  });
});

