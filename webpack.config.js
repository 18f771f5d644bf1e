/**
 * The add-in's web part: the task pane, the ribbon commands and their dialog, the support
 * page, the icons and the manifest, built into dist/web and served by webpack-dev-server on
 * https://localhost:3000 (the origin every URL in manifest.xml names).
 *
 *   npm run build:web                 production: minified, no source maps
 *   npm run dev-server                development: source maps, served over HTTPS with the
 *                                     Office developer certificate (npm start runs it)
 *
 * Options (`--env NAME[=VALUE]`):
 *   http           serve plain HTTP (standalone mode in a browser only: Excel requires HTTPS)
 *   port=N         serve on port N (0: any free port); default 3000
 *   origin=URL     production: the origin the add-in is hosted at, written into the copied
 *                  manifest in place of https://localhost:3000/
 *   stats=FILE     also write what each chunk holds (entrypoints, chunks, modules) to FILE,
 *                  for the bundle checks in tests/unit/pages.test.ts and bench/pane
 *
 * Code not needed for the first view (ExcelJS for standalone mode, the Office.js host) is
 * behind dynamic `import()`s and becomes chunks loaded on demand. office.js itself is not
 * bundled: each page loads it from Microsoft's CDN, as the store requires.
 */
const path = require('path');
const { mkdirSync, writeFileSync } = require('fs');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { developerCertificate } = require('./scripts/devCertificate.cjs');

const DEV_ORIGIN = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** The pages: html-webpack-plugin adds each page's bundle after office.js. */
const PAGES = [
  { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
  { name: 'commands', entry: './src/commands/entry.ts', template: './src/commands/commands.html' },
  { name: 'dialog', entry: './src/commands/dialog.ts', template: './src/commands/dialog.html' },
];

/**
 * Writes what the build holds to `file` (see `stats=` above), as
 * `{ entrypoints: { taskpane: ['taskpane.js'] }, chunks: [{ files, initial, modules: [{ path, bytes }] }] }`:
 * each page's first files, and each chunk's source modules (paths from the repository's
 * root, modules merged by webpack listed one by one, bytes before minification).
 */
class ChunkMapFile {
  constructor(file) {
    this.file = path.resolve(file);
  }

  apply(compiler) {
    compiler.hooks.done.tap('ChunkMapFile', ({ compilation }) => {
      // Packages by their place under node_modules, also when node_modules is a link to elsewhere.
      const relative = (resource) => {
        const rel = path.relative(compiler.context, resource).split(path.sep).join('/');
        const packages = rel.indexOf('node_modules/');
        return rel.startsWith('../') && packages >= 0 ? rel.slice(packages) : rel;
      };
      const sources = (module) =>
        module.modules
          ? module.modules.flatMap(sources)
          : module.nameForCondition()
            ? [{ path: relative(module.nameForCondition()), bytes: module.size() }]
            : [];
      const map = {
        entrypoints: Object.fromEntries(
          [...compilation.entrypoints].map(([name, entry]) => [
            name,
            entry.getFiles().filter((f) => f.endsWith('.js')),
          ]),
        ),
        chunks: [...compilation.chunks].map((chunk) => ({
          files: [...chunk.files].filter((f) => f.endsWith('.js')),
          initial: chunk.canBeInitial(),
          modules: [...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap(sources),
        })),
      };
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(this.file, JSON.stringify(map));
    });
  }
}

/** The production origin, with its trailing slash; null when none is given. */
function productionOrigin(env) {
  const origin = env.origin ?? process.env.KPI_TREE_ORIGIN;
  if (!origin) return null;
  const url = new URL(origin);
  if (url.protocol !== 'https:')
    throw new Error(`--env origin must be an https:// URL (the store requires it): ${origin}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const origin = dev ? null : productionOrigin(env);
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = env.port === undefined ? DEV_PORT : Number(env.port);

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, 'dist', 'web'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name]-[contenthash:8].js',
      // Relative to the page, so the add-in can be hosted under any path.
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // `npm run typecheck` checks types; the bundle only needs the JavaScript.
              transpileOnly: true,
              compilerOptions: {
                // ES modules, so that webpack sees each dynamic import() and splits there.
                module: 'es2020',
                target: 'es2020',
                sourceMap: dev,
              },
            },
          },
        },
        // Plan templates are bundled as their data, read from YAML here (scripts/planTemplate.cjs).
        { test: /\.yaml$/, use: path.resolve(__dirname, 'scripts', 'planTemplate.cjs') },
        // Japanese holidays: the package's table, written compactly (scripts/compactHolidays.cjs).
        {
          test: /[\\/]@holiday-jp[\\/]holiday_jp[\\/]lib[\\/]holidays\.js$/,
          use: path.resolve(__dirname, 'scripts', 'compactHolidays.cjs'),
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: [p.name],
            scriptLoading: 'defer',
            inject: 'head',
          }),
      ),
      // The support page the manifest's SupportUrl names: static, no script.
      new HtmlWebpackPlugin({ filename: 'support.html', template: './src/support/support.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: '[name][ext]',
            transform: (content) => (origin ? content.toString().replaceAll(DEV_ORIGIN, origin) : content),
          },
        ],
      }),
      ...(env.stats ? [new ChunkMapFile(env.stats)] : []),
    ],
    performance: {
      // The first view's budget is counted gzipped (tests/unit/pages.test.ts, bench/pane),
      // not by webpack's raw-size hint.
      hints: false,
    },
    stats: 'errors-warnings',
    devServer: serving
      ? {
          host: 'localhost',
          port,
          server: env.http ? 'http' : { type: 'https', options: await developerCertificate() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: dev,
          liveReload: dev,
          client: dev ? { overlay: { warnings: false } } : false,
          // A production build served (tests, bench) is also written out, so that what is
          // served can be weighed; development stays in memory.
          devMiddleware: { writeToDisk: !dev },
        }
      : undefined,
  };
};
