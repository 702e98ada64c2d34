/**
 * Opens a workbook file for the command line on the package module (src/xlsx, with Node's
 * zlib), turning every way a file can be wrong into one sentence for the user: missing, not
 * a zip (a CSV renamed), an old .xls, an .ods, an .xlsb, password-protected, damaged, a zip
 * bomb, no sheets. The sentences are the pane's too (`src/port/file-refusal.ts`).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { messages } from '../engine/i18n';
import type { Lang } from '../engine/findings';
import { FileWorkbook } from '../port/file-workbook';
import { refusalDetail, refusalSentence, shortCause } from '../port/file-refusal';
import type { WorkbookKind } from '../xlsx';
import { zlibCodec } from './zlib-codec';

export { shortCause };

export class InputError extends Error {
  /** The underlying cause, printed with THIDUA_DEBUG=1. */
  readonly debug?: string;
  constructor(message: string, debug?: string) {
    super(message);
    if (debug) this.debug = debug;
  }
}

/** Unpacked size above which a file is refused (a 1M-row member list unpacks to ~250 MB). */
export const MAX_UNZIPPED_MB = Number(process.env.THIDUA_MAX_UNZIPPED_MB ?? 1024);

/** The kind a file name's extension promises (spreadsheet extensions only). */
const KIND_OF_EXT: Record<string, WorkbookKind | 'other'> = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsm',
  '.xltx': 'xltx',
  '.xltm': 'xltm',
  '.xlam': 'xlam',
  '.xls': 'other',
  '.xlsb': 'other',
  '.ods': 'other',
  '.csv': 'other',
};

/**
 * The sentence refusing `--out` when its extension would change the workbook's kind (an .xlsm
 * copy named .xlsx, or back): by the input's name before anything is read, by its content
 * once it is open. Null when the name is fine (or not a spreadsheet extension at all).
 */
export function outKindProblem(input: string, out: string, lang: Lang, kind?: WorkbookKind): string | null {
  const want = kind ?? KIND_OF_EXT[extname(input).toLowerCase()];
  const got = KIND_OF_EXT[extname(out).toLowerCase()];
  if (!want || want === 'other' || !got || got === want) return null;
  const m = messages(lang).cli;
  return m.outKind(basename(out), basename(input), m.kinds[want]);
}

export async function openWorkbook(path: string, lang: Lang): Promise<{ book: FileWorkbook; name: string }> {
  const m = messages(lang).cli;
  const name = basename(path);
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new InputError(m.fileMissing(path));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(m.fileMissing(path));
  }
  const buf = await readFile(path);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  try {
    return { book: FileWorkbook.open(bytes, name, { codec: zlibCodec, maxUnzippedBytes: MAX_UNZIPPED_MB * 1048576 }), name };
  } catch (e) {
    throw asInputError(e, name, lang);
  }
}

/** A refusal of the package module (opening, reading or writing) as the one sentence the user gets. */
export function asInputError(e: unknown, name: string, lang: Lang): Error {
  if (e instanceof InputError) return e;
  const sentence = refusalSentence(e, name, lang);
  return sentence ? new InputError(sentence, refusalDetail(e)) : (e as Error);
}
