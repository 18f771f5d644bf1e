import { useMemo, useState } from 'react';
import { buildTree } from '../../operations';
import { templateModel, titleForMonth, type TemplateId } from '../../../app/templates';
import { render } from '../../../core/i18n';
import { kgiOf, type Model } from '../../../core/model/types';
import { fillTemplate, type FormProblem } from '../../../core/templates/fill';
import { shownHypothesis, typedHypothesis } from '../../hypothesisField';
import { useT } from '../../i18n';
import { parseTypedNumber } from '../../parseNumber';
import { usePane } from '../../state';

/** What the person typed; a field never typed in (null) shows the template's value. */
interface Typed {
  readonly title: string | null;
  readonly kgiName: string | null;
  readonly target: string | null;
  readonly month: string;
  readonly owner: string | null;
  /** As typed, by hypothesis id: rates in percent. */
  readonly hypotheses: Readonly<Record<string, string>>;
}

export type GoalField = 'title' | 'kgiName' | 'target' | 'month' | 'owner';

/** The form's values: typed ones, else the template's; the title follows the month until it is typed. */
function shown(template: Model, typed: Typed): Record<GoalField, string> {
  const kgi = kgiOf(template);
  return {
    title: typed.title ?? titleForMonth(template.title, template.month, typed.month),
    kgiName: typed.kgiName ?? kgi?.name ?? '',
    target: typed.target ?? String(kgi?.target ?? ''),
    month: typed.month,
    owner: typed.owner ?? kgi?.owner ?? '',
  };
}

/**
 * The Start form: a template, the goal and the hypotheses. What was typed survives a
 * change of template or language; the build is refused field by field, in the pane's
 * language, before anything is written.
 */
export function useStartForm() {
  const { tr, lang } = useT();
  const { app, run, setNotice, setView, today } = usePane();
  const [templateId, setTemplateIdState] = useState<TemplateId>('sales-funnel');
  const template = useMemo(() => templateModel(templateId, lang), [templateId, lang]);
  const [typed, setTyped] = useState<Typed>(() => ({
    title: null,
    kgiName: null,
    target: null,
    month: today().slice(0, 7),
    owner: null,
    hypotheses: {},
  }));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const values = shown(template, typed);

  const problemOf = (field: FormProblem['field']): string | undefined => {
    const p = problems.find((x) => x.field === field);
    return p ? render(lang, p.message) : undefined;
  };

  const build = async () => {
    const hypotheses: Record<string, number> = {};
    for (const h of template.hypotheses)
      hypotheses[h.id] = typedHypothesis(h, typed.hypotheses[h.id] ?? shownHypothesis(h));
    const filled = fillTemplate(template, { ...values, target: parseTypedNumber(values.target), hypotheses });
    if ('problems' in filled) {
      setProblems(filled.problems);
      return;
    }
    setProblems([]);
    const written = await run('pane.failed.build', tr('pane.start.building'), (onProgress) =>
      buildTree(app, { model: filled.model }, { onProgress }),
    );
    if (written) {
      setNotice({
        intent: 'success',
        body: tr('pane.start.built', { nodes: filled.model.nodes.length, problems: written.findings.length }),
      });
      setView('tree');
    }
  };

  return {
    template,
    templateId,
    setTemplateId: (id: TemplateId) => {
      setTemplateIdState(id);
      setProblems([]);
    },
    values,
    setValue: (field: GoalField, text: string) => setTyped((t) => ({ ...t, [field]: text })),
    hypothesisValue: (id: string, h: Parameters<typeof shownHypothesis>[0]) =>
      typed.hypotheses[id] ?? shownHypothesis(h),
    setHypothesis: (id: string, text: string) =>
      setTyped((t) => ({ ...t, hypotheses: { ...t.hypotheses, [id]: text } })),
    problems,
    problemOf,
    build,
  };
}

export type StartForm = ReturnType<typeof useStartForm>;
