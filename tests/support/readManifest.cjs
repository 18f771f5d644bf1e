/**
 * Prints what office-addin-manifest reads from an add-in manifest, as JSON:
 * `{ info, xml }` — `info` from `OfficeAddinManifest.readManifestFile` (the package's
 * public reader), `xml` the xml2js tree its XML handler parses the file into.
 *
 *   node tests/support/readManifest.cjs manifest.xml
 *
 * Run as its own Node process: the package loads ES-module-only dependencies (uuid,
 * strip-bom), which Node requires as they are but jest's module loader cannot.
 */
const { OfficeAddinManifest } = require('office-addin-manifest');
const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');

async function main(file) {
  const info = await OfficeAddinManifest.readManifestFile(file);
  const xml = await new ManifestHandlerXml(file).parseXmlAsync();
  process.stdout.write(JSON.stringify({ info, xml }));
}

main(process.argv[2]).catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
