/**
 * Request sizes. Excel on the web rejects a request (everything queued before one
 * `context.sync()`) over 5 MB, so the host estimates each queued operation's JSON and
 * syncs before 4 MB. Estimates count UTF-8 bytes (Japanese text is 3 bytes a character)
 * plus a fixed overhead for the object path and method of each queued action.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** A single cell write is split into row slabs of at most this size. */
export const SLAB_BUDGET_BYTES = 1024 * 1024;
/** The action envelope Office.js adds to each queued call or property set. */
export const ACTION_OVERHEAD_BYTES = 200;

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/**
 * What one queued action sends besides its envelope: the path of the object it acts on
 * (`names/T_calls`, `KPIツリー!A5:K40`), the member (property or method) and its payload.
 */
export function actionBytes(path: string, member: string, payload: unknown): number {
  return jsonBytes(path) + jsonBytes(member) + jsonBytes(payload);
}

/** Splits items into consecutive groups whose sizes add up to at most `budget` (an oversized item stands alone). */
export function groupBySize<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const s = sizeOf(item);
    if (current.length > 0 && size + s > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += s;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
