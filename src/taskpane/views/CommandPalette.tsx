import { Dialog, DialogBody, DialogSurface, DialogTitle, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { PaneCommand } from '../paletteCommands';
import { useT } from '../i18n';
import { shortcutAria, shortcutText } from '../shortcuts';

const useStyles = makeStyles({
  // Anchored at the top as VS Code's palette is, the same height whatever is typed.
  surface: {
    margin: `${tokens.spacingVerticalS} auto auto`,
    width: `calc(100vw - 2 * ${tokens.spacingHorizontalS})`,
    maxWidth: '560px',
    height: `min(26rem, calc(100vh - 2 * ${tokens.spacingVerticalS}))`,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, height: '100%', minHeight: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, flexGrow: 1, minHeight: 0, overflowY: 'auto' },
  option: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  disabled: { cursor: 'default' },
  label: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  labelDisabled: { color: tokens.colorNeutralForeground3 },
  key: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  reason: { flexBasis: '100%', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** The commands whose label has every word typed. */
function matching(commands: readonly PaneCommand[], filter: string): PaneCommand[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((c) => words.every((w) => c.label.toLowerCase().includes(w) || c.id.toLowerCase().includes(w)));
}

/**
 * The command list, like VS Code's palette: type to filter, arrows to move, Enter to run;
 * each command with its shortcut, a disabled one with the reason it cannot run now.
 */
export function CommandPalette({ open, onClose, commands }: { open: boolean; onClose: () => void; commands: readonly PaneCommand[] }) {
  const styles = useStyles();
  const { tr } = useT();
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = useMemo(() => matching(commands, filter), [commands, filter]);
  useEffect(() => {
    if (open) {
      setFilter('');
      setActive(0);
    }
  }, [open]);
  useEffect(() => setActive((a) => Math.min(a, Math.max(shown.length - 1, 0))), [shown.length]);

  const runAt = (i: number) => {
    const c = shown[i];
    if (!c || !c.enabled) return;
    onClose();
    void c.run();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const move: Record<string, () => void> = {
      ArrowDown: () => setActive((a) => Math.min(a + 1, shown.length - 1)),
      ArrowUp: () => setActive((a) => Math.max(a - 1, 0)),
      Enter: () => runAt(active),
    };
    if (!move[e.key]) return;
    e.preventDefault();
    move[e.key]();
  };

  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody className={styles.body}>
          <DialogTitle>{tr('pane.commands.title')}</DialogTitle>
          <Input
            autoFocus
            value={filter}
            placeholder={tr('pane.commands.filter')}
            aria-label={tr('pane.commands.filter')}
            role="combobox"
            aria-expanded
            aria-controls={listId}
            aria-activedescendant={shown[active] ? `${listId}-${shown[active].id}` : undefined}
            onChange={(_e, d) => setFilter(d.value)}
            onKeyDown={onKeyDown}
          />
          <ul className={styles.list} role="listbox" id={listId} aria-label={tr('pane.commands.title')}>
            {shown.map((c, i) => (
              <li
                key={c.id}
                id={`${listId}-${c.id}`}
                role="option"
                aria-selected={i === active}
                aria-disabled={!c.enabled}
                aria-keyshortcuts={c.shortcut ? shortcutAria(c.shortcut) : undefined}
                data-command={c.id}
                className={`${styles.option} ${i === active ? styles.active : ''} ${c.enabled ? '' : styles.disabled}`}
                onMouseEnter={() => setActive(i)}
                onClick={() => runAt(i)}
              >
                <span className={`${styles.label} ${c.enabled ? '' : styles.labelDisabled}`} data-label="">
                  {c.label}
                </span>
                {c.shortcut ? (
                  <kbd className={styles.key} data-shortcut="">
                    {shortcutText(c.shortcut)}
                  </kbd>
                ) : null}
                {!c.enabled && c.disabledReason ? (
                  <span className={styles.reason} data-reason="">
                    {c.disabledReason}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          {shown.length === 0 ? <Text>{tr('pane.commands.none')}</Text> : null}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
