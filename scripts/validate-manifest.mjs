#!/usr/bin/env node
/**
 * `npm run validate`: validates the add-in manifest with `office-addin-manifest validate`
 * (Microsoft's online validation service, the check the store runs). When that service
 * cannot be reached (no network, a firewall, CI), validates it offline instead against
 * the manifest's XML schemas in tests/schemas/office-manifest with xmllint. Says which one
 * ran; exits 1 on any error, from either.
 *
 *   node scripts/validate-manifest.mjs [manifest.xml]
 *
 * KPI_TREE_MANIFEST_SCHEMA names another OfficeAppManifestV1_1.xsd (with its siblings).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const SCHEMA = path.join('tests', 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');
const UNREACHABLE = 'Unable to contact the manifest validation service';

/** `office-addin-manifest validate FILE`: its exit code and everything it printed. */
function validateOnline(manifest) {
  const cli = require.resolve('office-addin-manifest/cli.js');
  const run = spawnSync(process.execPath, [cli, 'validate', manifest], { encoding: 'utf8' });
  return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}

/** xmllint against the schema: its exit code and everything it printed. */
function validateOffline(manifest, schema) {
  if (!existsSync(schema)) return { status: 1, output: `The schema is missing: ${schema}\n` };
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, manifest], { encoding: 'utf8' });
  if (run.error) {
    const missing = run.error.code === 'ENOENT';
    return {
      status: 1,
      output: missing
        ? 'xmllint is not installed (Debian: apt-get install libxml2-utils).\n'
        : `xmllint failed to run: ${run.error.message}\n`,
    };
  }
  return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}

function main() {
  const manifest = path.resolve(process.argv[2] ?? path.join(ROOT, 'manifest.xml'));
  const schema = path.resolve(ROOT, process.env.KPI_TREE_MANIFEST_SCHEMA ?? SCHEMA);
  const say = (line) => process.stdout.write(`${line}\n`);

  const here = path.relative(process.cwd(), manifest);
  say(
    `Validating ${here.startsWith('..') ? manifest : here} with office-addin-manifest (online validation service)…`,
  );
  const online = validateOnline(manifest);
  if (!online.output.includes(UNREACHABLE)) {
    process.stdout.write(online.output);
    say(
      online.status === 0
        ? 'Validated online by the Office Add-in validation service: the manifest is valid.'
        : 'office-addin-manifest validate failed (above).',
    );
    return online.status === 0 ? 0 : 1;
  }

  const reason =
    online.output.split('\n').find((l) => /getaddrinfo|ECONN|ETIMEDOUT|EAI_AGAIN|reason:/.test(l)) ?? '';
  say(`The online validation service is unreachable${reason ? ` (${reason.trim()})` : ''}.`);
  say(`Validating offline against the XML schemas instead: xmllint --schema ${path.relative(ROOT, schema)}`);
  const offline = validateOffline(manifest, schema);
  process.stdout.write(offline.output);
  say(
    offline.status === 0
      ? `Validated offline against the schemas in ${path.relative(ROOT, path.dirname(schema))}: the manifest is valid. The store also runs the online check.`
      : 'Offline schema validation failed (above).',
  );
  return offline.status === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main();
