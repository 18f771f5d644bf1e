import { Dialog, DialogBody, DialogSurface, DialogTitle, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState } from 'react';
import { usePaneCommands } from '../paletteCommands';
import { useT } from '../i18n';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '50vh', overflowY: 'auto' },
  option: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  disabled: { color: tokens.colorNeutralForegroundDisabled, cursor: 'default' },
});

/** The command list, like a command palette: type to filter, arrows to move, Enter to run. */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const { tr } = useT();
  const commands = usePaneCommands();
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return commands.filter((c) => words.every((w) => c.label.toLowerCase().includes(w) || c.id.toLowerCase().includes(w)));
  }, [commands, filter]);
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

  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{tr('pane.commands.title')}</DialogTitle>
          <div>
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
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  setActive((a) => Math.min(a + 1, shown.length - 1));
                } else if (e.key === 'ArrowUp') {
                  e.preventDefault();
                  setActive((a) => Math.max(a - 1, 0));
                } else if (e.key === 'Enter') {
                  e.preventDefault();
                  runAt(active);
                }
              }}
              style={{ width: '100%' }}
            />
            <ul className={styles.list} role="listbox" id={listId} aria-label={tr('pane.commands.title')}>
              {shown.map((c, i) => (
                <li
                  key={c.id}
                  id={`${listId}-${c.id}`}
                  role="option"
                  aria-selected={i === active}
                  aria-disabled={!c.enabled}
                  className={`${styles.option} ${i === active ? styles.active : ''} ${c.enabled ? '' : styles.disabled}`}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => runAt(i)}
                >
                  {c.label}
                </li>
              ))}
            </ul>
            {shown.length === 0 ? <Text>{tr('pane.commands.none')}</Text> : null}
          </div>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
