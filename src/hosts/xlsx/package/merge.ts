import { ProtectedSheetError, ProtectedWorkbookError } from './errors';
import { ContentTypes, Package, REL, Rels, relKind, relativeTarget, relsPathOf, workbookPartOf } from './opc';
import { SharedStringMerger } from './sharedStrings';
import { isProtectedSheet, repointSheet, WORKSHEET_ORDER, type TextGuard } from './sheetCells';
import { cloneElement, StyleMerger } from './styles';
import {
  attr,
  child,
  element,
  elements,
  insertInOrder,
  localName,
  parseXml,
  prefixOf,
  removeAttr,
  setAttr,
  text,
  textOf,
  type XmlDocument,
  type XmlElement,
} from './xml';

/** How the operation changed the workbook's defined names (as ExcelJS models them). */
export interface NameChanges {
  readonly removed: readonly string[];
  readonly set: readonly { readonly name: string; readonly ranges: readonly string[] }[];
}

export interface MergeRequest {
  /** The file as it was read. */
  readonly original: Package;
  /** The same workbook after the operation, as ExcelJS writes it. */
  readonly written: Package;
  /** The sheets whose content the operation changed (new sheets are found by themselves). */
  readonly changed: ReadonlySet<string>;
  /**
   * The sheets ExcelJS read when the file was opened. Any other sheet of the file (a chart
   * sheet, a macro sheet) never reached the workbook model: it is kept where it was.
   */
  readonly loaded: ReadonlySet<string>;
  readonly names: NameChanges;
  readonly guard: TextGuard;
}

const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

function cloneDocument(doc: XmlDocument): XmlDocument {
  return { prolog: doc.prolog, root: cloneElement(doc.root), epilog: doc.epilog };
}

/** The children of `<workbook>` in the schema's order. */
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'AlternateContent',
  'revisionPtr',
  'absPath',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

/**
 * What a rewritten sheet's relationships of these kinds point at is written again by
 * ExcelJS (notes and their drawing, hyperlinks, tables); every other relationship of the
 * sheet (a drawing with charts and images, pivot tables, threaded comments, controls…)
 * is kept with its parts as they were.
 */
const REWRITTEN = new Set(['comments', 'vmlDrawing', 'hyperlink', 'table', 'printerSettings']);

/** Elements of a rewritten sheet that point at kept parts: put back where the schema wants them. */
const KEPT_ELEMENTS = ['drawing', 'picture'] as const;

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const SHARED_STRINGS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

interface SheetEntry {
  readonly el: XmlElement;
  readonly name: string;
  readonly rid: string;
  readonly part: string;
}

function sheetsOf(pkg: Package, workbookPart: string, workbook: XmlDocument): SheetEntry[] {
  const rels = Rels.of(pkg, workbookPart);
  return elements(child(workbook.root, 'sheets') ?? workbook.root, 'sheet').map((el) => {
    const rid = attr(el, 'r:id') ?? '';
    return { el, name: attr(el, 'name') ?? '', rid, part: rels.byId(rid)?.part ?? '' };
  });
}

function xmlOf(pkg: Package, part: string): XmlDocument {
  const doc = pkg.xml(part);
  if (doc === undefined) throw new Error(`The package has no part ${part}.`);
  return doc;
}

/**
 * The original file with the operation's work written into it, and nothing else changed:
 * sheets the operation did not change keep their parts byte for byte, and so do charts,
 * drawings, images, pivot tables and caches, protection, people's defined names, comments
 * and every part the tool does not know. A sheet the operation changed is taken from
 * ExcelJS's output, re-pointed at the file's own styles and strings, with its kept parts
 * (a drawing with charts, pivot tables…) still attached. Gives null when nothing changed.
 *
 * Throws ProtectedSheetError when a changed sheet is protected, ProtectedWorkbookError
 * when sheets are added, removed or moved in a workbook whose structure is protected.
 */
