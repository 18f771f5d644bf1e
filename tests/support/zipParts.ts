import { promises as fs } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/**
 * The parts of an .xlsx package (a zip), by name, as text: enough to look at the XML a
 * writer produced (what a library reading the file back would smooth over). Stored and
 * deflated entries only, as spreadsheet programs write them.
 */
export async function xlsxParts(file: string): Promise<Map<string, string>> {
  const zip = await fs.readFile(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    parts.set(name, (method === 0 ? raw : inflateRawSync(raw)).toString('utf8'));
    at += 46 + skip;
  }
  return parts;
}
