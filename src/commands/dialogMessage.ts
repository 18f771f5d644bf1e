/** What a ribbon command hands its message dialog, in the URL's hash. */
export interface DialogMessage {
  readonly text: string;
  readonly isError: boolean;
}

export function dialogHash(message: DialogMessage): string {
  return `#${encodeURIComponent(JSON.stringify(message))}`;
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