export function mergePackages(request: MergeRequest): Package | null {
  const { original, written } = request;
  const nWorkbookPart = workbookPartOf(written);
  const nSheets = sheetsOf(written, nWorkbookPart, xmlOf(written, nWorkbookPart));

  const pkg = original.clone();
  const workbookPart = workbookPartOf(pkg);
  const workbook = xmlOf(pkg, workbookPart);
  const workbookRels = Rels.of(pkg, workbookPart);
  const allSheets = sheetsOf(pkg, workbookPart, workbook);
  const foreign = allSheets.filter((o) => !request.loaded.has(o.name));
  const oSheets = allSheets.filter((o) => request.loaded.has(o.name));
  const byName = new Map(oSheets.map((s) => [s.name, s]));
  const rewritten = nSheets.filter((n) => request.changed.has(n.name) || !byName.has(n.name));
  const removed = oSheets.filter((o) => !nSheets.some((n) => n.name === o.name));
  const moved = nSheets.map((n) => n.name).join('\u0000') !== oSheets.map((o) => o.name).join('\u0000');
  const namesChanged = request.names.removed.length + request.names.set.length > 0;
  if (rewritten.length === 0 && !moved && !namesChanged) return null;

  for (const n of rewritten) {
    const o = byName.get(n.name);
    if (o && isProtectedSheet(xmlOf(pkg, o.part).root)) throw new ProtectedSheetError(n.name);
  }
  if (moved && isStructureLocked(workbook.root)) throw new ProtectedWorkbookError();

  const types = ContentTypes.of(pkg);
  const writtenTypes = ContentTypes.of(written);
  const nWorkbookRels = Rels.of(written, nWorkbookPart);
  const sourceStyles = written.xml(nWorkbookRels.byKind('styles')[0]?.part ?? '');
  const sourceStrings = written.xml(nWorkbookRels.byKind('sharedStrings')[0]?.part ?? '');
  const stylesPart = workbookRels.byKind('styles')[0]?.part ?? null;
  const stringsPart = workbookRels.byKind('sharedStrings')[0]?.part ?? null;
  const emptyStyles = (): XmlDocument => parseXml(EMPTY_STYLES);
  // Without a style sheet of its own, the file takes the written one (a copy: both are edited apart).
  const targetStyles =
    (stylesPart ? pkg.xml(stylesPart) : undefined) ??
    (sourceStyles ? cloneDocument(sourceStyles) : emptyStyles());
  const styles = new StyleMerger(targetStyles, sourceStyles ?? emptyStyles());
  const strings = new SharedStringMerger(stringsPart ? pkg.xml(stringsPart) : undefined, sourceStrings);
  const copier = new PartCopier(written, pkg, writtenTypes, types);

  const rPrefix = relPrefix(workbook.root);
  let nextSheetId = Math.max(0, ...allSheets.map((o) => Number(attr(o.el, 'sheetId') ?? 0))) + 1;
  const sheetEls: XmlElement[] = [];
  for (const n of nSheets) {
    const o = byName.get(n.name);
    if (o && !request.changed.has(n.name)) {
      sheetEls.push(o.el);
      continue;
    }
    const part = o?.part ?? pkg.freeName('xl/worksheets/sheet', '.xml');
    const doc = xmlOf(written, n.part);
    repointSheet(doc.root, styles, strings, request.guard);
    const rels = Rels.empty(part);
    const before = o ? xmlOf(pkg, o.part) : undefined;
    const keepsDrawing = before !== undefined && child(before.root, 'drawing') !== undefined;
    for (const r of Rels.of(written, n.part).all()) {
      if (r.external || r.part === null) {
        rels.add({ id: r.id, type: r.type, target: r.target, external: r.external });
      } else if (keepsDrawing && relKind(r.type) === 'drawing') {
        doc.root.children = doc.root.children.filter(
          (c) => !(c.kind === 'element' && localName(c.name) === 'drawing'),
        );
      } else {
        rels.add({ id: r.id, type: r.type, target: relativeTarget(part, copier.copy(r.part)) });
      }
    }
    if (o && before) {
      const ids = new Map<string, string>();
      for (const r of Rels.of(pkg, o.part).all()) {
        if (REWRITTEN.has(relKind(r.type))) {
          if (r.part !== null) dropPart(pkg, types, r.part);
          continue;
        }
        const id = rels.freeId();
        rels.add({
          id,
          type: r.type,
          target: r.external || r.part === null ? r.target : relativeTarget(part, r.part),
          external: r.external,
        });
        ids.set(r.id, id);
      }
      keepElements(before.root, doc.root, ids);
    }
    pkg.setXml(part, doc);
    pkg.delete(relsPathOf(part));
    rels.save(pkg);
    types.declare(part, writtenTypes.typeOf(n.part) ?? WORKSHEET_TYPE);

    let el: XmlElement;
    if (o) el = cloneElement(o.el);
    else {
      const rid = workbookRels.freeId();
      workbookRels.add({ id: rid, type: REL.worksheet, target: relativeTarget(workbookPart, part) });
      el = element(`${prefixOf(workbook.root.name)}sheet`, {
        name: n.name,
        sheetId: String(nextSheetId++),
        [`${rPrefix}id`]: rid,
      });
    }
    const state = attr(n.el, 'state');
    if (state !== undefined && state !== 'visible') setAttr(el, 'state', state);
    else removeAttr(el, 'state');
    sheetEls.push(el);
  }

  for (const o of removed) {
    for (const r of Rels.of(pkg, o.part).all())
      if (r.part !== null && REWRITTEN.has(relKind(r.type))) dropPart(pkg, types, r.part);
    dropPart(pkg, types, o.part);
    workbookRels.remove(o.rid);
  }

  // Sheets ExcelJS never read stay, each after the sheet it followed.
  for (const f of foreign) {
    const at = allSheets.indexOf(f);
    const after = allSheets
      .slice(0, at)
      .reverse()
      .map((o) => sheetEls.findIndex((el) => attr(el, 'name') === o.name))
      .find((i) => i >= 0);
    sheetEls.splice(after === undefined ? 0 : after + 1, 0, f.el);
  }
  const sheetsEl = child(workbook.root, 'sheets');
  if (sheetsEl) {
    sheetsEl.children = sheetEls;
    sheetsEl.selfClosing = sheetEls.length === 0;
  }
  const newIndex = allSheets.map((o) => sheetEls.findIndex((el) => attr(el, 'name') === o.name));
  updateDefinedNames(workbook.root, request.names, newIndex);
  takePrintNames(
    workbook.root,
    xmlOf(written, nWorkbookPart).root,
    rewritten.map((n) => ({ name: n.name, from: nSheets.indexOf(n), to: sheetEls.findIndex((el) => attr(el, 'name') === n.name) })),
  );
  for (const view of elements(child(workbook.root, 'bookViews') ?? workbook.root, 'workbookView')) {
    for (const a of ['activeTab', 'firstSheet']) {
      const v = attr(view, a);
      if (v !== undefined) setAttr(view, a, String(Math.max(0, newIndex[Number(v)] ?? 0)));
    }
  }
  if (rewritten.length > 0 || namesChanged) recalculateOnLoad(workbook.root);
  if (rewritten.length > 0 || removed.length > 0) {
    // The calculation chain lists formula cells by address: stale once a sheet is rewritten.
    for (const r of workbookRels.byKind('calcChain')) {
      if (r.part !== null) dropPart(pkg, types, r.part);
      workbookRels.remove(r.id);
    }
  }

  if (styles.changed || !stylesPart) {
    const part = stylesPart ?? 'xl/styles.xml';
    pkg.setXml(part, styles.document);
    if (!stylesPart) {
      workbookRels.add({
        id: workbookRels.freeId(),
        type: REL.styles,
        target: relativeTarget(workbookPart, part),
      });
      types.declare(part, STYLES_TYPE);
    }
  }
  if (strings.changed) {
    const part = stringsPart ?? pkg.freeName('xl/sharedStrings', '.xml');
    pkg.setXml(part, strings.document);
    if (!stringsPart) {
      workbookRels.add({
        id: workbookRels.freeId(),
        type: REL.sharedStrings,
        target: relativeTarget(workbookPart, part),
      });
      types.declare(part, SHARED_STRINGS_TYPE);
    }
  }
  copier.finish();
  pkg.setXml(workbookPart, workbook);
  workbookRels.save(pkg);
  types.save(pkg);
  return pkg;
}

