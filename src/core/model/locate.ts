/** A path into the plan: `['kpis', 3, 'backcast']`. */
export type SourcePath = readonly (string | number)[];

/** Where a path stands in the source the model came from. */
export interface SourceLocation {
  readonly field?: string;
  readonly line?: number;
  readonly cell?: string;
}

/**
 * Maps a plan path to a place the user can find: a field and line in a plan file,
 * or a cell in a workbook. Validation stays the same whichever the source.
 */
export type Locator = (path: SourcePath) => SourceLocation;

/** Locates a node's field (or, with an empty id, a top-level field) in the source. */
export type NodeLocator = (id: string, field: string) => SourceLocation;

/** `['kpis', 3, 'backcast']` → `kpis[3].backcast`. */
export function formatPath(path: SourcePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export const fieldLocator: Locator = (path) => ({ field: formatPath(path) });

/** The id under which a member's fields are located like a node's: `@yamada` (ids never hold `@`). */
export function memberKey(id: string): string {
  return `@${id}`;
}

/**
 * A node's field located through the plan's locator, by the node's place among the plan's
 * kpis; a member's (`memberKey(id)`, field `share` or `hypotheses.close_rate`) by their
 * place among its members. With an empty id the field is one of the plan's own: `month`.
 */
export function nodeLocator(
  kpis: readonly { readonly id: string }[],
  locate: Locator,
  members: readonly { readonly id: string }[] = [],
): NodeLocator {
  // The indexes are made the first time a field is located: most builds locate none.
  let indexOf: ReadonlyMap<string, number> | undefined;
  let memberIndex: ReadonlyMap<string, number> | undefined;
  return (id, field) => {
    indexOf ??= new Map(kpis.map((k, i) => [k.id, i]));
    memberIndex ??= new Map(members.map((m, i) => [memberKey(m.id), i]));
    const member = memberIndex.get(id);
    if (member !== undefined) return locate(['members', member, ...field.split('.')]);
    const index = indexOf.get(id);
    return index === undefined ? locate(field.split('.')) : locate(['kpis', index, field]);
  };
}
