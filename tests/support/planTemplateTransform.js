/** Jest transform: a plan template (`examples/*.yaml`) is a module exporting its data, as the webpack build bundles it. */
const { planTemplateSource } = require('../../scripts/planTemplate.cjs');

module.exports = {
  process(sourceText, sourcePath) {
    return { code: planTemplateSource(sourceText, sourcePath) };
  },
};
