/** Jest transform: a bundled text file (a .yaml plan) is a module exporting its text, as esbuild's `text` loader makes it. */
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` };
  },
};
