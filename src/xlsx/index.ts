/**
 * The project's own OOXML package module: reads any workbook a unit sends into the engine's
 * model, writes the flagged copy by adding only what thidua adds, and writes new workbooks.
 * Runs in Node and in the browser (no Node APIs; files are read and written by the shells).
 */
export { fflateCodec, type Codec, type Deflater } from './codec';
export { XlsxError, type XlsxRefusal, type DamageReason } from './errors';
export { XlsxPackage, DEFAULT_MAX_UNZIPPED_BYTES, type OpenOptions, type SheetInfo, type WorkbookKind } from './package';
export { patchWorkbook, freeSheetName, findOwnSummary, type PatchOptions, type PatchResult } from './patch';
export { writeWorkbook } from './write';
export type { NewSheet, NewCell } from './sheet-xml';
export { isDateFormat, BUILTIN_FORMATS } from './numfmt';