/**
 * A workbook ExcelJS wrote, with nothing to keep from an earlier file: only the text
 * flag (quote prefix) is added where a cell's text needs it.
 */
export function flagTexts(written: Package, guard: TextGuard): Package {
  const pkg = written.clone();
  const workbookPart = workbookPartOf(pkg);
  const rels = Rels.of(pkg, workbookPart);
  const stylesPart = rels.byKind('styles')[0]?.part ?? null;
  const stringsPart = rels.byKind('sharedStrings')[0]?.part ?? null;
  if (stylesPart === null) return pkg;
  const styles = new StyleMerger(xmlOf(pkg, stylesPart), xmlOf(written, stylesPart));
  // The strings are laid out afresh, in the order the sheets use them (CRs escaped on the way).
  const strings = new SharedStringMerger(undefined, stringsPart ? xmlOf(written, stringsPart) : undefined);
  for (const sheet of sheetsOf(pkg, workbookPart, xmlOf(pkg, workbookPart))) {
    const doc = xmlOf(pkg, sheet.part);
    repointSheet(doc.root, styles, strings, guard);
    pkg.setXml(sheet.part, doc);
  }
  if (styles.changed) pkg.setXml(stylesPart, styles.document);
  if (strings.changed && stringsPart) pkg.setXml(stringsPart, strings.document);
  return pkg;
}

