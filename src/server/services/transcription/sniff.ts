/**
 * Audio type from the first bytes of a file (the browser's declared type is
 * not trusted). Covers what MediaRecorder produces (WebM/Opus in Chromium and
 * Firefox, MP4/AAC in Safari, Ogg/Opus) and common uploads (WAV, MP3, FLAC).
 */

export interface AudioType {
  mediaType: 'audio/webm' | 'audio/ogg' | 'audio/mp4' | 'audio/wav' | 'audio/mpeg' | 'audio/flac';
  /** Extension the transcription API reads the format from. */
  extension: string;
}

const ascii = (bytes: Buffer, start: number, end: number): string => bytes.subarray(start, end).toString('latin1');

/** The audio type of `bytes`, or null when it is not a supported audio container. */
export function sniffAudio(bytes: Buffer): AudioType | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return { mediaType: 'audio/webm', extension: 'webm' };
  if (ascii(bytes, 0, 4) === 'OggS') return { mediaType: 'audio/ogg', extension: 'ogg' };
  if (ascii(bytes, 4, 8) === 'ftyp') return { mediaType: 'audio/mp4', extension: 'mp4' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE') return { mediaType: 'audio/wav', extension: 'wav' };
  if (ascii(bytes, 0, 4) === 'fLaC') return { mediaType: 'audio/flac', extension: 'flac' };
  // MP3: an ID3 tag, or an MPEG audio frame sync (11 set bits).
  if (ascii(bytes, 0, 3) === 'ID3' || (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0)) return { mediaType: 'audio/mpeg', extension: 'mp3' };
  return null;
}
