/**
 * The task pane in a real browser: Debian's Chromium, driven by playwright-core, on the
 * development preview (the real pane against the in-memory Excel fake seeded with the
 * built-in Thái Bình sample). Builds the preview with webpack into a temporary folder,
 * serves it on a free localhost port, runs the whole flow, stops.
 *
 *   npm run test:browser        (also part of `npm test`)
 *
 * The pane as Excel gives it room: 320 px wide (350 on the web), 455 px high on a 1366×768
 * screen. Every state is scanned with axe; the keyboard-only flow is a test of its own.
 * Screenshots of the main states go to test/artifacts/ (ignored by git); those the README
 * shows also to docs/pane*.png when missing or UPDATE_DOCS_SCREENSHOT=1. Skips, saying why,
 * when /usr/bin/chromium is absent (`apt-get install chromium`).
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
const DOCS = join(ROOT, 'docs');
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
  // Fades (dialogs, toasts, menus) measured half-way have too little contrast: let them end.
  // A toast's countdown (a long animation of its own) is not waited for.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || Number(a.effect?.getTiming().duration ?? 0) > 2000),
  );
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

/** The pane's width in Excel on Windows, and its height on a 1366×768 screen. */
const NARROW = { width: 320, height: 455 };

/** What has the keyboard focus: its test id, role, accessible label and text. */
async function focused(
  page: Page,
): Promise<{ testid: string | null; role: string | null; label: string | null; text: string; inPane: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      testid: el?.getAttribute('data-testid') ?? null,
      role: el?.getAttribute('role') ?? (el?.tagName === 'BUTTON' ? 'button' : (el?.tagName.toLowerCase() ?? null)),
      label: el?.getAttribute('aria-label') ?? null,
      text: (el?.textContent ?? '').trim(),
      inPane: !!el && el !== document.body && !!document.getElementById('root')?.contains(el),
    };
  });
}

/** Presses `key` until `done` says the focus is where it should be; the number of presses (fails past `max`). */
async function pressUntil(
  page: Page,
  key: string,
  done: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max: number,
): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(key);
    if (done(await focused(page))) return n;
  }
  throw new Error(`${key} × ${max} did not reach the element; focus is on ${JSON.stringify(await focused(page))}`);
}

/** The pane fits its width (no sideways scrolling), tabs (if any) sit on one row, and the top-right 40 px stay clear. */
async function fitsWidth(page: Page, label: string): Promise<void> {
  const m = await page.evaluate(() => {
    const w = window.innerWidth;
    const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) => Math.round(t.getBoundingClientRect().top));
    // Controls in the top 40 px must end 40 px before the right edge (Office on the Mac draws there).
    const corner = [...document.querySelectorAll<HTMLElement>('#root button, #root input, #root [role="combobox"], #root select')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.top + window.scrollY < 40 && r.right > w - 40)
      .map((r) => ({ top: r.top, right: r.right }));
    return { w, scroll: document.documentElement.scrollWidth, tabRows: new Set(tabs).size, corner };
  });
  expect(m.scroll, `${label}: page wider than the pane`).toBeLessThanOrEqual(m.w);
  expect(m.tabRows, `${label}: tabs on more than one row`).toBeLessThanOrEqual(1);
  expect(m.corner, `${label}: a control within 40 px of the top-right corner`).toEqual([]);
}

