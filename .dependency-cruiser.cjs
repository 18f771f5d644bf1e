/**
 * Which way imports point in src, checked by `npm run deps` (part of `npm test`) with
 * dependency-cruiser. Type-only imports count. A broken rule prints the two files and
 * the rule's comment below; fix the import, or move the code to the layer it belongs in.
 */

/**
 * The layers of src/core, lowest first. A file may import its own layer and the layers
 * before it, never one after it; every folder (or file) of src/core is in exactly one.
 */
const CORE_LAYERS = [
  {
    name: 'basics',
    paths: ['brand.ts', 'num', 'text', 'i18n'],
    about: 'branded ids, rounding, text width, messages',
  },
  {
    name: 'calendar-formula',
    paths: ['calendar', 'formula'],
    about: 'working days and weeks; the formula AST',
  },
  { name: 'model', paths: ['model', 'templates'], about: 'a plan read into a tree; plan templates' },
  { name: 'targets', paths: ['backcast', 'whatIf'], about: 'targets computed from the tree' },
  { name: 'layout', paths: ['layout'], about: 'each sheet as data: WorkbookSpec, rows, columns' },
  { name: 'rules', paths: ['rules'], about: 'the checks and their findings' },
  {
    name: 'workbook',
    paths: ['workbook'],
    about: 'the whole generated workbook, Settings and Checks sheets',
  },
  { name: 'reader', paths: ['reader'], about: 'a workbook read back into a tree' },
  {
    name: 'top',
    paths: ['review', 'sync', 'analyze.ts'],
    about: 'review tabs, rebuilds in place, the analysis',
  },
];

/**
 * The folders of src under these rules, each with the other folders of src it may import
 * (besides itself). Add one block per folder; its files are then checked for cycles too.
 */
const SRC_FOLDERS = [
  {
    folder: 'core',
    mayImport: [],
    why: 'src/core is the pure heart of the product: it imports nothing else in src (DESIGN.md §2).',
  },
  {
    folder: 'hosts',
    mayImport: ['core'],
    why: 'A host only translates what the core computes into a spreadsheet API: it imports only src/core.',
  },
  {
    folder: 'app',
    mayImport: ['hosts', 'core'],
    why: 'src/app holds every operation a person runs, once, over the host port; the doors (cli, taskpane, commands) call it, never the other way round.',
  },
  {
    folder: 'cli',
    mayImport: ['app', 'hosts', 'core'],
    why: 'The command line is a door: it opens files and calls src/app.',
  },
  {
    folder: 'taskpane',
    mayImport: ['app', 'hosts', 'core'],
    why: 'The task pane is a door: it calls src/app and knows hosts only through the port.',
  },
  {
    folder: 'commands',
    mayImport: ['app', 'hosts', 'core'],
    why: 'The ribbon commands are a door: they call src/app and know hosts only through the port.',
  },
];

/** What the doors may not reach past src/app for: the parts that decide and write a workbook. */
const OPERATION_INTERNALS = '^src/core/(sync|workbook)/|^src/core/review/(reviewSpec|layout[A-Za-z]*|closeTab|closeOtherMonths|historyOf)\\.ts$|^src/core/reader/readWorkbook\\.ts$';

const doorRules = [
  {
    name: 'doors-call-operations',
    severity: 'error',
    comment:
      'The pane, the ribbon and the CLI run operations through src/app only (one implementation for all three doors): ' +
      'call or add a function in src/app instead of reaching into what builds, rebuilds or reviews a workbook.',
    from: { path: '^src/(cli|taskpane|commands)/' },
    to: { path: OPERATION_INTERNALS },
  },
  {
    name: 'ui-sees-the-port',
    severity: 'error',
    comment:
      'The pane and the ribbon see a workbook only through the host port (src/hosts/port.ts); the hosts themselves are ' +
      'created in src/app/connect.ts.',
    from: { path: '^src/(taskpane|commands)/' },
    to: { path: '^src/hosts/', pathNot: '^src/hosts/port\\.ts$' },
  },
  {
    name: 'cli-opens-files',
    severity: 'error',
    comment: 'The command line reaches the hosts only to open and save files (src/hosts/xlsx) and through the port.',
    from: { path: '^src/cli/' },
    to: { path: '^src/hosts/', pathNot: '^src/hosts/(port\\.ts$|xlsx/)' },
  },
];

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex for the files of some src/core paths: a folder's files, or a single file. */
const corePaths = (paths) =>
  `^src/core/(${paths.map((p) => (p.endsWith('.ts') ? `${escapeRegex(p)}$` : `${escapeRegex(p)}/`)).join('|')})`;
const ORDER = CORE_LAYERS.map((l) => l.paths.join(' ')).join(' → ');

const coreOrder = CORE_LAYERS.slice(0, -1).map((layer, i) => {
  const above = CORE_LAYERS.slice(i + 1).flatMap((l) => l.paths);
  return {
    name: `core-order-${layer.name}`,
    severity: 'error',
    comment:
      `src/core/${layer.paths.join(', ')} (${layer.about}) sits below ${above.join(', ')} and must not ` +
      `import them: move what both need down, or this code up. The layers of src/core, lowest first: ${ORDER}.`,
    from: { path: corePaths(layer.paths) },
    to: { path: corePaths(above) },
  };
});

const placed = corePaths(CORE_LAYERS.flatMap((l) => l.paths));
const unplaced =
  'Every file of src/core belongs to one layer: add its folder to CORE_LAYERS in .dependency-cruiser.cjs.';

const srcFolders = SRC_FOLDERS.map(({ folder, mayImport, why }) => ({
  name: `src-${folder}`,
  severity: 'error',
  comment: `${why} It may import ${[folder, ...mayImport].map((f) => `src/${f}`).join(', ')}.`,
  from: { path: `^src/${folder}/` },
  to: { path: '^src/', pathNot: `^src/(${[folder, ...mayImport].join('|')})/` },
}));

const checked = `^src/(${SRC_FOLDERS.map((f) => f.folder).join('|')})(/|$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'These files import each other in a circle (type imports count). Move what they share into a ' +
        'file both can import, so the dependency points one way.',
      from: { path: checked },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment:
        'These folders import each other in a circle, though no single file does. Decide which folder ' +
        'is lower and move the code that breaks the order.',
      scope: 'folder',
      from: { path: checked },
      to: { circular: true },
    },
    ...coreOrder,
    {
      name: 'core-unplaced',
      severity: 'error',
      comment: unplaced,
      from: { path: '^src/core/', pathNot: placed },
      to: {},
    },
    {
      name: 'core-unplaced-import',
      severity: 'error',
      comment: unplaced,
      from: {},
      to: { path: '^src/core/', pathNot: placed },
    },
    ...srcFolders,
    ...doorRules,
  ],
  options: {
    // Type-only imports are dependencies too: a layer must not even name a higher layer's types.
    tsPreCompilationDeps: true,
    includeOnly: '^src/',
    doNotFollow: { path: 'node_modules' },
  },
};
