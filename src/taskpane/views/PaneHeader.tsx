import { Button, Dropdown, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n';
import { useT } from '../i18n';
import { PALETTE, shortcutAria, shortcutText } from '../shortcuts';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    flexGrow: 1,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    // Office shows the add-in's name above a narrow pane: the heading stays for screen readers only.
    '@media (max-width: 399px)': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      padding: 0,
      clip: 'rect(0 0 0 0)',
    },
  },
  language: { minWidth: 0, width: '104px', flexShrink: 0, marginLeft: 'auto' },
  commands: {
    flexShrink: 0,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  key: {
    marginLeft: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
});

/** The pane's title, its language, and the command palette's button with the palette's shortcut. */
export function PaneHeader({ onCommands }: { onCommands: () => void }) {
  const styles = useStyles();
  const { tr, lang, setLang } = useT();
  return (
    <header className={styles.header}>
      <Text as="h1" className={styles.title}>
        {tr('pane.title')}
      </Text>
      <Dropdown
        className={styles.language}
        aria-label={tr('pane.language')}
        value={tr(`pane.language.${lang}`)}
        selectedOptions={[lang]}
        onOptionSelect={(_e, data) => data.optionValue && setLang(data.optionValue as Lang)}
      >
        <Option value="ja">{tr('pane.language.ja')}</Option>
        <Option value="en">{tr('pane.language.en')}</Option>
      </Dropdown>
      <Button
        className={styles.commands}
        appearance="subtle"
        onClick={onCommands}
        aria-keyshortcuts={shortcutAria(PALETTE)}
        data-palette-button=""
      >
        {tr('pane.commands.open')}
        <kbd className={styles.key}>{shortcutText(PALETTE)}</kbd>
      </Button>
    </header>
  );
}
