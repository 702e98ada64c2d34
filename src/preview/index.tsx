// Development-only preview of the task pane in a plain browser: the real pane, against the
// in-memory Excel fake seeded with a small Thái Bình district workbook. No Excel, no office.js.
// Built only in development mode (`npm run preview`, the dev server); never in dist/.
//
// For the browser test, the fake workbook is on `window.__thidua`: `state` (sheets, cells,
// conditional formats, settings), `stats`, and `snapshot()` for exact before/after comparison.
import { createFakeExcel, fakeFromModel, snapshot, type FakeExcel } from '../../test/fake-excel/index';
import { setHost, type Host } from '../taskpane/host';
import { mountPane } from '../taskpane/mount';
import { SAMPLE_MERGES, sampleModel } from './sample';

declare global {
  interface Window {
    __thidua?: {
      state: FakeExcel['state'];
      stats: FakeExcel['stats'];
      snapshot(): ReturnType<typeof snapshot>;
    };
  }
}

const params = new URLSearchParams(location.search);
const fake = createFakeExcel(fakeFromModel(sampleModel(), { merges: SAMPLE_MERGES, keepText: true }), {
  displayLanguage: params.get('lang') === 'en' ? 'en-US' : 'vi-VN',
});
window.__thidua = { state: fake.state, stats: fake.stats, snapshot: () => snapshot(fake.state) };

const host: Host = {
  Excel: fake.Excel as unknown as typeof Excel,
  Office: fake.Office as unknown as typeof Office,
  kind: 'preview',
};
setHost(host);
const el = document.getElementById('root');
if (el) mountPane(el, host);
