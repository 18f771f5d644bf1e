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
});
