/// <reference types="office-js" />
/**
 * The ribbon commands' message dialog: shows the text handed over in the URL's hash, as
 * text (never as markup), and tells the command to close it.
 */
interface DialogMessage {
  readonly text: string;
  readonly isError: boolean;
}

export function parseDialogHash(hash: string): DialogMessage {
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
    if (typeof parsed === 'object' && parsed !== null && 'text' in parsed && typeof parsed.text === 'string') {
      return { text: parsed.text, isError: 'isError' in parsed && parsed.isError === true };
    }
  } catch {
    // Not a message of ours: show nothing rather than something misleading.
  }
  return { text: '', isError: false };
}

function show(): void {
  const message = parseDialogHash(window.location.hash);
  const p = document.getElementById('message');
  if (p) {
    p.textContent = message.text;
    if (message.isError) p.className = 'error';
    p.setAttribute('role', message.isError ? 'alert' : 'status');
  }
  const close = document.getElementById('close');
  close?.addEventListener('click', () => Office.context.ui.messageParent('close'));
  close?.focus();
}

void Office.onReady(show);
