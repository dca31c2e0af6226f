import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';

/** What an accepted upload is, decided from its bytes. */
export interface SniffedType {
  /** Served as the Content-Type of downloads. */
  contentType: string;
  /** The name endings that fit the content; the first is added to a name that has none of them. */
  extensions: readonly string[];
  /** Raster images get a WebP preview. */
  image: boolean;
}

const kind = (contentType: string, extensions: string[], image = false): SniffedType => ({
  contentType,
  extensions,
  image,
});

/**
 * The allow-list, keyed by what `file-type` recognises from the magic numbers and, for the Office
 * Open XML and OpenDocument formats, from the entries inside the ZIP. Anything it recognises as
 * something else (an executable, HTML, SVG/XML, a macro-enabled Office file, a JAR/APK …) is
 * refused, whatever the file is called.
 */
const BY_MAGIC: Readonly<Record<string, SniffedType>> = {
  pdf: kind('application/pdf', ['pdf']),
  png: kind('image/png', ['png'], true),
  jpg: kind('image/jpeg', ['jpg', 'jpeg', 'jpe', 'jfif'], true),
  gif: kind('image/gif', ['gif'], true),
  webp: kind('image/webp', ['webp'], true),
  docx: kind('application/vnd.openxmlformats-officedocument.wordprocessingml.document', ['docx']),
  xlsx: kind('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ['xlsx']),
  pptx: kind('application/vnd.openxmlformats-officedocument.presentationml.presentation', ['pptx']),
  odt: kind('application/vnd.oasis.opendocument.text', ['odt']),
  ods: kind('application/vnd.oasis.opendocument.spreadsheet', ['ods']),
  zip: kind('application/zip', ['zip']),
};

/** Legacy Word and Excel files are OLE compound files (CFB); told apart by the streams inside. */
const LEGACY_OFFICE: ReadonlyArray<{ extension: string; streams: readonly string[]; type: SniffedType }> = [
  { extension: 'doc', streams: ['WordDocument'], type: kind('application/msword', ['doc']) },
  { extension: 'xls', streams: ['Workbook', 'Book'], type: kind('application/vnd.ms-excel', ['xls']) },
];

/** Plain text has no magic number: accepted only under one of these names, as valid UTF-8. */
const TEXT: Readonly<Record<string, SniffedType>> = {
  txt: kind('text/plain; charset=utf-8', ['txt']),
  csv: kind('text/csv; charset=utf-8', ['csv']),
  md: kind('text/markdown; charset=utf-8', ['md']),
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The type of an upload from its content, or null when it is not one the portal accepts. The name
 * matters only to tell plain text (which has no signature) and the two legacy Office formats apart.
 */
export async function sniffFileType(data: Buffer, name: string): Promise<SniffedType | null> {
  const extension = extensionOf(name);
  const detected = data.length > 0 ? await fileTypeFromBuffer(data) : undefined;
  if (detected) {
    const accepted = BY_MAGIC[detected.ext];
    if (accepted) return accepted;
    if (detected.ext === 'cfb') {
      const legacy = LEGACY_OFFICE.find((l) => l.extension === extension);
      return legacy && cfbHasStream(data, legacy.streams) ? legacy.type : null;
    }
  }
  // Nothing recognised, or a signature that also reads as text (e.g. a note beginning "MZ"): a real
  // binary of that kind always holds NUL bytes or invalid UTF-8, so it cannot pass as text.
  const text = TEXT[extension];
  if (text && isUtf8(data) && !data.includes(0)) return text;
  return null;
}

/**
 * The same decision for a file on disk (a streamed upload), never reading it whole into memory:
 * `file-type` reads only the parts it needs; the legacy Office check scans the file in 1 MiB reads;
 * plain text is checked over the whole file (valid UTF-8, no NUL byte), also in 1 MiB reads.
 */
export async function sniffFileTypeOfFile(path: string, name: string): Promise<SniffedType | null> {
  const extension = extensionOf(name);
  const detected = await fileTypeFromFile(path);
  if (detected) {
    const accepted = BY_MAGIC[detected.ext];
    if (accepted) return accepted;
    if (detected.ext === 'cfb') {
      const legacy = LEGACY_OFFICE.find((l) => l.extension === extension);
      return legacy && (await cfbFileHasStream(path, legacy.streams)) ? legacy.type : null;
    }
  }
  const text = TEXT[extension];
  if (text && (await isUtf8TextFile(path))) return text;
  return null;
}

/** Reads per step when a file is scanned (a multiple of the 128-byte CFB directory entry). */
const SCAN_CHUNK = 1024 * 1024;

/**
 * Whether an OLE compound file has a stream of one of these names. Directory entries are 128 bytes,
 * sector-aligned after the 512-byte header, each starting with its UTF-16LE name and giving the
 * name's byte length (with the terminating NUL) at offset 64; object type 2 is a stream.
 */
function cfbHasStream(data: Buffer, names: readonly string[]): boolean {
  return data.length > 512 && entriesHaveStream(data.subarray(512), wantedNames(names));
}

async function cfbFileHasStream(path: string, names: readonly string[]): Promise<boolean> {
  const wanted = wantedNames(names);
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SCAN_CHUNK);
    // Read from offset 512 in 128-aligned steps, so no entry straddles two reads (a partial entry
    // at the very end is ignored, as in the in-memory check).
    for (let position = 512; ; position += SCAN_CHUNK) {
      const { bytesRead } = await handle.read(buffer, 0, SCAN_CHUNK, position);
      if (bytesRead === 0) return false;
      if (entriesHaveStream(buffer.subarray(0, bytesRead), wanted)) return true;
      if (bytesRead < SCAN_CHUNK) return false;
    }
  } finally {
    await handle.close();
  }
}

