/**
 * Minimal ZIP inspection for DOCX uploads, done BEFORE mammoth/JSZip see the
 * file: read the central directory, refuse archives whose declared
 * uncompressed size exceeds the cap, then inflate each entry with a hard output
 * cap so a lying header cannot expand past it either (zip-bomb guard).
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Thrown for structural problems; the caller maps it to an AppError. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'too_large',
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** Read every entry of the central directory. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let pos = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CEN_SIG) throw new ZipError('corrupt', 'bad central directory');
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    const entry: ZipEntry = {
      name: buf.toString('utf8', pos + 46, pos + 46 + nameLen),
      method: buf.readUInt16LE(pos + 10),
      compressedSize: buf.readUInt32LE(pos + 20),
      uncompressedSize: buf.readUInt32LE(pos + 24),
      localHeaderOffset: buf.readUInt32LE(pos + 42),
    };
    // ZIP64 entries only exist for files past 4 GB: far beyond any resume.
    if (entry.uncompressedSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) {
      throw new ZipError('too_large', 'zip64 entry');
    }
    entries.push(entry);
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 64 KB + 22 bytes. */
function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  throw new ZipError('corrupt', 'no end of central directory');
}

/**
 * Check declared sizes against `maxTotal`, then inflate every entry with an
 * output cap of what is left of the budget. Returns the real total size.
 */
export function assertZipWithinLimit(buf: Buffer, entries: ZipEntry[], maxTotal: number): number {
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > maxTotal) throw new ZipError('too_large', `declares ${declared} bytes`);
  let actual = 0;
  for (const entry of entries) {
    actual += inflatedSize(buf, entry, maxTotal - actual);
    if (actual > maxTotal) throw new ZipError('too_large', `expands past ${maxTotal} bytes`);
  }
  return actual;
}

function inflatedSize(buf: Buffer, entry: ZipEntry, budget: number): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOC_SIG) throw new ZipError('corrupt', 'bad local header');
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipError('corrupt', 'entry truncated');
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw new ZipError('corrupt', `unsupported compression ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError('too_large', 'inflates past budget');
    throw new ZipError('corrupt', 'bad deflate data');
  }
}
