/** Reading a summary export's data block back in tests, with the reader the pane and the command line use. */
import { readFileSync } from 'node:fs';
import type { ExportData } from '../../src/engine/export/data';
import { readExportData } from '../../src/port/file-export';
import { XlsxPackage } from '../../src/xlsx';

export async function exportDataOf(bytes: Uint8Array): Promise<ExportData> {
  const r = await readExportData(XlsxPackage.open(bytes));
  if (!r.ok) throw new Error(`no data block: ${r.reason}`);
  return r.data;
}

export async function readExportFile(path: string): Promise<{ ok: true; data: ExportData } | { ok: false; reason: string }> {
  return readExportData(XlsxPackage.open(new Uint8Array(readFileSync(path))));
}
