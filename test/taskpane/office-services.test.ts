// @vitest-environment happy-dom
/**
 * The pane's services over the Excel fake: the unit kept in the workbook's settings and
 * given to the check, a finished file opened with `Excel.createWorkbook` where the host has
 * ExcelApi 1.8 and downloaded elsewhere (and in the preview), and a check that yields to the
 * pane after announcing each stage.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPreset } from '../../src/engine/plan/presets';
import { OfficeWorkbook } from '../../src/port/office-adapter';
import { runCheckInExcel } from '../../src/port/office-check';
import { SETTING_KEYS } from '../../src/port/office-settings';
import { readExportData } from '../../src/port/file-export';
import { XlsxPackage } from '../../src/xlsx';
import { SAMPLE_MERGES, sampleModel } from '../../src/preview/sample';
import { buildSummaryExportFile } from '../../src/taskpane/export';
import type { Host } from '../../src/taskpane/host';
import { createOfficeServices, toBase64 } from '../../src/taskpane/office-services';
import { createFakeExcel, fakeFromModel, snapshot, type FakeExcel } from '../fake-excel';

const PLAN = getPreset('thai-binh-32-2021')!;

function hostOf(fake: FakeExcel, kind: Host['kind'] = 'excel'): Host {
  return { Excel: fake.Excel as unknown as typeof Excel, Office: fake.Office as unknown as typeof Office, kind };
}

const sample = (apiSets?: Record<string, string>) =>
  createFakeExcel(fakeFromModel(sampleModel(), { merges: SAMPLE_MERGES, keepText: true }), apiSets ? { apiSets } : {});

/** Records the downloads the pane starts (an <a download> clicked with a blob URL). */
function watchDownloads() {
  const seen: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    seen.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  return seen;
}

afterEach(() => vi.restoreAllMocks());

