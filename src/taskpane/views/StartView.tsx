import {
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { buildTree, refreshWorkbook } from '../../app/build';
import { TEMPLATE_IDS, templateModel, type TemplateId } from '../../app/templates';
import { render } from '../../core/i18n';
import { kgiOf, type Model } from '../../core/model/types';
import { fillTemplate, type FormProblem } from '../../core/templates/fill';
import { useT } from '../i18n';
import { hypothesisLabel, shownHypothesis, typedHypothesis } from '../hypothesisField';
import { parseTypedNumber } from '../parseNumber';
import { usePane } from '../state';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  about: { color: tokens.colorNeutralForeground3 },
});

interface FormState {
  readonly title: string;
  readonly kgiName: string;
  readonly target: string;
  readonly month: string;
  readonly owner: string;
  /** As typed: rates in percent. */
  readonly hypotheses: Readonly<Record<string, string>>;
}

function formFor(template: Model, month: string): FormState {
  const kgi = kgiOf(template);
  return {
    title: template.title,
    kgiName: kgi?.name ?? '',
    target: String(kgi?.target ?? ''),
    month,
    owner: kgi?.owner ?? '',
    hypotheses: Object.fromEntries(template.hypotheses.map((h) => [h.id, shownHypothesis(h)])),
  };
}

/** Start: a tree from a template with a short form for the goal and the rates, or from this workbook. */
export function StartView() {
  const styles = useStyles();
  const { tr, lang } = useT();
  const { app, analysis, run, setNotice, setView, today, busy } = usePane();
  const [templateId, setTemplateId] = useState<TemplateId>('sales-funnel');
  const template = useMemo(() => templateModel(templateId, lang), [templateId, lang]);
  const thisMonth = today().slice(0, 7);
  const [form, setForm] = useState<FormState>(() => formFor(template, thisMonth));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  useEffect(() => {
    setForm(formFor(template, thisMonth));
    setProblems([]);
  }, [template, thisMonth]);

  const kgi = kgiOf(template);
  const problemOf = (field: FormProblem['field']): string | undefined => {
    const p = problems.find((x) => x.field === field);
    return p ? render(lang, p.message) : undefined;
  };
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

  const build = async () => {
    const hypotheses: Record<string, number> = {};
    for (const h of template.hypotheses) hypotheses[h.id] = typedHypothesis(h, form.hypotheses[h.id] ?? '');
    const filled = fillTemplate(template, {
      title: form.title,
      kgiName: form.kgiName,
      target: parseTypedNumber(form.target),
      month: form.month,
      owner: form.owner,
      hypotheses,
    });
    if ('problems' in filled) {
      setProblems(filled.problems);
      return;
    }
    setProblems([]);
    const written = await run('pane.failed.build', tr('pane.start.building'), (onProgress) => buildTree(app, { model: filled.model }, { onProgress }));
    if (written) {
      setNotice({
        intent: 'success',
        body: tr('pane.start.built', { nodes: filled.model.nodes.length, problems: written.findings.length }),
      });
      setView('tree');
    }
  };

  const rebuild = async () => {
    const written = await run('pane.failed.refresh', tr('pane.problems.running'), (onProgress) => refreshWorkbook(app, { onProgress }));
    if (written) setNotice({ intent: 'success', body: tr('pane.problems.ran', { count: written.findings.length }) });
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="start-heading">
        <Subtitle2 as="h2" id="start-heading">
          {tr('pane.start.heading')}
        </Subtitle2>
        <Text className={styles.about}>{tr('pane.start.intro')}</Text>
        {analysis?.model ? (
          <MessageBar intent="warning">
            <MessageBarBody>{tr('pane.start.existing', { title: analysis.model.title })}</MessageBarBody>
          </MessageBar>
        ) : null}
        <Field label={tr('pane.start.template')}>
          <RadioGroup value={templateId} onChange={(_e, d) => setTemplateId(d.value as TemplateId)}>
            {TEMPLATE_IDS.map((id) => (
              <Radio key={id} value={id} label={`${tr(`pane.template.${id}`)} — ${tr(`pane.template.${id}.about`)}`} />
            ))}
          </RadioGroup>
        </Field>
      </section>

      {/* The pane's own messages, in the pane's language, rather than the browser's validation bubbles. */}
      <form
        noValidate
        className={styles.section}
        aria-labelledby="goal-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void build();
        }}
      >
        <Subtitle2 as="h3" id="goal-heading">
          {tr('pane.start.goal')}
        </Subtitle2>
        <Field label={tr('pane.start.title')}>
          <Input value={form.title} onChange={(_e, d) => set({ title: d.value })} />
        </Field>
        <div className={styles.grid}>
          <Field label={tr('pane.start.kgiName')} required validationMessage={problemOf('kgiName')}>
            <Input value={form.kgiName} onChange={(_e, d) => set({ kgiName: d.value })} />
          </Field>
          <Field label={tr('pane.start.target', { unit: kgi?.unit ?? '' })} required validationMessage={problemOf('target')}>
            <Input value={form.target} inputMode="decimal" onChange={(_e, d) => set({ target: d.value })} />
          </Field>
          <Field label={tr('pane.start.month')} required validationMessage={problemOf('month')}>
            <Input value={form.month} placeholder="2026-12" onChange={(_e, d) => set({ month: d.value })} />
          </Field>
          <Field label={tr('pane.start.owner')}>
            <Input value={form.owner} onChange={(_e, d) => set({ owner: d.value })} />
          </Field>
        </div>
        <Subtitle2 as="h3">{tr('pane.start.hypotheses')}</Subtitle2>
        <div className={styles.grid}>
          {template.hypotheses.map((h) => (
            <Field
              key={h.id}
              label={hypothesisLabel(h, tr)}
              hint={h.rationale}
              validationMessage={problemOf(`hypotheses.${h.id}`)}
            >
              <Input
                value={form.hypotheses[h.id] ?? ''}
                inputMode="decimal"
                onChange={(_e, d) => set({ hypotheses: { ...form.hypotheses, [h.id]: d.value } })}
              />
            </Field>
          ))}
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy !== null}>
            {tr('pane.start.build')}
          </Button>
        </div>
      </form>

      {analysis?.model ? (
        <Card>
          <CardHeader header={<Subtitle2 as="h3">{tr('pane.start.fromWorkbook')}</Subtitle2>} description={tr('pane.start.fromWorkbook.about')} />
          <div className={styles.actions}>
            <Button onClick={() => void rebuild()} disabled={busy !== null}>
              {tr('pane.start.refresh')}
            </Button>
          </div>
        </Card>
      ) : null}
    </>
  );
}
