/**
 * Webpack loader for the plan templates (`examples/*.yaml`, imported by src/app/templates.ts):
 * each is read as YAML here, at build time, by the same reader and options as the core's
 * located reader (`src/core/model/parsePlan.ts`), and bundled as its data. The task pane then
 * starts from data, and no YAML reader comes into its first view. The jest transform
 * (tests/support/planTemplateTransform.js) makes the very same module, and
 * tests/unit/app/templates.test.ts holds each template's model equal to its text's.
 */
const { parseDocument } = require('yaml');

/** The module of a template: its data, given to `JSON.parse` (which reads it faster than a literal). */
function planTemplateSource(text, file = 'a plan template') {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`planTemplate: ${file} is not YAML: ${doc.errors[0].message}`);
  const data = doc.toJS({ maxAliasCount: 100 });
  return `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

module.exports = function planTemplateLoader(text) {
  return planTemplateSource(text, this.resourcePath);
};
module.exports.planTemplateSource = planTemplateSource;