describe('pane services over Excel', { timeout: 30_000 }, () => {
  it('keeps the unit in the workbook and gives it to the check', async () => {
    const fake = sample();
    const services = createOfficeServices(hostOf(fake));
    expect((await services.load()).unit).toBeNull();
    await services.saveUnit('  Huyện Vũ Thư ');
    expect(JSON.parse(fake.state.settings[SETTING_KEYS.unit]!)).toBe('Huyện Vũ Thư');
    const reopened = createOfficeServices(hostOf(fake.reopen()));
    expect((await reopened.load()).unit).toBe('Huyện Vũ Thư');

    const o = await reopened.check({ plan: PLAN, lang: 'vi', mapping: null, waivers: [], unit: 'Huyện Vũ Thư' }, () => {});
    expect(o.unit).toBe('Huyện Vũ Thư');
    expect(o.workbookName).toBe(fake.state.name);
    expect(o.result.workbookUnit).toEqual({ name: 'Huyện Vũ Thư', inferred: false });

    await reopened.saveUnit(null);
    expect(fake.state.settings[SETTING_KEYS.unit]).toBeUndefined();
  });

  it('keeps the conference date in the workbook, gives it to the check, and starts from an old plan’s own date', async () => {
    const fake = sample();
    const services = createOfficeServices(hostOf(fake));
    expect((await services.load()).conferenceDate).toBeNull();
    await services.saveConferenceDate('2021-06-25');
    expect(JSON.parse(fake.state.settings[SETTING_KEYS.conferenceDate]!)).toBe('2021-06-25');
    expect((await createOfficeServices(hostOf(fake.reopen())).load()).conferenceDate).toBe('2021-06-25');

    const o = await services.check({ plan: PLAN, lang: 'vi', mapping: null, waivers: [], conferenceDate: '2021-06-25' }, () => {});
    expect(o.conferenceDate).toBe('2021-06-25');
    expect(o.result.notices.find((n) => n.code === 'deadline')?.message).toContain('11/06/2021');
    expect(o.model?.sheets.map((s) => s.name)).toEqual(['Tỷ lệ cử tri', 'Tiêu chí', 'Đề nghị khen thưởng']);
    await services.saveConferenceDate(null);
    expect(fake.state.settings[SETTING_KEYS.conferenceDate]).toBeUndefined();
    await expect(services.saveConferenceDate('25/06/2021')).rejects.toThrow(RangeError);

    // A workbook whose edited plan carried the date (as the plan editor stored it before).
    const old = sample();
    const edited = { ...PLAN, dossier: { workingDaysBeforeConference: 10, conferenceDate: '2021-09-10' } };
    old.state.settings[SETTING_KEYS.plan] = JSON.stringify({ plan: edited });
    const oldServices = createOfficeServices(hostOf(old.reopen()));
    expect((await oldServices.load()).conferenceDate).toBe('2021-09-10');
    await oldServices.saveConferenceDate('2021-06-25');
    expect((await oldServices.load()).conferenceDate).toBe('2021-06-25');
  });

  it('opens the export as a new workbook with ExcelApi 1.8 (createWorkbook), the workbook itself untouched', async () => {
    const fake = sample();
    const services = createOfficeServices(hostOf(fake));
    const o = await services.check({ plan: PLAN, lang: 'vi', mapping: null, waivers: [] }, () => {});
    const before = snapshot(fake.state);
    const file = await buildSummaryExportFile(o, PLAN, [], 'vi');
    expect(await services.openFile(file.fileName, file.bytes)).toBe('opened');
    expect(snapshot(fake.state)).toEqual(before);
    expect(fake.state.createdWorkbooks).toHaveLength(1);
    const back = await readExportData(XlsxPackage.open(new Uint8Array(Buffer.from(fake.state.createdWorkbooks[0]!, 'base64'))));
    expect(back.ok && back.data).toMatchObject({
      plan: PLAN.id,
      unit: { name: 'UBND huyện Vũ Thư', inferred: true },
      total: { registered: o.result.summary.total.registered, voted: o.result.summary.total.voted },
    });
  });

  it('downloads it where createWorkbook is missing (ExcelApi 1.7), in the preview, and when Excel refuses it', async () => {
    const bytes = Uint8Array.from([80, 75, 3, 4, 1, 2, 3]);
    const downloads = watchDownloads();

    const old = sample({ ExcelApi: '1.7' });
    expect(await createOfficeServices(hostOf(old)).openFile('Tong-hop-A.xlsx', bytes)).toBe('downloaded');
    expect(old.state.createdWorkbooks).toEqual([]);

    const preview = sample();
    expect(await createOfficeServices(hostOf(preview, 'preview')).openFile('Tong-hop-B.xlsx', bytes)).toBe('downloaded');
    expect(preview.state.createdWorkbooks).toEqual([]);

    const refusing = sample();
    refusing.Excel.createWorkbook = () =>
      Promise.reject(Object.assign(new Error('Payload too large'), { code: 'RequestPayloadSizeLimitExceeded' }));
    expect(await createOfficeServices(hostOf(refusing)).openFile('Gop-bao-cao-C.xlsx', bytes)).toBe('downloaded');

    expect(downloads.map((d) => d.name)).toEqual(['Tong-hop-A.xlsx', 'Tong-hop-B.xlsx', 'Gop-bao-cao-C.xlsx']);
    expect(downloads[0]!.blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(new Uint8Array(await downloads[0]!.blob.arrayBuffer())).toEqual(bytes);
  });

  it('the fake refuses createWorkbook below ExcelApi 1.8, as an older Excel would', async () => {
    await expect(sample({ ExcelApi: '1.7' }).Excel.createWorkbook('UEsDBA==')).rejects.toThrow(/ExcelApi 1\.8/);
  });

  it('encodes large files to base64 in pieces', () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});

describe('runCheckInExcel yields after announcing each stage', () => {
  it('read, check and write are each reported, then the pane gets the event loop, before the work', async () => {
    const fake = sample();
    const port = new OfficeWorkbook(fake.Excel as unknown as typeof Excel, { office: fake.Office as unknown as typeof Office });
    const events: string[] = [];
    await runCheckInExcel(port, {
      plan: PLAN,
      lang: 'vi',
      onProgress: (s, f) => events.push(`${s}@${f}`),
      pause: async () => {
        events.push('pause');
      },
    });
    // Each stage starts at 0 and is followed at once by the pause, before any other progress.
    for (const s of ['read', 'check', 'write']) expect(events[events.indexOf(`${s}@0`) + 1], s).toBe('pause');
    expect(events.filter((e) => e === 'pause')).toHaveLength(3);
    const order = events.filter((e) => e.endsWith('@0') || e === 'pause');
    expect(order.slice(0, 2)).toEqual(['read@0', 'pause']);
    expect(order.indexOf('check@0')).toBeLessThan(order.indexOf('write@0'));
  });

  it('by default waits for a macrotask (no animation frames outside a browser)', async () => {
    const fake = sample();
    const port = new OfficeWorkbook(fake.Excel as unknown as typeof Excel, { office: fake.Office as unknown as typeof Office });
    const spy = vi.spyOn(globalThis, 'setTimeout');
    await runCheckInExcel(port, { plan: PLAN, lang: 'vi' });
    expect(spy.mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});
