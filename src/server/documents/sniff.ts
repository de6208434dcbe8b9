/**
 * Decide what a file is from its bytes. Filenames and declared types lie
 * (an executable renamed resume.pdf); magic bytes are the source of truth.
 */
import { fileTypeFromBuffer } from 'file-type';

export type SniffedKind = 'pdf' | 'zip' | 'cfb' | 'other';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Classify by leading bytes. PDF readers accept the header anywhere in the first 1 KB. */
export function sniffKind(bytes: Buffer): SniffedKind {
  if (bytes.subarray(0, 1024).includes(PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  return 'other';
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

/**
 * Office files saved with a password are CFB containers holding an
 * "EncryptedPackage" stream (its name is stored in UTF-16LE).
 */
export function isEncryptedOfficeFile(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

const FRIENDLY_NAMES: Record<string, string> = {
  exe: 'a Windows program',
  elf: 'a Linux program',
  macho: 'a macOS program',
  png: 'a PNG image',
  jpg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  heic: 'a HEIC photo',
  tif: 'a TIFF image',
  zip: 'a ZIP archive',
  gz: 'a compressed archive',
  rtf: 'an RTF document',
  doc: 'an old Word (.doc) file',
  xlsx: 'an Excel spreadsheet',
  pptx: 'a PowerPoint presentation',
  odt: 'an OpenDocument text file',
  epub: 'an e-book',
  mp3: 'an audio file',
  mp4: 'a video file',
};

/** A human name for binary content ("a PNG image"), using file-type when it knows. */
export async function describeBinary(bytes: Buffer): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes.subarray(0, 64 * 1024)).catch(() => undefined);
  if (!detected) return 'binary data';
  return FRIENDLY_NAMES[detected.ext] ?? `a ${detected.ext.toUpperCase()} file (${detected.mime})`;
}

/** The standard refusal when content is not one of the formats we read. */
export function unsupportedMessage(what: string): string {
  return (
    `This file looks like ${what}, not a PDF, Word (.docx), text or Markdown file. ` +
    'Upload your document in one of those formats, or paste the text instead.'
  );
}
