/**
 * Fresh memory: the pages the kernel hands a process the first time it writes to them. On
 * a virtual machine each such page fault can cost microseconds, and a build that lays out
 * tens of megabytes of new objects takes thousands of them. The bench counts them and
 * measures what one costs at the time, so a figure that moves with the machine says how
 * much of it was the machine.
 */
import { timed } from './timing';

/** Minor page faults this process has taken so far: each a fresh page of memory. */
export function pageFaults(): number {
  return process.resourceUsage().minorPageFault;
}

/**
 * The size of the buffer written to price a fresh page: thousands of pages, a fraction of a
 * second; above the 32 MB up to which the C allocator may hand back memory already used.
 */
export const PROBE_BYTES = 48 * 1024 * 1024;

/**
 * What one fresh page costs on this machine now, in microseconds: a new buffer is written
 * twice; the first write takes its pages, the second is the write alone. Null when the
 * first write took no fresh page (the memory came back from an earlier use), so there is
 * nothing to price.
 */
export function freshPageUs(bytes: number = PROBE_BYTES): number | null {
  const buffer = Buffer.alloc(bytes);
  const before = pageFaults();
  const first = timed(() => buffer.fill(1)).ms;
  const faults = pageFaults() - before;
  const again = timed(() => buffer.fill(2)).ms;
  if (faults === 0) return null;
  return Math.max(0, ((first - again) * 1000) / faults);
}
