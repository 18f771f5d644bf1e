import { useEffect, useMemo, useState } from 'react';
import { hypothesisValueProblems } from '../../../app/hypotheses';
import { render } from '../../../core/i18n';
import { sensitivities, whatIf } from '../../../core/whatIf/whatIf';
import { shownHypothesis, typedHypothesis } from '../../hypothesisField';
import { useT } from '../../i18n';
import { usePane } from '../../state';

/**
 * The what-if's state: the values typed (as typed: rates in percent), what is wrong with
 * them — the same checks as the Start form and the write itself — and their effect.
 */
export function useWhatIf() {
  const { tr, lang } = useT();
  const { analysis } = usePane();
  const model = analysis?.model ?? null;
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  // Someone changed a hypothesis in the workbook: start again from its values. Other
  // re-readings (any edit, the pane's own writes) keep what is being typed here.
  const stored = JSON.stringify(model?.hypotheses.map((h) => [h.id, h.value]) ?? []);
  useEffect(() => setTyped({}), [stored]);

  const changes = useMemo(() => {
    const values: Record<string, number> = {};
    const problems: Record<string, string> = {};
    for (const h of model?.hypotheses ?? []) {
      const text = typed[h.id];
      if (text === undefined || text === shownHypothesis(h)) continue;
      const n = typedHypothesis(h, text);
      if (Number.isNaN(n)) problems[h.id] = tr('pane.tree.invalidNumber');
      else values[h.id] = n;
    }
    if (analysis)
      for (const p of hypothesisValueProblems(analysis, values)) {
        if (p.node === undefined) continue;
        problems[p.node] = render(lang, p.message);
        delete values[p.node];
      }
    return { values, problems };
  }, [typed, model, analysis, tr, lang]);

  const preview = useMemo(() => (model ? whatIf(model, changes.values) : null), [model, changes]);
  const ranked = useMemo(() => (model ? sensitivities(model) : []), [model]);
  const changed = Object.keys(changes.values).length > 0;
  const valid = Object.keys(changes.problems).length === 0;
  return {
    model,
    typed,
    type: (id: string, text: string) => setTyped((t) => ({ ...t, [id]: text })),
    reset: () => setTyped({}),
    changes,
    preview,
    ranked,
    /** Something to write, every value acceptable, every target computable. */
    writable: changed && valid && preview?.computable === true,
    changed,
  };
}
