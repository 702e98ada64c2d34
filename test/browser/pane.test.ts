/**
 * The task pane in a real browser: Debian's Chromium, driven by playwright-core, on the
 * development preview (the real pane against the in-memory Excel fake seeded with the
 * built-in Thái Bình sample). Builds the preview with webpack into a temporary folder,
 * serves it on a free localhost port, runs the whole flow, stops.
 *
 *   npm run test:browser        (also part of `npm test`)
 *
 * Screenshots of the main states go to test/artifacts/ (ignored by git); the one with
 * results also to docs/pane.png for the README when that file is missing or
 * UPDATE_DOCS_SCREENSHOT=1. Skips, saying why, when /usr/bin/chromium is absent
 * (`apt-get install chromium`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { check } from '../../src/engine/check';
import { buildExportData, type ExportData } from '../../src/engine/export/data';
import type { Waiver } from '../../src/engine/findings';
import type { Plan } from '../../src/engine/plan/schema';
import { buildSummaryExport, readExportData } from '../../src/port/file-export';
import { XlsxPackage } from '../../src/xlsx';
import { sampleModel } from '../../src/preview/sample';
import type { WorkbookSnapshot } from '../fake-excel/index';
import { sheet, workbook } from '../helpers/model';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/artifacts');
const DOCS_SHOT = join(ROOT, 'docs/pane.png');
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  console.warn(`\n⚠ test/browser/pane.test.ts skipped: ${CHROMIUM} not found (install it: apt-get install -y chromium).\n`);
}

const TURNOUT = 'Tỷ lệ cử tri';
const NOMINEES = 'Đề nghị khen thưởng';
const SUMMARY = 'Tổng hợp';

/** Builds the preview into `out` with the project's webpack config (development mode, preview entry only). */
function buildPreview(out: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
        '--config',
        join(ROOT, 'webpack.preview.config.js'),
        '--env',
        `outputPath=${out}`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 && existsSync(join(out, 'preview.html')) ? ok() : fail(new Error(`preview build failed (${code}):\n${log.slice(-4000)}`)),
    );
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

/** A static server for the built folder on 127.0.0.1 and a free port. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(dir, path === '/' ? 'preview.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

interface Fake {
  cell(sheet: string, a1: string): { v: unknown; text?: string } | null;
  sheets(): string[];
  settings(): Record<string, string>;
  snapshot(): WorkbookSnapshot;
  selection(): unknown;
}

/** Reads the fake workbook the page holds (`window.__thidua`). */
function fake(page: Page): { [K in keyof Fake]: (...a: Parameters<Fake[K]>) => Promise<ReturnType<Fake[K]>> } {
  return {
    cell: (sheet, a1) =>
      page.evaluate(
        ([s, a]) => {
          const c = window.__thidua!.state.cell(s!, a!);
          return c ? { v: c.v, ...(c.text !== undefined ? { text: c.text } : {}) } : null;
        },
        [sheet, a1],
      ),
    sheets: () => page.evaluate(() => window.__thidua!.state.sheets.filter((s) => !s.deleted).map((s) => s.name)),
    settings: () => page.evaluate(() => ({ ...window.__thidua!.state.settings })),
    snapshot: () => page.evaluate(() => window.__thidua!.snapshot()),
    selection: () => page.evaluate(() => window.__thidua!.state.selection ?? null),
  };
}

/** The data block of an .xlsx the page offered as a download (the preview downloads; Excel 1.8 opens it). */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer; data: ExportData }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = readFileSync((await download.path())!);
  const back = await readExportData(XlsxPackage.open(new Uint8Array(bytes)));
  if (!back.ok) throw new Error(`${download.suggestedFilename()}: no data block (${back.reason})`);
  return { name: download.suggestedFilename(), bytes, data: back.data };
}

/** What an export says, without the time of the check. */
const figures = (d: ExportData) => ({ ...d, checkedAt: '' });