const wantedNames = (names: readonly string[]) => names.map((n) => Buffer.from(`${n}\0`, 'utf16le'));

/** Scans 128-byte directory entries from the start of `block`. */
function entriesHaveStream(block: Buffer, wanted: readonly Buffer[]): boolean {
  for (let offset = 0; offset + 128 <= block.length; offset += 128) {
    const nameLength = block.readUInt16LE(offset + 64);
    if (block[offset + 66] !== 2) continue;
    for (const name of wanted) {
      if (nameLength === name.length && block.subarray(offset, offset + name.length).equals(name))
        return true;
    }
  }
  return false;
}

/**
 * Whether a whole file is valid UTF-8 without NUL bytes, read in 1 MiB steps: a multi-byte
 * character cut by the end of a read is carried over to the next one.
 */
async function isUtf8TextFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SCAN_CHUNK + 3);
    let carried = 0;
    for (let position = 0; ;) {
      const { bytesRead } = await handle.read(buffer, carried, SCAN_CHUNK, position);
      if (bytesRead === 0) return carried === 0;
      position += bytesRead;
      const end = carried + bytesRead;
      const view = buffer.subarray(0, end);
      if (view.includes(0)) return false;
      const cut = end - incompleteTail(view);
      if (!isUtf8(view.subarray(0, cut))) return false;
      buffer.copy(buffer, 0, cut, end);
      carried = end - cut;
    }
  } finally {
    await handle.close();
  }
}

/** How many bytes at the end begin a UTF-8 sequence that the next read completes (0–3). */
function incompleteTail(view: Buffer): number {
  for (let back = 1; back <= Math.min(3, view.length); back++) {
    const byte = view[view.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

const CONTROL = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/gu;
export const FILE_NAME_MAX = 200;

/**
 * The user's file name as shown and offered on download: the last path part only (a browser may
 * send `C:\Users\…\x.pdf`), NFC, without control or bidirectional-override characters (which can
 * make `exe.pdf` read as `fdp.exe`), without leading dots or surrounding spaces, at most 200
 * characters (the ending kept), and ending in an extension that fits its content.
 */
export function cleanFileName(raw: string, type: SniffedType): string {
  let name = raw.normalize('NFC').replace(CONTROL, '');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name.trim().replace(/^\.+/, '').trim();
  const extension = extensionOf(name);
  if (!type.extensions.includes(extension)) name = `${name || 'file'}.${type.extensions[0]}`;
  const chars = [...name];
  if (chars.length > FILE_NAME_MAX) {
    const ending = [...name.slice(name.lastIndexOf('.'))];
    name = chars.slice(0, FILE_NAME_MAX - ending.length).join('') + ending.join('');
  }
  return name;
}
