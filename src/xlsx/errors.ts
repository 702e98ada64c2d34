/**
 * Why a file cannot be read as a workbook, as a typed error: the shells (command line,
 * task pane) turn each code into one sentence in the user's language (`src/port/file-refusal.ts`);
 * `detail` is the underlying cause (a library's message, an offset), shown with THIDUA_DEBUG=1.
 */

export type XlsxRefusal =
  /** Not a zip and not an OLE compound file: a CSV or text renamed, other bytes. */
  | 'not-zip'
  /** An Excel 97–2003 workbook (OLE compound file). */
  | 'old-xls'
  /** A password-protected (encrypted) Office file: an OLE file holding `EncryptedPackage`. */
  | 'encrypted'
  /** An OpenDocument spreadsheet (LibreOffice / OpenOffice `.ods`). */
  | 'ods'
  /** An Excel binary workbook (`.xlsb`). */
  | 'xlsb'
  /** A zip, but no spreadsheet workbook part reachable through its relationships. */
  | 'no-workbook'
  /** A workbook without a single sheet. */
  | 'no-sheets'
  /** An XML part declaring a DOCTYPE or entities (never expanded). */
  | 'doctype'
  /** Unpacks beyond the size limit (zip bomb guard). */
  | 'too-large'
  /** Damaged: broken zip structure, compressed data, XML, or a part the workbook needs. */
  | 'damaged';

/** What is damaged, for the sentence's cause (`detail` has the technical rest). */
export type DamageReason = 'zip' | 'inflate' | 'xml' | 'part-missing' | 'sheet-name' | 'unsupported-zip';

export class XlsxError extends Error {
  readonly code: XlsxRefusal;
  readonly reason?: DamageReason;
  /** The package part concerned (`xl/worksheets/sheet1.xml`), when there is one. */
  readonly part?: string;
  /** The underlying cause, for THIDUA_DEBUG. */
  readonly detail?: string;
  /** For `too-large`: unpacked size and limit, in MB. */
  readonly mb?: number;
  readonly limitMb?: number;
  /** For `damaged` / `sheet-name`: the offending sheet name. */
  readonly sheet?: string;

  constructor(
    code: XlsxRefusal,
    opts: { reason?: DamageReason; part?: string; detail?: string; mb?: number; limitMb?: number; sheet?: string } = {},
  ) {
    super(`${code}${opts.reason ? `/${opts.reason}` : ''}${opts.part ? ` in ${opts.part}` : ''}${opts.detail ? `: ${opts.detail}` : ''}`);
    this.name = 'XlsxError';
    this.code = code;
    Object.assign(this, opts);
  }
}

export function damaged(reason: DamageReason, part?: string, detail?: string): XlsxError {
  return new XlsxError('damaged', { reason, ...(part ? { part } : {}), ...(detail ? { detail } : {}) });
}

/** The message of anything thrown, first line only. */
export function causeOf(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.split('\n')[0]!.slice(0, 200);
}