async function axeScan(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    // Tabster's focus guards (`<i data-tabster-dummy aria-hidden tabindex=0>`, added by Fluent's
    // Toolbar, TabList and Dialog) hand focus on at once; axe reports them as aria-hidden-focus.
    const r = await axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: axe found serious violations:\n${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

describe.skipIf(!HAVE_CHROMIUM)('task pane in Chromium (preview + in-memory Excel)', { timeout: 60_000 }, () => {
  let out = '';
  let server: Server | undefined;
  let url = '';
  let browser: BrowserContext | undefined;
  let page: Page;
  let profile = '';
  let before: WorkbookSnapshot;
  /** Every request the page makes, for the same-origin check at the end. */
  const requested: string[] = [];
  const shot = (name: string, fullPage = true) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'thidua-preview-'));
    profile = mkdtempSync(join(tmpdir(), 'thidua-chromium-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    await buildPreview(out);
    ({ server, url } = await serve(out));
    // A fresh profile (--user-data-dir) per run: Playwright passes it itself for a persistent context.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      viewport: { width: 380, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => console.error('page error:', e));
    page.on('request', (r) => requested.push(r.url()));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    for (const d of [out, profile]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('opens in Vietnamese with the sample workbook, without office.js', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${url}/preview.html`);
    await expect.poll(() => page.getByRole('heading', { name: 'Kiểm tra thi đua', level: 1 }).count()).toBe(1);
    expect(requests.filter((r) => /office\.js|appsforoffice/.test(r))).toEqual([]);
    expect(await fake(page).sheets()).toEqual([TURNOUT, 'Tiêu chí', NOMINEES]);
    await page.getByText('Chưa chọn kế hoạch', { exact: false }).waitFor();
    before = await fake(page).snapshot();
    await shot('01-start');
    await axeScan(page, 'start');
  });

  it('picks a plan and sets the conference date in the plan editor; both are saved in the workbook', async () => {
    await page.getByRole('radio', { name: /UBND tỉnh Thái Bình/ }).check();
    await page.getByText('Đã lưu kế hoạch vào sổ tính.').waitFor();
    expect(JSON.parse((await fake(page).settings())['thidua.plan']!)).toEqual({ preset: 'thai-binh-32-2021' });

    const conference = page.getByRole('textbox', { name: 'Ngày hội nghị tổng kết' });
    await conference.fill('31/06/2021');
    await expect.poll(() => page.getByText('Nhập ngày có thật dạng dd/mm/yyyy').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Lưu kế hoạch' }).isDisabled()).toBe(true);
    await conference.fill('25/06/2021');
    await page.getByText('Hạn nộp hồ sơ: 11/06/2021').waitFor();
    await shot('02-plan-editor');
    await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await page.getByText('Đã lưu kế hoạch vào sổ tính.').waitFor();
    const stored = JSON.parse((await fake(page).settings())['thidua.plan']!);
    expect(stored.plan.id).toBe('thai-binh-32-2021');
    expect(stored.plan.dossier).toMatchObject({ workingDaysBeforeConference: 10, conferenceDate: '2021-06-25' });
    expect(stored.plan.dossier.submission.receiver).toBe('Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)');
    await axeScan(page, 'plan editor');
  });

  it('exports the plan as a file for other units, and opens a plan file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp kế hoạch' }).click()]);
    expect(download.suggestedFilename()).toBe('thai-binh-32-2021.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.dossier).toMatchObject({ workingDaysBeforeConference: 10, conferenceDate: '2021-06-25' });
    expect(exported.dossier.submission.receiver).toBe('Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)');

    const file = page.getByTestId('plan-file');
    await file.setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": "x", ') });
    await page.getByText('Tệp kế hoạch "hong.json" không phải JSON hợp lệ', { exact: false }).waitFor();

    exported.id = 'vu-thu-2021';
    await file.setInputFiles({ name: 'vu-thu-2021.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByText('Đã mở tệp kế hoạch "vu-thu-2021.json" và lưu vào sổ tính.').waitFor();
    expect(await page.getByRole('radio', { name: /Từ tệp vu-thu-2021\.json/ }).isChecked()).toBe(true);
    expect(JSON.parse((await fake(page).settings())['thidua.plan']!).plan.id).toBe('vu-thu-2021');
    expect(await page.getByRole('textbox', { name: 'Mã kế hoạch' }).inputValue()).toBe('vu-thu-2021');
  });

  it('shows which sheet and column were recognised', async () => {
    await page.getByRole('tab', { name: 'Nhận diện cột' }).click();
    const kind = page.getByRole('combobox', { name: `Trang "${TURNOUT}" là` });
    await kind.waitFor();
    expect(await kind.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]!.textContent)).toBe('Tự nhận diện (Tỷ lệ cử tri đi bầu)');
    const nomKind = page.getByRole('combobox', { name: `Trang "${NOMINEES}" là` });
    expect(await nomKind.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]!.textContent)).toBe(
      'Tự nhận diện (Danh sách đề nghị khen thưởng)',
    );
    await shot('03-mapping');
    await axeScan(page, 'mapping');
  });

  it('checks: progress, findings grouped by rule, status column and summary sheet in the workbook', async () => {
    // Record the progress stages the pane shows while it works.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __stages: string[] }).__stages = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[role="progressbar"]')) {
          const label = el.closest('.fui-Field')?.querySelector('label')?.textContent ?? '';
          if (label && seen.at(-1) !== label) seen.push(label);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Đã kiểm tra xong: 12 lỗi, 1 cảnh báo.', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __stages: string[] }).__stages)).toEqual([
      'Đang đọc sổ tính…',
      'Đang kiểm tra…',
      'Đang ghi kết quả vào sổ tính…',
    ]);
    expect(await page.getByRole('tab', { name: /Kết quả/ }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('finding').count()).toBe(13);
    for (const title of [
      'Tỷ lệ đi bầu dưới mức tối thiểu',
      'Vượt số lượng đề nghị',
      'Nộp hồ sơ muộn',
      'Đề nghị trùng',
      'Không đạt tiêu chí',
    ]) {
      await page.getByRole('button', { name: new RegExp(`^${title}`) }).waitFor();
    }
    expect(await page.getByTestId('counts').textContent()).toContain('12 lỗi · 1 cảnh báo');

    // The workbook: a status column right of each table and the summary sheet.
    const f = fake(page);
    expect((await f.cell(TURNOUT, 'J6'))?.v).toBe('Kết quả kiểm tra');
    expect(String((await f.cell(TURNOUT, 'J10'))?.v)).toMatch(/^✖ Tỷ lệ cử tri đi bầu 97,60% thấp hơn mức tối thiểu 98%/);
    expect((await f.cell(TURNOUT, 'J9'))?.v ?? null).toBeNull(); // a clean row
    expect(String((await f.cell(NOMINEES, 'J19'))?.v)).toContain('sau hạn 11/06/2021');
    expect(await f.sheets()).toEqual([TURNOUT, 'Tiêu chí', NOMINEES, SUMMARY]);
    expect((await f.cell(SUMMARY, 'A1'))?.v).toBe('TỔNG HỢP KẾT QUẢ KIỂM TRA THI ĐUA');
    const summaryText = await page.evaluate((name) => {
      const s = window.__thidua!.state.sheet(name)!;
      return s.rows.flatMap((r) => (r ?? []).map((c) => (c?.v == null ? '' : String(c.v)))).join('\n');
    }, SUMMARY);
    expect(summaryText).toContain('Xã Song Lãng');
    expect(summaryText).toContain('Tỷ lệ cử tri đi bầu 97,60% thấp hơn mức tối thiểu 98%');

    await page.setViewportSize({ width: 380, height: 1000 });
    await shot('04-results');
    await shot('04-results-viewport', false);
    // The README's screenshot: written when missing, or refreshed with UPDATE_DOCS_SCREENSHOT=1
    // (so that a test run does not touch a committed file).
    if (!existsSync(DOCS_SHOT) || process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      mkdirSync(dirname(DOCS_SHOT), { recursive: true });
      await page.screenshot({ path: DOCS_SHOT });
    }
    await axeScan(page, 'results');
  });

  it('filters by sheet, unit and severity', async () => {
    const severity = page.getByRole('combobox', { name: 'Mức độ' });
    await severity.selectOption('warning');
    expect(await page.getByTestId('finding').count()).toBe(1);
    await severity.selectOption('all');
    await page.getByRole('combobox', { name: 'Đơn vị' }).selectOption('Xã Song Lãng');
    expect(await page.getByTestId('finding').count()).toBe(2);
    await page.getByRole('combobox', { name: 'Đơn vị' }).selectOption('');
    await page.getByRole('combobox', { name: 'Trang tính' }).selectOption('Tiêu chí');
    expect(await page.getByTestId('finding').count()).toBe(1);
    await page.getByRole('combobox', { name: 'Trang tính' }).selectOption('');
    expect(await page.getByTestId('finding').count()).toBe(13);
  });

  it('a finding, clicked or reached with the keyboard, selects its row in the sheet', async () => {
    const finding = page.getByRole('button', { name: /^Lỗi · Tỷ lệ cử tri, dòng 10 ?Tỷ lệ cử tri đi bầu 97,60%/ });
    expect(await finding.getAttribute('aria-describedby')).toBe('finding-select-hint');
    await finding.click();
    await expect.poll(() => fake(page).selection()).toMatchObject({ sheet: TURNOUT, address: 'A10:J10' });
    // Keyboard: focus the duplicate finding and press Enter.
    const dup = page.getByRole('button', { name: /^Lỗi · Đề nghị khen thưởng, dòng 16, 20 ?Trần Thị Thủy được đề nghị nhiều lần/ });
    await dup.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => fake(page).selection()).toMatchObject({ sheet: NOMINEES, address: 'A16:J16' });
  });

  it('waives a finding with a reason, shows it in the summary, and undoes it', async () => {
    await page.getByRole('button', { name: /^Miễn trừ: Tỷ lệ cử tri đi bầu 97,60%/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Miễn trừ kết quả này' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Miễn trừ', exact: true }).click();
    expect(await dialog.getByText('Không được để trống').count()).toBe(2);
    await dialog.getByRole('textbox', { name: /Người quyết định/ }).fill('Trưởng phòng Nội vụ');
    await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Đã có văn bản giải trình số 12/GT-UBND');
    await shot('05-waive-dialog', false);
    await axeScan(page, 'waive dialog');
    await dialog.getByRole('button', { name: 'Miễn trừ', exact: true }).click();
    await page.getByText('Miễn trừ bởi Trưởng phòng Nội vụ: Đã có văn bản giải trình số 12/GT-UBND').waitFor();
    expect(await page.getByTestId('counts').textContent()).toContain('11 lỗi · 1 cảnh báo · 1 đã miễn trừ');
    const waivers = JSON.parse((await fake(page).settings())['thidua.waivers']!);
    expect(waivers).toHaveLength(1);
    expect(waivers[0]).toMatchObject({ by: 'Trưởng phòng Nội vụ', reason: 'Đã có văn bản giải trình số 12/GT-UBND' });
    expect(waivers[0].key).toMatch(/^TURNOUT_BELOW_MIN\|Tỷ lệ cử tri\|/);

    await page.getByRole('button', { name: 'Cập nhật Tổng hợp' }).click();
    await page.getByText(`Đã cập nhật trang "${SUMMARY}".`).waitFor({ timeout: 20_000 });
    expect(String((await fake(page).cell(TURNOUT, 'J10'))?.v)).toMatch(/^○ .*\(Đã có văn bản giải trình số 12\/GT-UBND\)$/);
    const summaryText = await page.evaluate((name) => {
      const s = window.__thidua!.state.sheet(name)!;
      return s.rows.flatMap((r) => (r ?? []).map((c) => (c?.v == null ? '' : String(c.v)))).join('\n');
    }, SUMMARY);
    expect(summaryText).toContain('Trưởng phòng Nội vụ');
    expect(summaryText).toContain('Đã có văn bản giải trình số 12/GT-UBND');
    await shot('06-waived');

    await page.getByRole('button', { name: /^Bỏ miễn trừ: Tỷ lệ cử tri đi bầu 97,60%/ }).click();
    await page.getByText('Đã bỏ miễn trừ.', { exact: false }).waitFor();
    expect((await fake(page).settings())['thidua.waivers']).toBeUndefined();
    // Waive it again, so the workbook carries a waiver when the flags are cleared.
    await page.getByRole('button', { name: /^Miễn trừ: Tỷ lệ cử tri đi bầu 97,60%/ }).click();
    await expect.poll(() => dialog.getByRole('textbox', { name: /Người quyết định/ }).inputValue()).toBe('Trưởng phòng Nội vụ');
    await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Giải trình lần 2');
    await dialog.getByRole('button', { name: 'Miễn trừ', exact: true }).click();
    await page.getByText('Miễn trừ bởi Trưởng phòng Nội vụ: Giải trình lần 2').waitFor();
  });

  let pageExport: { name: string; bytes: Buffer; data: ExportData };
  it('Xuất tổng hợp: the export holds the check’s unit, plan and figures; Đơn vị names it', async () => {
    const f = fake(page);
    const settings = await f.settings();
    const plan = JSON.parse(settings['thidua.plan']!).plan as Plan;
    const waivers = JSON.parse(settings['thidua.waivers']!) as Waiver[];
    // The same check in Node, on the sample the page holds, for the expected figures.
    const model = sampleModel();
    const expected = (unit?: string) => buildExportData(check({ model, plan, lang: 'vi', unit, waivers }), plan, model.name, unit);

    const unit = page.getByRole('textbox', { name: 'Đơn vị' });
    expect(await unit.getAttribute('placeholder')).toBe('UBND huyện Vũ Thư');
    const exportButton = page.getByRole('button', { name: 'Xuất tổng hợp' });
    let file = await downloaded(page, () => exportButton.click());
    expect(file.name).toBe('Tong-hop-UBND-huyen-Vu-Thu.xlsx');
    await page.getByText('Đã tải xuống tệp tổng hợp "Tong-hop-UBND-huyen-Vu-Thu.xlsx".').waitFor();
    expect(file.data.plan).toBe('vu-thu-2021');
    expect(file.data.unit).toEqual({ name: 'UBND huyện Vũ Thư', category: 'district', inferred: true });
    expect(figures(file.data)).toEqual(figures(expected()));
    expect(file.data.findings.filter((x) => x.severity === 'error' && !x.waived)).toHaveLength(11);
    expect(file.data.findings.find((x) => x.rule === 'TURNOUT_BELOW_MIN')!.waived).toMatchObject({ reason: 'Giải trình lần 2' });
    expect(await page.evaluate(() => window.__thidua!.state.createdWorkbooks.length)).toBe(0); // the preview downloads

    // Name the unit: saved in the workbook; the export waits for a check with it.
    await unit.fill('Huyện Vũ Thư');
    await unit.press('Tab');
    await expect.poll(async () => (await f.settings())['thidua.unit']).toBe(JSON.stringify('Huyện Vũ Thư'));
    await page.getByText('Đơn vị đã đổi: bấm Kiểm tra', { exact: false }).waitFor();
    expect(await exportButton.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByText('Đã kiểm tra xong: 11 lỗi, 1 cảnh báo.', { exact: false }).waitFor({ timeout: 20_000 });
    file = await downloaded(page, () => exportButton.click());
    expect(file.name).toBe('Tong-hop-Huyen-Vu-Thu.xlsx');
    expect(file.data.unit).toEqual({ name: 'Huyện Vũ Thư', category: 'district', inferred: false });
    expect(figures(file.data)).toEqual(figures(expected('Huyện Vũ Thư')));
    pageExport = file;
    await shot('09-export');
  });

  it('Gộp báo cáo cấp dưới: two exports and a junk file; the junk is named and skipped, the roll-up sums the units', async () => {
    const settings = await fake(page).settings();
    const plan = JSON.parse(settings['thidua.plan']!).plan as Plan;
    // A second unit's export, made by the command line's function.
    const kx = 'UBND huyện Kiến Xương';
    const model = workbook(
      sheet('Tỷ lệ cử tri', [
        ['UBND HUYỆN KIẾN XƯƠNG'],
        ['Đơn vị', 'Số cử tri', 'Số cử tri đã bỏ phiếu', 'Tỷ lệ (%)'],
        ['Xã Bình Minh', 3000, 2990, 2990 / 3000],
        ['Thị trấn Thanh Nê', 2000, 1995, 1995 / 2000],
      ]),
    );
    const other = buildSummaryExport(check({ model, plan, lang: 'vi', unit: kx }), plan, 'kien-xuong.xlsx', 'vi', kx);
    const otherBytes = Buffer.from(other.bytes);

    const unit = page.getByRole('textbox', { name: 'Đơn vị' });
    await unit.fill('UBND tỉnh Thái Bình');
    await unit.press('Tab');
    await page.getByRole('tab', { name: 'Gộp báo cáo' }).click();
    await page.getByText('Bản gộp mang tên đơn vị: UBND tỉnh Thái Bình', { exact: false }).waitFor();
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const rollup = await downloaded(page, () =>
      page.getByTestId('rollup-files').setInputFiles([
        { name: pageExport.name, mimeType: xlsx, buffer: pageExport.bytes },
        { name: 'kien-xuong.xlsx', mimeType: xlsx, buffer: otherBytes },
        { name: 'bang-tinh-cu.xlsx', mimeType: xlsx, buffer: Buffer.from('STT;Họ tên\n1;Nguyễn Văn A\n') },
        { name: 'ban-sao.xlsx', mimeType: xlsx, buffer: pageExport.bytes },
      ]),
    );
    expect(rollup.name).toBe('Gop-bao-cao-UBND-tinh-Thai-Binh.xlsx');
    await page.getByText('Đã gộp 2/4 tệp.').waitFor();
    expect(await page.getByTestId('rollup-skipped').allTextContents()).toEqual([
      'Bỏ qua tệp "bang-tinh-cu.xlsx": Tệp "bang-tinh-cu.xlsx" không phải tệp Excel .xlsx (có thể là tệp CSV hoặc tệp khác bị đổi đuôi); hãy mở bằng Excel và lưu lại dạng .xlsx.',
      'Bỏ qua tệp "ban-sao.xlsx": đơn vị "Huyện Vũ Thư" đã có trong một tệp trước.',
    ]);
    expect(rollup.data.plan).toBe('vu-thu-2021');
    expect(rollup.data.unit.name).toBe('UBND tỉnh Thái Bình');
    expect(rollup.data.total).toEqual({
      registered: pageExport.data.total.registered + 5000,
      voted: pageExport.data.total.voted + 4985,
    });
    expect(rollup.data.nominees).toHaveLength(pageExport.data.nominees.length);
    const live = rollup.data.findings.filter((x) => !x.waived);
    const errors = live.filter((x) => x.severity === 'error').length;
    expect(await page.getByTestId('rollup-counts').textContent()).toBe(`Bản gộp: ${errors} lỗi, ${live.length - errors} cảnh báo.`);
    await expect.poll(() => page.getByRole('button', { name: 'Chọn tệp tổng hợp…' }).isEnabled()).toBe(true);
    // Nothing wider than the pane (four tabs wrap).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await page.waitForTimeout(150); // Fluent's buttons fade to their enabled colours
    await shot('10-rollup');
    await axeScan(page, 'consolidate');

    // Back to an inferred unit for the rest of the flow.
    await unit.fill('');
    await unit.press('Tab');
    await expect.poll(async () => (await fake(page).settings())['thidua.unit']).toBeUndefined();
  });

  it('clears the flags: the workbook is back to exactly its original cells', async () => {
    await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
    await page.getByText('Đã xóa đánh dấu', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await fake(page).sheets()).toEqual([TURNOUT, 'Tiêu chí', NOMINEES]);
    expect(await fake(page).snapshot()).toEqual(before);
    await shot('07-cleared');
  });

  it('switches to English and back; keyboard reaches the actions', async () => {
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Results' }).waitFor();
    await shot('08-english');
    await axeScan(page, 'english');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();

    // Tab from the language switch enters the toolbar (on the button used last, as toolbars
    // do); the arrow keys move within it; Enter runs the check.
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="toolbar"]')?.getAttribute('aria-label'))).toBe(
      'Thao tác với sổ tính',
    );
    for (let i = 0; i < 3 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Kiểm tra'; i++)
      await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kiểm tra');
    await page.keyboard.press('Enter');
    await page.getByText('Đã kiểm tra xong: 11 lỗi, 1 cảnh báo.', { exact: false }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
    await page.getByText('Đã xóa đánh dấu', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await fake(page).snapshot()).toEqual(before);
  });

  it('made no network request beyond its own origin during the whole flow', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((r) => !r.startsWith(`${url}/`) && !/^(data|blob):/.test(r))).toEqual([]);
  });
});
