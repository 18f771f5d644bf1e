#!/usr/bin/env node
/**
 * Writes package.json's version into manifest.xml's <Version>, with a fourth part
 * (0.2.0 → 0.2.0.0), so that the two never drift apart. `npm version` runs it (the
 * package's `version` script) after bumping package.json and before committing, and adds
 * manifest.xml to that commit:
 *
 *   npm version patch | minor | major | X.Y.Z
 *
 * The store takes four numbers only, so a prerelease version (1.0.0-beta.1) is refused.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.cwd();
const version = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  process.stderr.write(
    `manifest.xml takes a version of numbers only (X.Y.Z.W): package.json's "${version}" cannot be written there.\n`,
  );
  process.exit(1);
}
const file = path.join(dir, 'manifest.xml');
const xml = readFileSync(file, 'utf8');
const versions = [...xml.matchAll(/<Version>[^<]*<\/Version>/g)];
if (versions.length !== 1) {
  process.stderr.write(`manifest.xml should hold one <Version>, not ${versions.length}.\n`);
  process.exit(1);
}
writeFileSync(file, xml.replace(versions[0][0], `<Version>${version}.0</Version>`));
process.stdout.write(`manifest.xml: version ${version}.0\n`);

// Inside `npm version` in a git work tree: the manifest goes into npm's version commit.
let inGit = false;
try {
  inGit =
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim() === 'true';
} catch {
  inGit = false;
}
if (inGit && process.env.npm_lifecycle_event === 'version')
  execFileSync('git', ['add', 'manifest.xml'], { cwd: dir, stdio: 'inherit' });