function isStructureLocked(root: XmlElement): boolean {
  const p = child(root, 'workbookProtection');
  const lock = p === undefined ? undefined : attr(p, 'lockStructure');
  return lock === '1' || lock === 'true';
}

/** The prefix the workbook part gives the relationships namespace (`r:`). */
function relPrefix(root: XmlElement): string {
  const ns = root.attrs.find(
    (a) =>
      a.name.startsWith('xmlns:') &&
      a.raw === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  );
  return ns ? `${ns.name.slice(6)}:` : 'r:';
}

function dropPart(pkg: Package, types: ContentTypes, part: string): void {
  pkg.delete(part);
  pkg.delete(relsPathOf(part));
  types.forget(part);
}

/**
 * Puts a kept drawing (charts, images) and background picture of the sheet as it was
 * back into the rewritten sheet, pointing at the relationships they were given.
 */
function keepElements(before: XmlElement, after: XmlElement, ids: ReadonlyMap<string, string>): void {
  for (const name of KEPT_ELEMENTS) {
    const kept = child(before, name);
    if (!kept) continue;
    const idAttr = kept.attrs.find((a) => localName(a.name) === 'id' && a.name.includes(':'));
    const id = idAttr === undefined ? undefined : ids.get(idAttr.raw);
    if (idAttr === undefined || id === undefined) continue;
    const uri = before.attrs.find((a) => a.name === `xmlns:${prefixOf(idAttr.name).slice(0, -1)}`)?.raw;
    const prefix = uri === undefined ? 'r:' : ensureNamespace(after, uri, prefixOf(idAttr.name));
    const copy = element(`${prefixOf(after.name)}${name}`, { [`${prefix}id`]: id });
    after.children = after.children.filter((c) => !(c.kind === 'element' && localName(c.name) === name));
    insertInOrder(after, copy, WORKSHEET_ORDER);
  }
}

/** The prefix `root` gives namespace `uri`, declaring it (as `wanted`) when it has none. */
function ensureNamespace(root: XmlElement, uri: string, wanted: string): string {
  const found = root.attrs.find((a) => a.name.startsWith('xmlns:') && a.raw === uri);
  if (found) return `${found.name.slice(6)}:`;
  let prefix = wanted.slice(0, -1) || 'r';
  while (root.attrs.some((a) => a.name === `xmlns:${prefix}`)) prefix += '_';
  setAttr(root, `xmlns:${prefix}`, uri);
  return `${prefix}:`;
}

