/**
 * Keyboard shortcuts of the pane, as VS Code has them: Ctrl (⌘ on a Mac) with Shift and
 * a letter. They act while the pane has the focus; the palette shows each beside its
 * command.
 */
export interface Shortcut {
  /** The letter, upper case. */
  readonly key: string;
}

/** The command palette itself. */
export const PALETTE: Shortcut = { key: 'P' };

/** As the palette and the header show it: "Ctrl+Shift+P". */
export function shortcutText(s: Shortcut): string {
  return `Ctrl+Shift+${s.key}`;
}

/** As `aria-keyshortcuts` wants it. */
export function shortcutAria(s: Shortcut): string {
  return `Control+Shift+${s.key}`;
}

export function pressed(
  s: Shortcut,
  e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>,
): boolean {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toUpperCase() === s.key;
}
