/// <reference types="office-js" />
import { parseDialogHash } from './dialogMessage';

/**
 * The ribbon commands' message dialog: shows the text handed over in the URL's hash, as
 * text (never as markup), and tells the command to close it.
 */
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