function updateDefinedNames(root: XmlElement, changes: NameChanges, newIndex: readonly number[]): void {
  const touched = new Set(
    [...changes.removed, ...changes.set.map((s) => s.name)].map((n) => n.toLowerCase()),
  );
  let list = child(root, 'definedNames');
  if (list) {
    list.children = list.children.filter((c) => {
      if (c.kind !== 'element') return true;
      const local = attr(c, 'localSheetId');
      if (local === undefined) return !touched.has((attr(c, 'name') ?? '').toLowerCase());
      const index = newIndex[Number(local)] ?? -1;
      if (index < 0) return false;
      if (index !== Number(local)) setAttr(c, 'localSheetId', String(index));
      return true;
    });
  }
  if (changes.set.length > 0 && !list) {
    list = element(`${prefixOf(root.name)}definedNames`);
    insertInOrder(root, list, WORKBOOK_ORDER);
  }
  if (!list) return;
  for (const n of changes.set) {
    list.children.push(
      element(`${prefixOf(root.name)}definedName`, { name: n.name }, [text(n.ranges.join(','))]),
    );
  }
  list.selfClosing = false;
  if (elements(list, 'definedName').length === 0) {
    root.children = root.children.filter((c) => c !== list);
  }
}

/**
 * Makes `sheet` the one the file opens on: the workbook view's active tab, and the tab
 * selected in the sheets' views (`tabSelected`), changed in place in each sheet's text so
 * that nothing else of a sheet changes. Gives whether anything changed.
 */