/** The element is on the first screen, without scrolling. */
async function onFirstScreen(page: Page, testid: string | { role: 'textbox'; name: string }): Promise<void> {
  const loc = typeof testid === 'string' ? page.getByTestId(testid) : page.getByRole(testid.role, { name: testid.name });
  const box = (await loc.boundingBox())!;
  const { h, y } = await page.evaluate(() => ({ h: window.innerHeight, y: window.scrollY }));
  expect(y).toBe(0);
  expect(box.y, JSON.stringify(testid)).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${JSON.stringify(testid)} below the first screen (${h} px)`).toBeLessThanOrEqual(h);
}

/** The chosen values of visible dropdowns that do not fit them and are not written out in full under them. */
function cutValues(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const out: string[] = [];
    for (const sel of document.querySelectorAll('select')) {
      if (!sel.offsetParent) continue;
      const text = sel.selectedOptions[0]?.textContent ?? '';
      const cs = getComputedStyle(sel);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      if (ctx.measureText(text).width <= room) continue;
      const full = sel.closest('.fui-Field')?.querySelector('[data-testid="chosen-in-full"]')?.textContent;
      if (full !== text) out.push(text);
    }
    return out;
  });
}

describe.skipIf(!HAVE_CHROMIUM)('task pane in Chromium (preview + in-memory Excel)', { timeout: 90_000 }, () => {
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
  /** A README screenshot: written when missing, or refreshed with UPDATE_DOCS_SCREENSHOT=1 (a test run does not touch a committed file). */
  const docShot = async (name: string, fullPage = false) => {
    const file = join(DOCS, `${name}.png`);
    if (existsSync(file) && process.env.UPDATE_DOCS_SCREENSHOT !== '1') return;
    mkdirSync(DOCS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    // No toast of an earlier step in the picture; nothing half-faded.
    await expect.poll(() => page.getByTestId('toast').count(), { timeout: 10_000 }).toBe(0);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.waitForTimeout(100);
    await page.screenshot({ path: file, fullPage });
  };
  const checked = (text: string) => page.getByTestId('message').filter({ hasText: text }).waitFor({ timeout: 20_000 });
  const openMenu = async () => {
    await page.getByTestId('menu').click();
    await page.getByRole('menu').waitFor();
  };
  const menuItem = async (name: string) => {
    await openMenu();
    await page.getByRole('menuitem', { name, exact: true }).click();
  };
  const back = () => page.getByRole('button', { name: 'Quay lại màn hình kiểm tra' }).click();

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
      viewport: NARROW,
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

  it('opens in Vietnamese with the sample workbook, without office.js; plan and date on the first screen at 320×455, 320×800 and 350 px', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${url}/preview.html`);
    await expect.poll(() => page.getByRole('heading', { name: 'Kiểm tra thi đua', level: 1 }).count()).toBe(1);
    expect(requests.filter((r) => /office\.js|appsforoffice/.test(r))).toEqual([]);
    expect(await fake(page).sheets()).toEqual([TURNOUT, 'Tiêu chí', NOMINEES]);
    await page.getByText('Chọn kế hoạch để bắt đầu kiểm tra.').waitFor();
    before = await fake(page).snapshot();
    for (const size of [NARROW, { width: 320, height: 800 }, { width: 350, height: 455 }, { width: 350, height: 800 }]) {
      await page.setViewportSize(size);
      const at = `${size.width}×${size.height}`;
      await onFirstScreen(page, 'plan-choice');
      await onFirstScreen(page, { role: 'textbox', name: 'Ngày hội nghị tổng kết' });
      await onFirstScreen(page, 'check');
      await fitsWidth(page, `start ${at}`);
    }
    await page.setViewportSize(NARROW);
    expect(await page.getByRole('tablist').count()).toBe(0);
    await shot('01-start', false);
    await docShot('pane-start');
    await axeScan(page, 'start');
  });

  it('keyboard only: choose the plan, type the date, check, open a finding’s row, waive it, clear', async () => {
    // Into the pane: the menu, then the plan list.
    await page.locator('body').focus();
    const toPlan = await pressUntil(page, 'Tab', (f) => f.testid === 'plan-choice', 3);
    expect(toPlan).toBeLessThanOrEqual(2);
    // The arrow key opens the list; moving in it saves nothing; Enter chooses.
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    await fitsWidth(page, 'plan list');
    await axeScan(page, 'plan list');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect((await fake(page).settings())['thidua.plan']).toBeUndefined();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await fake(page).settings())['thidua.plan']).toBe(JSON.stringify({ preset: 'thai-binh-32-2021' }));
    expect((await focused(page)).testid).toBe('plan-choice');
    await page.getByText('Căn cứ: Kế hoạch số 32/KH-UBND', { exact: false }).waitFor();

    // The date, as offices write it; leaving the field stores it as ISO and shows the deadline.
    await page.keyboard.press('Tab');
    expect((await focused(page)).role).toBe('input');
    await page.keyboard.type('25/06/2021');
    await page.keyboard.press('Tab');
    await page.getByTestId('conference-deadline').filter({ hasText: 'Hạn nộp hồ sơ: 11/06/2021' }).waitFor();
    expect(JSON.parse((await fake(page).settings())['thidua.conferenceDate']!)).toBe('2021-06-25');

    // Kiểm tra: the focus stays on it while it works and after.
    await pressUntil(page, 'Tab', (f) => f.testid === 'check', 2);
    await page.keyboard.press('Enter');
    await checked('Đã kiểm tra xong: 12 lỗi, 1 cảnh báo.');
    const f = await focused(page);
    expect(f.testid).toBe('check');
    expect(f.inPane).toBe(true);

    // The findings list is one Tab stop away, with arrow keys inside.
    const toList = await pressUntil(page, 'Tab', (x) => x.role === 'button' && x.text.startsWith('Tỷ lệ đi bầu dưới mức tối thiểu'), 5);
    const toFinding = await pressUntil(page, 'ArrowDown', (x) => x.testid === 'finding', 2);
    expect(toList + toFinding).toBeLessThanOrEqual(3);
    expect((await focused(page)).text).toMatch(/^Lỗi · Tỷ lệ cử tri, dòng 10/);
    await page.keyboard.press('Enter');
    await expect.poll(() => fake(page).selection()).toMatchObject({ sheet: TURNOUT, address: 'A10:J10' });

    // Right arrow: its waive button; the dialog; the focus comes back to the same button.
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toMatch(/^Miễn trừ: Tỷ lệ cử tri đi bầu 97,60%/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Miễn trừ kết quả này' });
    await dialog.waitFor();
    await expect.poll(async () => (await focused(page)).role).toBe('input');
    await page.keyboard.type('Trưởng phòng Nội vụ');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Đã có văn bản giải trình số 12/GT-UBND');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Miễn trừ bởi Trưởng phòng Nội vụ: Đã có văn bản giải trình số 12/GT-UBND').waitFor();
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Bỏ miễn trừ: Tỷ lệ cử tri đi bầu 97,60%/);
    // The confirmation as a toast near the top of the visible area.
    const toast = page.getByTestId('toast').filter({ hasText: 'Đã miễn trừ.' });
    await toast.waitFor();
    expect((await toast.boundingBox())!.y).toBeLessThan(120);

    // Back to Kiểm tra in a few presses, then to the menu, Xóa đánh dấu.
    expect(await pressUntil(page, 'Shift+Tab', (x) => x.testid === 'check', 3)).toBeLessThanOrEqual(3);
    await pressUntil(page, 'Shift+Tab', (x) => x.testid === 'menu', 4);
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await pressUntil(page, 'ArrowDown', (x) => x.text === 'Xóa đánh dấu', 8);
    await page.keyboard.press('Enter');
    await page.getByTestId('toast').filter({ hasText: 'Đã xóa đánh dấu' }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('finding').count()).toBe(0);
    await page.getByText('Đã xóa đánh dấu khỏi sổ tính, nên không còn kết quả nào.', { exact: false }).waitFor();
    expect(await fake(page).snapshot()).toEqual(before);
    await expect.poll(async () => (await focused(page)).testid).toBe('menu');
    await axeScan(page, 'cleared');
  });

  it('the plan’s own place: the editor (no date there), the plan file exported and opened; a bad file in plain words', async () => {
    await menuItem('Kế hoạch và thông số…');
    await page.getByRole('heading', { name: 'Thông số kế hoạch' }).waitFor();
    expect((await focused(page)).text).toContain('Quay lại');
    expect(await page.getByRole('textbox', { name: 'Ngày hội nghị tổng kết' }).count()).toBe(0);
    expect(await page.getByTestId('deadline').textContent()).toBe('Hạn nộp hồ sơ: 11/06/2021');
    await fitsWidth(page, 'plan view');
    await shot('02-plan-view');
    await docShot('pane-plan');
    await axeScan(page, 'plan view');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp kế hoạch' }).click()]);
    expect(download.suggestedFilename()).toBe('thai-binh-32-2021.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    // The plan file carries the plan (its Tờ trình texts too), not the conference date of a check.
    expect(exported.dossier.submission.receiver).toBe('Văn phòng Ủy ban bầu cử tỉnh (Sở Nội vụ)');
    expect(exported.dossier.conferenceDate).toBeUndefined();
    const file = page.getByTestId('plan-file-view');
    const { source: _source, ...noSource } = exported;
    await file.setInputFiles({ name: 'thieu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(noSource)) });
    const said = page.getByTestId('toast').filter({ hasText: 'thieu.json' });
    await said.waitFor();
    expect(await said.textContent()).toContain('thiếu hoặc ghi sai phần “căn cứ”');
    expect(await said.textContent()).not.toMatch(/"source"|trường|đối tượng/);
    await said.getByRole('button', { name: 'Đóng thông báo' }).click();

    exported.id = 'vu-thu-2021';
    await file.setInputFiles({ name: 'vu-thu-2021.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByText('Đã mở tệp kế hoạch "vu-thu-2021.json" và lưu vào sổ tính.').first().waitFor();
    expect(JSON.parse((await fake(page).settings())['thidua.plan']!).plan.id).toBe('vu-thu-2021');
    expect(await page.getByRole('textbox', { name: 'Mã kế hoạch' }).inputValue()).toBe('vu-thu-2021');
    await back();
    await expect.poll(async () => JSON.stringify(await focused(page))).toContain('"testid":"menu"');
    expect(await page.getByTestId('plan-choice').textContent()).toContain('Từ tệp vu-thu-2021.json');
  });

  it('choosing a preset while a plan from a file is in use asks first; keeping it changes nothing', async () => {
    await page.getByTestId('plan-choice').click();
    await page.getByRole('option', { name: /Công đoàn Ngành Giáo dục/ }).click();
    const ask = page.getByRole('alertdialog', { name: 'Thay kế hoạch đang dùng?' });
    await ask.waitFor();
    await page.waitForTimeout(300); // the dialog fades in
    await shot('04-confirm-plan', false);
    await axeScan(page, 'confirm plan');
    await ask.getByRole('button', { name: 'Giữ kế hoạch đang dùng' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(JSON.parse((await fake(page).settings())['thidua.plan']!).plan.id).toBe('vu-thu-2021');
    await expect.poll(async () => (await focused(page)).testid).toBe('plan-choice');
  });

  it('shows which sheet and column were recognised, values never cut at 320 px', async () => {
    await menuItem('Nhận diện trang và cột…');
    const kind = page.getByRole('combobox', { name: `Trang "${TURNOUT}" là` });
    await kind.waitFor();
    expect(await kind.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]!.textContent)).toBe('Tự nhận diện (Tỷ lệ cử tri đi bầu)');
    const nomKind = page.getByRole('combobox', { name: `Trang "${NOMINEES}" là` });
    expect(await nomKind.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]!.textContent)).toBe(
      'Tự nhận diện (Danh sách đề nghị khen thưởng)',
    );
    // Every dropdown whose chosen value does not fit says it in full under it.
    expect(await cutValues(page)).toEqual([]);
    await docShot('pane-mapping');
    // Each choice here is saved at once: the arrow keys on a closed list change nothing.
    const unitColumn = page.getByRole('combobox', { name: 'Cột đơn vị' }).first();
    const was = await unitColumn.inputValue();
    await unitColumn.focus();
    for (const key of ['ArrowDown', 'ArrowDown', 'End', 'ArrowUp', 'x']) await page.keyboard.press(key);
    expect(await unitColumn.inputValue()).toBe(was);
    expect((await fake(page).settings())['thidua.mapping']).toBeUndefined();
    await fitsWidth(page, 'mapping');
    await shot('03-mapping');
    await axeScan(page, 'mapping');
    await back();
  });

  it('checks: progress, findings right under Kiểm tra (first one in the first 800 px), status column and summary sheet', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
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
    await page.getByTestId('check').click();
    await checked('Đã kiểm tra xong: 11 lỗi, 1 cảnh báo.');
    expect(await page.evaluate(() => (window as unknown as { __stages: string[] }).__stages)).toEqual([
      'Đang đọc sổ tính…',
      'Đang kiểm tra…',
      'Đang ghi kết quả vào sổ tính…',
    ]);
    expect((await focused(page)).inPane).toBe(true);
    // The waiver made earlier still holds (it is in the workbook).
    expect(await page.getByTestId('counts').textContent()).toContain('11 lỗi · 1 cảnh báo · 1 đã miễn trừ');
    const first = (await page.getByTestId('finding').first().boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(800);
    // One group open (the first); the others folded, each with its counts.
    expect(await page.getByTestId('finding').count()).toBe(1);
    for (const title of ['Vượt số lượng đề nghị', 'Nộp hồ sơ muộn', 'Đề nghị trùng', 'Không đạt tiêu chí']) {
      expect(await page.getByRole('button', { name: new RegExp(`^${title}`) }).getAttribute('aria-expanded')).toBe('false');
    }
    await page.getByRole('button', { name: /^Đề nghị trùng/ }).click();
    const dup = page.getByRole('button', { name: /^Lỗi · Đề nghị khen thưởng, dòng 16, 20 ?Trần Thị Thủy được đề nghị nhiều lần/ });
    await dup.click();
    await expect.poll(() => fake(page).selection()).toMatchObject({ sheet: NOMINEES, address: 'A16:J16' });
    await page.getByRole('button', { name: /^Tỷ lệ đi bầu dưới mức tối thiểu/ }).click();

    // The workbook: a status column right of each table and the summary sheet.
    const f = fake(page);
    expect((await f.cell(TURNOUT, 'J6'))?.v).toBe('Kết quả kiểm tra');
    expect(String((await f.cell(TURNOUT, 'J10'))?.v)).toMatch(/^○ Tỷ lệ cử tri đi bầu 97,60% thấp hơn mức tối thiểu 98%/);
    expect((await f.cell(TURNOUT, 'J9'))?.v ?? null).toBeNull(); // a clean row
    expect(String((await f.cell(NOMINEES, 'J19'))?.v)).toContain('sau hạn 11/06/2021');
    expect(await f.sheets()).toEqual([TURNOUT, 'Tiêu chí', NOMINEES, SUMMARY]);
    expect((await f.cell(SUMMARY, 'A1'))?.v).toBe('TỔNG HỢP KẾT QUẢ KIỂM TRA THI ĐUA');
    await fitsWidth(page, 'results');
    await shot('04-results');
    await docShot('pane');
    await axeScan(page, 'results');
    // The same at 350 px (Excel on the web), and with the filters open.
    await page.setViewportSize({ width: 350, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await fitsWidth(page, 'results at 350 px');
    const at350 = (await page.getByTestId('finding').first().boundingBox())!;
    expect(at350.y + at350.height).toBeLessThanOrEqual(800);
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByRole('combobox', { name: 'Mức độ' }).waitFor();
    await fitsWidth(page, 'filters');
    expect(await cutValues(page)).toEqual([]);
    await axeScan(page, 'filters');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.setViewportSize({ width: 320, height: 800 });
  });

  it('undoes and makes a waiver with the mouse; the summary waits for Cập nhật Tổng hợp', async () => {
    await page.getByRole('button', { name: /^Bỏ miễn trừ: Tỷ lệ cử tri đi bầu 97,60%/ }).click();
    await page.getByTestId('toast').filter({ hasText: 'Đã bỏ miễn trừ.' }).waitFor();
    expect((await fake(page).settings())['thidua.waivers']).toBeUndefined();
    await page.getByTestId('waivers-changed').waitFor();
    const waive = page.getByRole('button', { name: /^Miễn trừ: Tỷ lệ cử tri đi bầu 97,60%/ });
    await waive.click();
    const dialog = page.getByRole('dialog', { name: 'Miễn trừ kết quả này' });
    await expect.poll(() => dialog.getByRole('textbox', { name: /Người quyết định/ }).inputValue()).toBe('Trưởng phòng Nội vụ');
    await dialog.getByRole('button', { name: 'Miễn trừ', exact: true }).click();
    expect(await dialog.getByText('Không được để trống').count()).toBe(1);
    await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Giải trình lần 2');
    await page.setViewportSize(NARROW);
    await shot('05-waive-dialog', false);
    await docShot('pane-waive');
    await axeScan(page, 'waive dialog');
    await dialog.getByRole('button', { name: 'Miễn trừ', exact: true }).click();
    await page.getByText('Miễn trừ bởi Trưởng phòng Nội vụ: Giải trình lần 2').waitFor();
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Bỏ miễn trừ: Tỷ lệ cử tri đi bầu 97,60%/);
    const waivers = JSON.parse((await fake(page).settings())['thidua.waivers']!) as Waiver[];
    expect(waivers).toHaveLength(1);
    expect(waivers[0]!.key).toMatch(/^TURNOUT_BELOW_MIN\|Tỷ lệ cử tri\|/);

    await page.getByTestId('waivers-changed').getByRole('button', { name: 'Cập nhật Tổng hợp' }).click();
    await checked(`Đã cập nhật trang "${SUMMARY}".`);
    expect(await page.getByTestId('waivers-changed').count()).toBe(0);
    expect(String((await fake(page).cell(TURNOUT, 'J10'))?.v)).toMatch(/^○ .*\(Giải trình lần 2\)$/);
  });

  let pageExport: { name: string; bytes: Buffer; data: ExportData };
  it('Xuất tổng hợp: the export holds the check’s unit, plan and figures; a new unit or date makes the results out of date', async () => {
    const f = fake(page);
    const settings = await f.settings();
    const plan = JSON.parse(settings['thidua.plan']!).plan as Plan;
    const waivers = JSON.parse(settings['thidua.waivers']!) as Waiver[];
    // The same check in Node, on the sample the page holds, for the expected figures.
    const model = sampleModel();
    const expected = (unit?: string) =>
      buildExportData(check({ model, plan, lang: 'vi', unit, waivers, conferenceDate: '2021-06-25' }), plan, model.name, unit);

    const unit = page.getByRole('textbox', { name: 'Đơn vị', exact: true });
    expect(await unit.getAttribute('placeholder')).toBe('UBND huyện Vũ Thư');
    const exportButton = page.getByTestId('export');
    let file = await downloaded(page, () => exportButton.click());
    expect(file.name).toBe('Tong-hop-UBND-huyen-Vu-Thu.xlsx');
    await page.getByTestId('toast').filter({ hasText: 'Đã tải xuống tệp tổng hợp "Tong-hop-UBND-huyen-Vu-Thu.xlsx".' }).waitFor();
    expect(file.data.plan).toBe('vu-thu-2021');
    expect(file.data.unit).toEqual({ name: 'UBND huyện Vũ Thư', category: 'district', inferred: true });
    expect(figures(file.data)).toEqual(figures(expected()));
    expect(await page.evaluate(() => window.__thidua!.state.createdWorkbooks.length)).toBe(0); // the preview downloads

    // A unit typed: saved; the results say they are out of date and the export waits.
    await unit.fill('Huyện Vũ Thư');
    await unit.press('Tab');
    await expect.poll(async () => (await f.settings())['thidua.unit']).toBe(JSON.stringify('Huyện Vũ Thư'));
    await page.getByTestId('stale').filter({ hasText: 'đơn vị' }).waitFor();
    expect(await exportButton.isDisabled()).toBe(true);
    // So does a new conference date.
    const date = page.getByRole('textbox', { name: 'Ngày hội nghị tổng kết' });
    await date.fill('2021-09-10');
    await date.press('Enter');
    await page.getByTestId('conference-deadline').filter({ hasText: 'Hạn nộp hồ sơ: 25/08/2021' }).waitFor();
    await page.getByTestId('stale').filter({ hasText: 'ngày hội nghị và đơn vị' }).waitFor();
    await shot('06-stale');
    await axeScan(page, 'out of date');
    await date.fill('25/06/2021');
    await date.press('Enter');
    await page.getByTestId('check').click();
    await checked('Đã kiểm tra xong: 11 lỗi, 1 cảnh báo.');
    expect(await page.getByTestId('stale').count()).toBe(0);
    file = await downloaded(page, () => exportButton.click());
    expect(file.name).toBe('Tong-hop-Huyen-Vu-Thu.xlsx');
    expect(file.data.unit).toEqual({ name: 'Huyện Vũ Thư', category: 'district', inferred: false });
    expect(figures(file.data)).toEqual(figures(expected('Huyện Vũ Thư')));
    pageExport = file;
  });

  it('Soạn hồ sơ: the unwaived errors said first, the Tờ trình’s details asked, a Word file downloaded', async () => {
    await page.getByRole('button', { name: 'Soạn hồ sơ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Soạn hồ sơ', exact: true });
    await dialog.waitFor();
    expect(await dialog.getByTestId('dossier-errors').textContent()).toMatch(/^Danh sách còn 11 lỗi chưa được miễn trừ/);
    expect(await dialog.getByRole('textbox', { name: 'Đơn vị trình' }).inputValue()).toBe('Huyện Vũ Thư');
    await dialog.getByRole('textbox', { name: 'Số tờ trình' }).fill('15/TTr-UBND');
    await page.setViewportSize(NARROW);
    await fitsWidth(page, 'dossier dialog');
    await shot('07-dossier-dialog', false);
    await docShot('pane-dossier');
    await axeScan(page, 'dossier dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Soạn hồ sơ', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Ho-so-Huyen-Vu-Thu.docx');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(bytes.toString('latin1')).toContain('word/document.xml');
    await page.getByTestId('toast').filter({ hasText: 'Đã tải xuống hồ sơ "Ho-so-Huyen-Vu-Thu.docx".' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await focused(page)).text).toBe('Soạn hồ sơ');
    await page.setViewportSize({ width: 320, height: 800 });
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

    const unit = page.getByRole('textbox', { name: 'Đơn vị', exact: true });
    await unit.fill('UBND tỉnh Thái Bình');
    await unit.press('Tab');
    await menuItem('Gộp báo cáo cấp dưới…');
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
    const live = rollup.data.findings.filter((x) => !x.waived);
    const errors = live.filter((x) => x.severity === 'error').length;
    expect(await page.getByTestId('rollup-counts').textContent()).toBe(`Bản gộp: ${errors} lỗi, ${live.length - errors} cảnh báo.`);
    await expect.poll(() => page.getByRole('button', { name: 'Chọn tệp tổng hợp…' }).getAttribute('aria-disabled')).not.toBe('true');
    await fitsWidth(page, 'consolidate');
    await shot('07-rollup');
    await axeScan(page, 'consolidate');
    await back();

    // Back to an inferred unit for the rest of the flow.
    await unit.fill('');
    await unit.press('Tab');
    await expect.poll(async () => (await fake(page).settings())['thidua.unit']).toBeUndefined();
  });

  it('the menu at 320 px: whole labels, clear of the corner', async () => {
    await openMenu();
    const items = await page.getByRole('menuitem').evaluateAll((els) =>
      els.map((el) => {
        const c = el.querySelector('.fui-MenuItem__content') ?? el;
        return { text: el.textContent, cut: c.scrollWidth > c.clientWidth };
      }),
    );
    expect(items.filter((x) => x.cut)).toEqual([]);
    await fitsWidth(page, 'menu');
    await shot('08-menu', false);
    await docShot('pane-menu');
    await axeScan(page, 'menu');
    await page.keyboard.press('Escape');
  });

  it('switches to English: the whole pane, the findings and their plurals; and back', async () => {
    await openMenu();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
    await page.getByText('Summary conference date').waitFor();
    await expect.poll(() => page.getByTestId('counts').textContent()).toBe('11 errors · 1 warning · 1 waived');
    expect(await page.getByTestId('message').textContent()).toContain('Check finished: 11 errors, 1 warning.');
    const first = await page.getByTestId('finding').first().textContent();
    expect(first).toMatch(/^Error · Tỷ lệ cử tri, row 10/);
    expect(first).toMatch(/below the minimum/);
    const vietnamese = await page.evaluate(() => {
      const words = /\b(lỗi|cảnh báo|Kiểm tra|Đơn vị|dòng|Miễn trừ|Chọn|Kế hoạch|Ngày)\b/;
      const found: string[] = [];
      const walk = document.createTreeWalker(document.getElementById('root')!, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) if (words.test(n.textContent ?? '')) found.push(n.textContent!);
      return found;
    });
    // Left in Vietnamese: only the workbook's own words (sheet and unit names, the plan's source).
    expect(vietnamese.filter((t) => !/Tỷ lệ cử tri|Đề nghị khen thưởng|UBND|Kế hoạch số|Huyện/.test(t))).toEqual([]);
    await fitsWidth(page, 'english');
    await shot('09-english');
    await axeScan(page, 'english');
    await openMenu();
    await page.getByRole('menuitemradio', { name: 'Tiếng Việt' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();
  });

  it('clears the flags: the workbook is back to exactly its original cells, no finding listed, nothing to export', async () => {
    await menuItem('Xóa đánh dấu');
    await page.getByTestId('toast').filter({ hasText: 'Đã xóa đánh dấu' }).waitFor({ timeout: 20_000 });
    expect(await fake(page).sheets()).toEqual([TURNOUT, 'Tiêu chí', NOMINEES]);
    expect(await fake(page).snapshot()).toEqual(before);
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await page.getByTestId('export').count()).toBe(0);
    await openMenu();
    expect(await page.getByRole('menuitem', { name: 'Xuất tổng hợp' }).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Escape');
    await shot('10-cleared');
  });

  it('made no network request beyond its own origin during the whole flow', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((r) => !r.startsWith(`${url}/`) && !/^(data|blob):/.test(r))).toEqual([]);
  });
});
