/**
 * In the task pane the plain YAML reader declines (`plainYamlDeclined.ts`, put in place by
 * webpack.config.js) and the located reader reads every plan: the same models as the fast
 * reader gives the CLI.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { loadPlanText } from '../../../src/core/model/parsePlan';
import { planYaml, realisticPlan } from '../../support/plans';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

function loadDeclined(text: string): ReturnType<typeof loadPlanText> {
  let load: typeof loadPlanText = () => {
    throw new Error('not loaded');
  };
  jest.isolateModules(() => {
    jest.doMock('../../../src/core/model/plainYaml', () =>
      jest.requireActual('../../../src/core/model/plainYamlDeclined'),
    );
    load = (
      jest.requireActual(
        '../../../src/core/model/parsePlan',
      ) as typeof import('../../../src/core/model/parsePlan')
    ).loadPlanText;
  });
  jest.dontMock('../../../src/core/model/plainYaml');
  return load(text, 'yaml');
}

describe('plans read by the located reader alone', () => {
  const texts = [
    ...readdirSync(EXAMPLES).map((f) => [f, readFileSync(join(EXAMPLES, f), 'utf8')]),
    ['realisticPlan(200)', planYaml(realisticPlan(200))],
  ];
  it.each(texts)('%s gives the same model and problems', (_name, text) => {
    const fast = loadPlanText(text, 'yaml');
    const declined = loadDeclined(text);
    expect(fast.model).not.toBeNull();
    expect(declined.model).toEqual(fast.model);
    expect(declined.problems).toEqual(fast.problems);
  });
});