export function activateSheet(pkg: Package, sheet: string): boolean {
  const workbookPart = workbookPartOf(pkg);
  const workbook = xmlOf(pkg, workbookPart);
  const sheets = sheetsOf(pkg, workbookPart, workbook);
  const index = sheets.findIndex((s) => s.name === sheet);
  if (index < 0) throw new Error(`The sheet "${sheet}" is not in the file.`);
  let changed = false;
  let views = child(workbook.root, 'bookViews');
  if (!views) {
    views = element(`${prefixOf(workbook.root.name)}bookViews`);
    insertInOrder(workbook.root, views, WORKBOOK_ORDER);
  }
  let view = child(views, 'workbookView');
  if (!view) {
    view = element(`${prefixOf(workbook.root.name)}workbookView`);
    views.children.push(view);
    views.selfClosing = false;
  }
  if (Number(attr(view, 'activeTab') ?? 0) !== index) {
    setAttr(view, 'activeTab', String(index));
    changed = true;
  }
  if (Number(attr(view, 'firstSheet') ?? 0) > index) setAttr(view, 'firstSheet', String(index));
  if (changed) pkg.setXml(workbookPart, workbook);
  sheets.forEach((s, i) => {
    const text = pkg.text(s.part);
    const tag = text === undefined ? undefined : /<(?:[\w.-]+:)?sheetView\b[^>]*>/.exec(text);
    if (text === undefined || !tag) return;
    let next = tag[0].replace(/\stabSelected\s*=\s*(["'])[^"']*\1/, '');
    if (i === index) next = next.replace(/\s*(\/?)>$/, ' tabSelected="1"$1>');
    if (next === tag[0]) return;
    pkg.setBytes(s.part, new TextEncoder().encode(text.slice(0, tag.index) + next + text.slice(tag.index + tag[0].length)));
    changed = true;
  });
  return changed;
}

/** The sheet-level names that say how a sheet prints. */
const PRINT_NAMES = ['_xlnm.Print_Area', '_xlnm.Print_Titles'] as const;

/**
 * A rewritten sheet prints as ExcelJS wrote it: its print area and repeated rows (names
 * local to the sheet) are taken from ExcelJS's output in place of the file's. ExcelJS
 * writes one name per area of a print area: they become one name, as Excel has it. A sheet
 * whose name holds a quote keeps the file's, as ExcelJS does not double the quote.
 */
function takePrintNames(
  root: XmlElement,
  writtenRoot: XmlElement,
  sheets: readonly { readonly name: string; readonly from: number; readonly to: number }[],
): void {
  const written = elements(child(writtenRoot, 'definedNames') ?? writtenRoot, 'definedName');
  const taken = sheets.filter((s) => s.to >= 0 && !s.name.includes("'"));
  if (taken.length === 0) return;
  let list = child(root, 'definedNames');
  const isPrint = (el: XmlElement): boolean =>
    PRINT_NAMES.some((n) => n.toLowerCase() === (attr(el, 'name') ?? '').toLowerCase());
  const additions: XmlElement[] = [];
  for (const sheet of taken) {
    if (list)
      list.children = list.children.filter(
        (c) => c.kind !== 'element' || !isPrint(c) || attr(c, 'localSheetId') !== String(sheet.to),
      );
    for (const name of PRINT_NAMES) {
      const areas = written
        .filter((el) => attr(el, 'name') === name && attr(el, 'localSheetId') === String(sheet.from))
        .map((el) => textOf(el));
      if (areas.length > 0)
        additions.push(
          element(`${prefixOf(root.name)}definedName`, { name, localSheetId: String(sheet.to) }, [
            text(areas.join(',')),
          ]),
        );
    }
  }
  if (additions.length === 0) {
    if (list && elements(list, 'definedName').length === 0) root.children = root.children.filter((c) => c !== list);
    return;
  }
  if (!list) {
    list = element(`${prefixOf(root.name)}definedNames`);
    insertInOrder(root, list, WORKBOOK_ORDER);
  }
  list.children.push(...additions);
  list.selfClosing = false;
}

function recalculateOnLoad(root: XmlElement): void {
  let calc = child(root, 'calcPr');
  if (!calc) {
    calc = element(`${prefixOf(root.name)}calcPr`, { calcId: '191029' });
    insertInOrder(root, calc, WORKBOOK_ORDER);
  }
  setAttr(calc, 'fullCalcOnLoad', '1');
}

/**
 * Copies parts of ExcelJS's output (a rewritten sheet's notes, their drawing, tables)
 * into the file under names it does not use yet, with their own relationships and
 * content types; table ids are kept unique across the file.
 */
class PartCopier {
  private readonly copied = new Map<string, string>();
  private readonly tables: string[] = [];

  constructor(
    private readonly from: Package,
    private readonly to: Package,
    private readonly fromTypes: ContentTypes,
    private readonly toTypes: ContentTypes,
  ) {}

  copy(part: string): string {
    const done = this.copied.get(part);
    if (done !== undefined) return done;
    const bytes = this.from.bytes(part);
    if (bytes === undefined) throw new Error(`The written workbook has no part ${part}.`);
    const match = /^(.*?)(\d*)(\.[^./]+)$/.exec(part);
    const target = this.to.freeName(match?.[1] ?? part, match?.[3] ?? '');
    this.copied.set(part, target);
    this.to.setBytes(target, bytes);
    const type = this.fromTypes.typeOf(part);
    if (type !== undefined) this.toTypes.declare(target, type);
    const rels = Rels.of(this.from, part).all();
    if (rels.length > 0) {
      const out = Rels.empty(target);
      for (const r of rels) {
        if (r.external || r.part === null)
          out.add({ id: r.id, type: r.type, target: r.target, external: r.external });
        else out.add({ id: r.id, type: r.type, target: relativeTarget(target, this.copy(r.part)) });
      }
      out.save(this.to);
    }
    if (type?.endsWith('table+xml')) this.tables.push(target);
    return target;
  }

  /** Gives copied tables ids no other table of the file has. */
  finish(): void {
    if (this.tables.length === 0) return;
    const copied = new Set(this.tables);
    const used = new Set<number>();
    for (const p of this.to.paths()) {
      if (copied.has(p) || !this.toTypes.typeOf(p)?.endsWith('table+xml')) continue;
      const id = Number(attr(xmlOf(this.to, p).root, 'id'));
      if (Number.isFinite(id)) used.add(id);
    }
    let next = Math.max(0, ...used) + 1;
    for (const p of this.tables) {
      const doc = xmlOf(this.to, p);
      const id = Number(attr(doc.root, 'id'));
      if (!used.has(id)) {
        used.add(id);
        continue;
      }
      setAttr(doc.root, 'id', String(next));
      used.add(next++);
      this.to.setXml(p, doc);
    }
  }
}
