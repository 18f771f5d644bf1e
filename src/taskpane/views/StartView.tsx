import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { refreshWorkbook, sheetsOfNewWorkbook } from '../operations';
import { useT } from '../i18n';
import { usePane } from '../state';
import { Details } from './start/Details';
import { GoalFields } from './start/GoalFields';
import { TemplatePicker } from './start/TemplatePicker';
import { useStartForm } from './start/useStartForm';
import { ViewFooter } from './ViewFooter';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  about: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
});

/** The sheets the Start form will make, once the operations that lay them out have loaded. */
function useSheetsOfNewWorkbook(template: Parameters<typeof sheetsOfNewWorkbook>[0], lang: Parameters<typeof sheetsOfNewWorkbook>[1]) {
  const [sheets, setSheets] = useState<readonly string[]>([]);
  useEffect(() => {
    let current = true;
    void sheetsOfNewWorkbook(template, lang).then(
      (names) => current && setSheets(names),
      () => current && setSheets([]),
    );
    return () => {
      current = false;
    };
  }, [template, lang]);
  return sheets;
}

/** Start: what the add-in does and how to begin — a template, the goal, and one button that builds every sheet. */
export function StartView() {
  const styles = useStyles();
  const { tr, lang } = useT();
  const { analysis, busy } = usePane();
  const form = useStartForm();
  const formId = useId();
  const sheets = useSheetsOfNewWorkbook(form.template, lang);

  return (
    <>
      <section className={styles.section} aria-labelledby="start-heading">
        <Subtitle2 as="h2" id="start-heading">
          {tr('pane.start.heading')}
        </Subtitle2>
        <Text className={styles.about}>{tr('pane.start.intro')}</Text>
        <Text className={styles.about}>{tr('pane.start.howTo')}</Text>
        {analysis?.model ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{tr('pane.start.existing', { title: analysis.model.title })}</MessageBarBody>
          </MessageBar>
        ) : null}
        <TemplatePicker value={form.templateId} onChange={form.setTemplateId} />
      </section>

      {/* The pane's own messages, in the pane's language, rather than the browser's validation bubbles. */}
      <form
        id={formId}
        noValidate
        className={styles.section}
        aria-labelledby="goal-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void form.build();
        }}
      >
        <Subtitle2 as="h3" id="goal-heading">
          {tr('pane.start.goal')}
        </Subtitle2>
        <GoalFields form={form} />
        <Details form={form} />
      </form>

      {analysis?.model ? <FromWorkbook /> : null}

      <ViewFooter hint={sheets.length > 0 ? tr('pane.start.sheets', { sheets: sheets.join(lang === 'ja' ? '・' : ', ') }) : undefined}>
        <Button appearance="primary" type="submit" form={formId} disabled={busy !== null}>
          {tr('pane.start.build')}
        </Button>
      </ViewFooter>
    </>
  );
}

/** A workbook with a tree: rebuild its generated parts from the sheet as it stands. */
function FromWorkbook() {
  const styles = useStyles();
  const { tr } = useT();
  const { app, run, setNotice, busy } = usePane();
  const rebuild = async () => {
    const written = await run('pane.failed.refresh', tr('pane.problems.running'), (onProgress) => refreshWorkbook(app, { onProgress }));
    if (written) setNotice({ intent: 'success', body: tr('pane.problems.ran', { count: written.findings.length }) });
  };
  return (
    <section className={styles.card} aria-labelledby="from-workbook-heading">
      <Subtitle2 as="h3" id="from-workbook-heading">
        {tr('pane.start.fromWorkbook')}
      </Subtitle2>
      <Text className={styles.about}>{tr('pane.start.fromWorkbook.about')}</Text>
      <div className={styles.actions}>
        <Button onClick={() => void rebuild()} disabled={busy !== null}>
          {tr('pane.start.refresh')}
        </Button>
      </div>
    </section>
  );
}
