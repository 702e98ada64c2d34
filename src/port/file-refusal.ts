/**
 * Why a file cannot be read, said in one sentence naming the file and what it really is: the
 * package module's typed refusals (`XlsxError`) turned into the command line's sentences
 * (`messages(lang).cli`), so the pane and `thidua consolidate` skip a file with the same words.
 */
import type { Lang } from '../engine/findings';
import { messages } from '../engine/i18n';
import { XlsxError, XlsxPackage } from '../xlsx';

/** The sentence for a refusal of the package module; null for anything else. */
export function refusalSentence(e: unknown, name: string, lang: Lang): string | null {
  if (!(e instanceof XlsxError)) return null;
  const m = messages(lang).cli;
  const part = e.part ?? '';
  switch (e.code) {
    case 'not-zip':
      return m.notXlsx(name);
    case 'old-xls':
      return m.oldXls(name);
    case 'encrypted':
      return m.encrypted(name);
    case 'ods':
      return m.ods(name);
    case 'xlsb':
      return m.xlsb(name);
    case 'no-workbook':
      return m.noWorkbook(name);
    case 'no-sheets':
      return m.emptyWorkbook(name);
    case 'doctype':
      return m.doctype(name, part);
    case 'too-large':
      return m.tooLarge(name, e.mb ?? 0, e.limitMb ?? 0);
    case 'damaged': {
      const d = m.damage;
      const cause =
        e.reason === 'inflate'
          ? d.inflate(part)
          : e.reason === 'xml'
            ? d.xml(part)
            : e.reason === 'part-missing'
              ? d.partMissing(part)
              : e.reason === 'sheet-name'
                ? d.sheetName(e.sheet ?? '')
                : e.reason === 'unsupported-zip'
                  ? d.unsupportedZip
                  : d.zip;
      return m.corrupt(name, cause);
    }
  }
}

/** The underlying cause of a refusal, for THIDUA_DEBUG (the library's message, the part). */
export function refusalDetail(e: unknown): string {
  if (e instanceof XlsxError)
    return `${e.code}${e.reason ? `/${e.reason}` : ''}${e.part ? ` in ${e.part}` : ''}${e.detail ? `: ${e.detail}` : ''}`;
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/**
 * Why these bytes cannot be opened as a workbook (one sentence naming the file), or null when
 * the package opens and unpacks within `maxUnzippedMb`. Only the zip directory and the small
 * parts (content types, relationships, workbook) are read.
 */
export function xlsxProblem(bytes: Uint8Array, name: string, lang: Lang, maxUnzippedMb: number): string | null {
  try {
    XlsxPackage.open(bytes, { name, maxUnzippedBytes: maxUnzippedMb * 1048576 });
    return null;
  } catch (e) {
    const s = refusalSentence(e, name, lang);
    if (s) return s;
    throw e;
  }
}

/** The first line of an error, without file paths or stack frames. */
export function shortCause(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s
    .split('\n')[0]!
    .replace(/\s+at\s.*$/, '')
    .slice(0, 160);
}
