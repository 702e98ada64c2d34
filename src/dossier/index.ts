/**
 * The dossier a unit sends upward (issue 13): the *Tờ trình đề nghị khen thưởng* with its
 * *Danh sách kèm theo* and the *Bản tóm tắt thành tích*, drafted as a Word document from the
 * checked workbook and the plan. Pure: no file system, no DOM — the command line writes the
 * bytes, the pane downloads them; the pane loads this module (and `docx`) only when drafting.
 * The document never carries thidua's findings: only the unit's data, the plan's texts and
 * visible placeholders where something must still be filled in.
 */
import { Packer } from 'docx';
import { composeDossier, type DossierInput } from './compose';
import { renderDossier } from './render';

export type { DossierDetails, DossierInput, DossierModel } from './compose';
export { composeDossier, dateParts, placeOfUnit } from './compose';

export async function buildDossier(input: DossierInput): Promise<Uint8Array> {
  return Packer.pack(renderDossier(composeDossier(input)), 'uint8array');
}
