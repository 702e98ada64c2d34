/**
 * The part of the Excel JavaScript API the Office adapter uses, in memory, faithful where
 * it matters for correctness and scale:
 *
 * - Proxies: every object is a proxy; its properties THROW (PropertyNotLoaded) until
 *   `load()`ed and `context.sync()`ed. Objects are located on first use inside a sync
 *   (`getItem` of a missing sheet fails at sync, as in Excel).
 * - Queue: writes and loads are queued and run in order at `sync()`; a load placed after a
 *   write in the same batch sees the write. An operation that fails stops the batch; the
 *   operations before it stay applied (Excel batches are not transactions).
 * - Payload limits: each sync's request size (JSON of its queued operations plus a fixed
 *   overhead per operation) and response size (JSON of what it loaded) are counted; a sync
 *   over the limit (5 MB, as Excel on the web) is rejected with
 *   `RequestPayloadSizeLimitExceeded` (nothing applied) or
 *   `ResponsePayloadSizeLimitExceeded` (writes applied, loads not delivered).
 * - `getRanges` rejects address strings over the limit (8,000 characters).
 * - Values written to a cell whose number format is not `@` are read the way Excel reads
 *   typed input: `=…` (and `+x`, `-x`, `@x`) become formulas, number-, percent- and
 *   date-looking text becomes numbers.
 */
import type { Rect } from './address';
import {
  MAX_COLS,
  MAX_ROWS,
  colLetters,
  fullAddress,
  parseLocal,
  rectAddress,
  rectCols,
  rectRows,
  rectsIntersect,
  splitSheet,
} from './address';
import { formatValue } from './format';
import {
  DEFAULT_COLUMN_WIDTH,
  FakeSheet,
  newCfId,
  newSheet,
  type FakeCF,
  type FakeCell,
  type FakeHyperlink,
  type FakeScalar,
  type FakeWorkbookState,
} from './state';

export interface FakeLimits {
  /** Largest request (bytes) a sync may send. */
  requestBytes: number;
  /** Largest response (bytes) a sync may receive. */
  responseBytes: number;
  /** Longest address string `getRanges` accepts. */
  addressChars: number;
  /** Bytes counted per queued operation besides its arguments (object path, ids). */
  opOverheadBytes: number;
  /** Most cells a range may have for a read (Excel: 5 million). */
  readCells: number;
}

export const DEFAULT_LIMITS: FakeLimits = {
  requestBytes: 5 * 1024 * 1024,
  responseBytes: 5 * 1024 * 1024,
  addressChars: 8000,
  opOverheadBytes: 120,
  readCells: 5_000_000,
};

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  suspended: boolean;
  /** The error code when the host rejected the sync. */
  rejected?: string;
}

export interface FakeStats {
  /** `context.sync()` calls (including rejected ones). */
  syncs: number;
  /** `Excel.run` calls. */
  runs: number;
  log: SyncRecord[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  operations: number;
  settingsSaves: number;
  reset(): void;
}

export function newStats(): FakeStats {
  const s: FakeStats = {
    syncs: 0,
    runs: 0,
    log: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    operations: 0,
    settingsSaves: 0,
    reset() {
      s.syncs = 0;
      s.runs = 0;
      s.log = [];
      s.maxRequestBytes = 0;
      s.maxResponseBytes = 0;
      s.operations = 0;
      s.settingsSaves = 0;
    },
  };
  return s;
}

/** Like `OfficeExtension.Error`: `code`, `message`, `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function jsonBytes(x: unknown): number {
  return utf8Length(JSON.stringify(x) ?? 'null');
}

function notLoaded(prop: string, type: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object (${type}) and call "context.sync()" on the associated request context.`,
  );
}

function invalid(message: string, location?: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', message, location);
}

function clone<T>(x: T): T {
  return x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T);
}

export interface FakeEnv {
  state: FakeWorkbookState;
  limits: FakeLimits;
  stats: FakeStats;
  /** Fault injection: the sync with this number (stats.syncs) is refused before anything runs. */
  failAt?: { sync: number; code: string };
}

interface Delivery {
  bytes: number;
  deliver(): void;
}

interface Op {
  bytes: number;
  where: string;
  run(): Delivery | void;
}

function parseLoad(arg: unknown, all: readonly string[], collection: boolean): string[] {
  let list: string[];
  if (arg === undefined) list = [...all];
  else if (typeof arg === 'string') list = arg.split(',');
  else if (Array.isArray(arg)) list = arg.map(String);
  else if (typeof arg === 'object' && arg !== null && typeof (arg as { select?: unknown }).select === 'string')
    list = (arg as { select: string }).select.split(',');
  else throw new Error('fake-excel: unsupported load() argument');
  const out = list
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (collection && p.startsWith('items/') ? p.slice(6) : p));
  for (const p of out) {
    if (p.includes('/')) throw new Error(`fake-excel: navigation path "${p}" not supported; load the child object instead`);
    if (!all.includes(p)) throw new Error(`fake-excel: property "${p}" cannot be loaded here (${all.join(', ')})`);
  }
  return out;
}

/* ------------------------------------------------------------------------------------ */

export class FakeRequestContext {
  _queue: Op[] = [];
  _suspended = false;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(readonly _env: FakeEnv) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  _push(where: string, action: string, payload: unknown, run: () => Delivery | void): void {
    const bytes =
      this._env.limits.opOverheadBytes + utf8Length(where) + utf8Length(action) + (payload === undefined ? 0 : jsonBytes(payload));
    this._queue.push({ bytes, where: `${where}.${action}`, run });
  }

  async sync(): Promise<void> {
    const ops = this._queue;
    this._queue = [];
    const { stats, limits } = this._env;
    stats.syncs++;
    stats.operations += ops.length;
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 200);
    const rec: SyncRecord = { requestBytes, responseBytes: 0, operations: ops.length, suspended: false };
    stats.log.push(rec);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    await Promise.resolve();
    const fail = this._env.failAt;
    if (fail && fail.sync === stats.syncs) {
      this._env.failAt = undefined;
      rec.rejected = fail.code;
      throw new FakeOfficeError(fail.code, `Injected failure of sync ${stats.syncs}.`);
    }
    if (requestBytes > limits.requestBytes) {
      rec.rejected = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${requestBytes} bytes).`,
      );
    }
    const deliveries: Delivery[] = [];
    let responseBytes = 0;
    try {
      for (const op of ops) {
        const d = op.run();
        if (d) {
          deliveries.push(d);
          responseBytes += d.bytes;
        }
      }
    } catch (e) {
      rec.rejected = (e as { code?: string }).code ?? 'Error';
      throw e;
    } finally {
      rec.suspended = this._suspended;
      this._suspended = false;
      rec.responseBytes = responseBytes;
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    }
    if (responseBytes > limits.responseBytes) {
      rec.rejected = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${responseBytes} bytes).`,
      );
    }
    for (const d of deliveries) d.deliver();
  }
}

/** The value of a method call, available after sync (`OfficeExtension.ClientResult`). */
export class FakeClientResult<T> {
  private _set = false;
  private _v: T | undefined;
  get value(): T {
    if (!this._set) throw notLoaded('value', 'ClientResult');
    return this._v as T;
  }
  _deliver(v: T): void {
    this._v = v;
    this._set = true;
  }
}

abstract class ProxyBase<T> {
  protected _loaded: Record<string, unknown> = {};
  protected _isNull: boolean | undefined;
  private _resolved = false;
  private _target: T | null = null;

  constructor(
    readonly context: FakeRequestContext,
    readonly _where: string,
    private readonly _locate: () => T | null,
    private readonly _orNull = false,
  ) {}

  protected abstract readonly _props: readonly string[];
  protected abstract _read(t: T, prop: string): unknown;
  protected _alive(_t: T): boolean {
    return true;
  }

  _resolve(): T | null {
    if (!this._resolved) {
      const t = this._locate();
      if (t === null && !this._orNull)
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (${this._where}).`, this._where);
      this._target = t;
      this._resolved = true;
    }
    if (this._target !== null && !this._alive(this._target))
      throw new FakeOfficeError('ItemNotFound', `The object was deleted (${this._where}).`, this._where);
    return this._target;
  }

  _require(): T {
    const t = this._resolve();
    if (t === null) throw new FakeOfficeError('ItemNotFound', `The object is a null object (${this._where}).`, this._where);
    return t;
  }

  _fix(t: T): void {
    this._target = t;
    this._resolved = true;
  }

  _deliverLoaded(data: Record<string, unknown>, isNull: boolean): void {
    this._isNull = isNull;
    Object.assign(this._loaded, data);
  }

  protected _get<V>(prop: string): V {
    if (!(prop in this._loaded)) throw notLoaded(prop, this.constructor.name.replace(/^Fake/, ''));
    return this._loaded[prop] as V;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded('isNullObject', this.constructor.name.replace(/^Fake/, ''));
    return this._isNull;
  }

  load(arg?: unknown): this {
    const props = parseLoad(arg, this._props, false);
    this.context._push(this._where, 'load', props, () => {
      const t = this._resolve();
      const data: Record<string, unknown> = {};
      for (const p of props) data[p] = t === null ? null : clone(this._read(t, p));
      return { bytes: jsonBytes(data), deliver: () => this._deliverLoaded(data, t === null) };
    });
    return this;
  }

  protected _set(prop: string, value: unknown, apply: (t: T) => void): void {
    this.context._push(this._where, `set:${prop}`, value, () => apply(this._require()));
  }

  protected _call(name: string, args: unknown, apply: (t: T) => void): void {
    this.context._push(this._where, name, args, () => apply(this._require()));
  }

  protected _result<V>(name: string, compute: (t: T) => V): FakeClientResult<V> {
    const r = new FakeClientResult<V>();
    this.context._push(this._where, name, undefined, () => {
      const v = compute(this._require());
      return { bytes: jsonBytes(v), deliver: () => r._deliver(v) };
    });
    return r;
  }
}

/* ------------------------------------------------------------------------------------ */

export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx._push('application', 'suspendApiCalculationUntilNextSync', undefined, () => {
      this.ctx._suspended = true;
    });
  }
}

export class FakeWorkbook extends ProxyBase<FakeWorkbookState> {
  protected readonly _props = ['name'] as const;
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'workbook', () => ctx._env.state);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.application = new FakeApplication(ctx);
  }
  protected _read(t: FakeWorkbookState, prop: string): unknown {
    return prop === 'name' ? t.name : undefined;
  }
  get name(): string {
    return this._get('name');
  }
}

const SHEET_PROPS = ['name', 'id', 'visibility', 'position'] as const;

function readSheet(state: FakeWorkbookState, s: FakeSheet, prop: string): unknown {
  switch (prop) {
    case 'name':
      return s.name;
    case 'id':
      return s.id;
    case 'visibility':
      return s.visibility;
    case 'position':
      return state.sheets.filter((x) => !x.deleted).indexOf(s);
  }
  return undefined;
}

function validSheetName(state: FakeWorkbookState, name: string, except?: FakeSheet): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalid(`The sheet name "${name}" is not valid.`);
  }
  const k = name.toLowerCase();
  if (state.sheets.some((s) => !s.deleted && s !== except && s.name.toLowerCase() === k)) {
    throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  }
}

export class FakeWorksheetCollection extends ProxyBase<FakeWorkbookState> {
  protected readonly _props = SHEET_PROPS;
  private _items: FakeWorksheet[] | undefined;
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'worksheets', () => ctx._env.state);
  }
  protected _read(): unknown {
    return undefined;
  }
  get items(): FakeWorksheet[] {
    if (!this._items) throw notLoaded('items', 'WorksheetCollection');
    return this._items;
  }
  override load(arg?: unknown): this {
    const props = parseLoad(arg, SHEET_PROPS, true);
    this.context._push(this._where, 'load', props, () => {
      const state = this._require();
      const sheets = state.sheets.filter((s) => !s.deleted);
      const data = sheets.map((s) => Object.fromEntries(props.map((p) => [p, readSheet(state, s, p)])));
      return {
        bytes: jsonBytes(data),
        deliver: () => {
          this._items = sheets.map((s, i) => {
            const ws = new FakeWorksheet(this.context, `worksheets[${i}]`, () => s);
            ws._fix(s);
            ws._deliverLoaded(data[i]!, false);
            return ws;
          });
        },
      };
    });
    return this;
  }
  private find(key: string): FakeSheet | null {
    const state = this.context._env.state;
    const k = key.toLowerCase();
    return state.sheets.find((s) => !s.deleted && (s.id === key || s.name.toLowerCase() === k)) ?? null;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItem(${JSON.stringify(key)})`, () => this.find(key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () => this.find(key), true);
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const ws = new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name ?? '')})`, () => created);
    this.context._push('worksheets', 'add', name ?? null, () => {
      const state = this.context._env.state;
      let n = name;
      if (n === undefined) {
        for (let i = 1; ; i++) {
          if (!state.sheets.some((s) => !s.deleted && s.name.toLowerCase() === `sheet${i}`)) {
            n = `Sheet${i}`;
            break;
          }
        }
      }
      validSheetName(state, n);
      created = newSheet(state, n);
      state.sheets.push(created);
    });
    return ws;
  }
  getCount(): FakeClientResult<number> {
    return this._result('getCount', (state) => state.sheets.filter((s) => !s.deleted).length);
  }
}

export class FakeWorksheet extends ProxyBase<FakeSheet> {
  protected readonly _props = SHEET_PROPS;
  protected override _alive(t: FakeSheet): boolean {
    return !t.deleted;
  }
  protected _read(t: FakeSheet, prop: string): unknown {
    return readSheet(this.context._env.state, t, prop);
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t) => {
      validSheetName(this.context._env.state, v, t);
      t.name = v;
    });
  }
  get id(): string {
    return this._get('id');
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: string) {
    this._set('visibility', v, (t) => {
      t.visibility = v as FakeSheet['visibility'];
    });
  }
  get position(): number {
    return this._get('position');
  }
  delete(): void {
    this._call('delete', undefined, (t) => {
      const state = this.context._env.state;
      const visible = state.sheets.filter((s) => !s.deleted && s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === t)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      t.deleted = true;
      state.sheets = state.sheets.filter((s) => s !== t);
    });
  }
  activate(): void {
    this._call('activate', undefined, (t) => {
      if (t.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context._env.state.activeSheet = t.name;
    });
  }
  private range(where: string, rect: () => Rect | null, orNull = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this._where}.${where}`,
      () => {
        const sheet = this._require();
        const r = rect();
        return r ? { sheet, rect: r } : null;
      },
      orNull,
    );
  }
  getRange(address?: string): FakeRange {
    return this.range(`getRange(${JSON.stringify(address ?? '')})`, () => {
      if (address === undefined || address === '') return { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS };
      const { sheet, local } = splitSheet(address);
      if (sheet !== undefined && sheet.toLowerCase() !== this._require().name.toLowerCase())
        throw invalid(`The address ${address} is on another sheet.`);
      const r = parseLocal(local);
      if (!r) throw invalid(`The address "${address}" is not valid.`);
      return r;
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.range(`getRangeByIndexes(${row},${col},${rows},${cols})`, () => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS)
        throw invalid('The range indexes are out of bounds.');
      return { r1: row + 1, c1: col + 1, r2: row + rows, c2: col + cols };
    });
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(`getUsedRange(${!!valuesOnly})`, () => this._require().usedRect(!!valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range(`getUsedRangeOrNullObject(${!!valuesOnly})`, () => this._require().usedRect(!!valuesOnly), true);
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this._where}.getRanges(${address.length} chars)`, () => {
      const sheet = this._require();
      if (address.length > this.context._env.limits.addressChars)
        throw invalid(`The argument is invalid or missing or has an incorrect format (address of ${address.length} characters).`);
      const rects = address.split(',').map((a) => {
        const { local } = splitSheet(a);
        const r = parseLocal(local);
        if (!r) throw invalid(`The address "${a}" is not valid.`);
        return r;
      });
      return { sheet, rects };
    });
  }
}

/* ------------------------------------------------------------------------------------ */

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

interface AreaTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

const ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);
const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT_TEXT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
const DMY_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;

function cellValue(c: FakeCell | undefined): FakeScalar | string {
  if (!c) return '';
  if (c.error !== undefined) return c.error;
  return c.v === null ? '' : c.v;
}

function cellText(c: FakeCell | undefined, state: FakeWorkbookState): string {
  if (!c) return '';
  if (c.text !== undefined) return c.text;
  if (c.error !== undefined) return c.error;
  return formatValue(c.v, c.nf, state.locale);
}

function dmySerial(d: number, m: number, y: number): number | null {
  const year = y < 100 ? (y < 30 ? 2000 + y : 1900 + y) : y;
  const ms = Date.UTC(year, m - 1, d);
  const dt = new Date(ms);
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  const days = ms / 86_400_000 + 25_569;
  return days < 61 ? days - 1 : days;
}

/** Writes one value the way Excel takes typed input (null: leave the cell as it is). */
function writeValue(sheet: FakeSheet, r: number, c: number, x: unknown, asFormula: boolean): void {
  if (x === null || x === undefined) return;
  const cell = sheet.ensure(r, c);
  delete cell.text;
  delete cell.error;
  delete cell.formula;
  cell.v = null;
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw invalid('A value is not a finite number.');
    cell.v = x;
    return;
  }
  if (typeof x === 'boolean') {
    cell.v = x;
    return;
  }
  if (typeof x !== 'string') throw invalid(`Unsupported value type ${typeof x}.`);
  if (x === '') return;
  if (cell.nf === '@' && !asFormula) {
    cell.v = x;
    return;
  }
  const first = x[0]!;
  if (x.length > 1 && (first === '=' || first === '@' || ((first === '+' || first === '-') && !NUMBER_TEXT.test(x)))) {
    cell.formula = first === '=' ? x : `=${x}`;
    return;
  }
  if (NUMBER_TEXT.test(x)) {
    cell.v = Number(x);
    return;
  }
  const pct = PERCENT_TEXT.exec(x);
  if (pct) {
    cell.v = Number(pct[1]) / 100;
    if (cell.nf === 'General') cell.nf = '0%';
    return;
  }
  const dmy = DMY_TEXT.exec(x);
  if (dmy && sheet) {
    const serial = dmySerial(Number(dmy[1]), Number(dmy[2]), Number(dmy[3]));
    if (serial !== null) {
      cell.v = serial;
      if (cell.nf === 'General') cell.nf = 'dd/mm/yyyy';
      return;
    }
  }
  if (/^(true|false)$/i.test(x)) {
    cell.v = x.toLowerCase() === 'true';
    return;
  }
  cell.v = x;
}

function prune(sheet: FakeSheet, r: number, c: number): void {
  const cell = sheet.cell(r, c);
  if (cell && sheet.isDefault(cell)) delete sheet.rows[r - 1]![c - 1];
}

function clearRect(sheet: FakeSheet, rect: Rect, applyTo: string): void {
  eachCell([rect], (r, c) => {
    const cell = sheet.cell(r, c);
    if (!cell) return;
    if (applyTo === 'All') {
      delete sheet.rows[r - 1]![c - 1];
      return;
    }
    if (applyTo === 'Contents') {
      cell.v = null;
      delete cell.error;
      delete cell.formula;
      delete cell.text;
    } else if (applyTo === 'Formats') {
      cell.nf = 'General';
      for (const k of ['fill', 'bold', 'italic', 'fontColor', 'underline', 'wrap', 'vAlign'] as const) delete cell[k];
    } else if (applyTo === 'Hyperlinks') {
      delete cell.hyperlink;
      delete cell.fontColor;
      delete cell.underline;
    } else if (applyTo === 'RemoveHyperlinks') {
      delete cell.hyperlink;
    } else throw invalid(`Unknown ClearApplyTo ${applyTo}`);
    prune(sheet, r, c);
  });
}

function checkMatrix(x: unknown, t: RangeTarget, prop: string): unknown[][] {
  const rows = rectRows(t.rect);
  const cols = rectCols(t.rect);
  if (!Array.isArray(x) || x.length !== rows || !x.every((row) => Array.isArray(row) && row.length === cols)) {
    throw invalid(
      `The number of rows or columns in the input array for ${prop} doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
  return x as unknown[][];
}

function eachCell(rects: Rect[], f: (r: number, c: number) => void): void {
  for (const rect of rects) for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) f(r, c);
}

function uniform<V>(rects: Rect[], get: (r: number, c: number) => V): V | null {
  let first = true;
  let out: V | null = null;
  let mixed = false;
  eachCell(rects, (r, c) => {
    if (mixed) return;
    const v = get(r, c);
    if (first) {
      out = v;
      first = false;
    } else if (v !== out) mixed = true;
  });
  return mixed ? null : out;
}

function grid<V>(t: RangeTarget, limit: number, f: (c: FakeCell | undefined) => V): V[][] {
  const { rect, sheet } = t;
  if (rectRows(rect) * rectCols(rect) > limit)
    throw new FakeOfficeError('RangeExceedsLimit', 'The range has more cells than a read allows.');
  const out: V[][] = [];
  for (let r = rect.r1; r <= rect.r2; r++) {
    const row: V[] = [];
    const src = sheet.rows[r - 1];
    for (let c = rect.c1; c <= rect.c2; c++) row.push(f(src?.[c - 1]));
    out.push(row);
  }
  return out;
}

const RANGE_PROPS = [
  'values',
  'text',
  'numberFormat',
  'formulas',
  'valueTypes',
  'address',
  'addressLocal',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'cellCount',
  'hyperlink',
] as const;

export class FakeRange extends ProxyBase<RangeTarget> {
  protected readonly _props = RANGE_PROPS;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(ctx: FakeRequestContext, where: string, locate: () => RangeTarget | null, orNull = false) {
    super(ctx, where, locate, orNull);
    this.format = new FakeRangeFormat(ctx, `${where}.format`, () => {
      const t = this._require();
      return { sheet: t.sheet, rects: [t.rect] };
    });
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, `${where}.conditionalFormats`, () => this._require());
  }
  protected override _alive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    const limit = this.context._env.limits.readCells;
    const state = this.context._env.state;
    switch (prop) {
      case 'values':
        return grid(t, limit, cellValue);
      case 'text':
        return grid(t, limit, (c) => cellText(c, state));
      case 'numberFormat':
        return grid(t, limit, (c) => c?.nf ?? 'General');
      case 'formulas':
        return grid(t, limit, (c) => c?.formula ?? cellValue(c));
      case 'valueTypes':
        return grid(t, limit, (c) =>
          !c || (c.v === null && c.error === undefined)
            ? 'Empty'
            : c.error !== undefined
              ? 'Error'
              : typeof c.v === 'number'
                ? 'Double'
                : typeof c.v === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
      case 'address':
      case 'addressLocal':
        return fullAddress(t.sheet.name, t.rect);
      case 'rowIndex':
        return t.rect.r1 - 1;
      case 'columnIndex':
        return t.rect.c1 - 1;
      case 'rowCount':
        return rectRows(t.rect);
      case 'columnCount':
        return rectCols(t.rect);
      case 'cellCount':
        return rectRows(t.rect) * rectCols(t.rect);
      case 'hyperlink': {
        const h = t.sheet.cell(t.rect.r1, t.rect.c1)?.hyperlink;
        return h ? { ...h } : null;
      }
    }
    return undefined;
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set('values', v, (t) => {
      const m = checkMatrix(v, t, 'values');
      m.forEach((row, i) => row.forEach((x, j) => writeValue(t.sheet, t.rect.r1 + i, t.rect.c1 + j, x, false)));
    });
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set('formulas', v, (t) => {
      const m = checkMatrix(v, t, 'formulas');
      m.forEach((row, i) =>
        row.forEach((x, j) => writeValue(t.sheet, t.rect.r1 + i, t.rect.c1 + j, x, typeof x === 'string' && x.startsWith('='))),
      );
    });
  }
  get text(): string[][] {
    return this._get('text');
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set('numberFormat', v, (t) => {
      const m = checkMatrix(v, t, 'numberFormat');
      m.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          if (typeof x !== 'string') throw invalid('A number format must be a string.');
          const r = t.rect.r1 + i;
          const c = t.rect.c1 + j;
          t.sheet.ensure(r, c).nf = x === '' ? 'General' : x;
          prune(t.sheet, r, c);
        }),
      );
    });
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get hyperlink(): FakeHyperlink | null {
    return this._get('hyperlink');
  }
  set hyperlink(h: FakeHyperlink | null) {
    this._set('hyperlink', h, (t) => {
      eachCell([t.rect], (r, c) => {
        if (h === null) {
          const cell = t.sheet.cell(r, c);
          if (cell) delete cell.hyperlink;
          return;
        }
        if (!h.documentReference && !h.address) throw invalid('A hyperlink needs an address or a document reference.');
        const cell = t.sheet.ensure(r, c);
        cell.hyperlink = { ...h };
        if (h.textToDisplay !== undefined) writeValue(t.sheet, r, c, h.textToDisplay, false);
        else if (!t.sheet.hasValue(cell)) writeValue(t.sheet, r, c, h.address ?? h.documentReference, false);
      });
    });
  }

  clear(applyTo: string = 'All'): void {
    this._call('clear', applyTo, (t) => clearRect(t.sheet, t.rect, applyTo));
  }

  select(): void {
    this._call('select', undefined, (t) => {
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A range on a hidden sheet cannot be selected.');
      const state = this.context._env.state;
      state.activeSheet = t.sheet.name;
      state.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }

  private derived(where: string, f: (t: RangeTarget) => Rect | null, orNull = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this._where}.${where}`,
      () => {
        const t = this._require();
        const r = f(t);
        if (r && (r.r1 < 1 || r.c1 < 1 || r.r2 > MAX_ROWS || r.c2 > MAX_COLS || r.r1 > r.r2 || r.c1 > r.c2))
          throw invalid(`${where} is out of bounds.`);
        return r ? { sheet: t.sheet, rect: r } : null;
      },
      orNull,
    );
  }
  getCell(row: number, col: number): FakeRange {
    return this.derived(`getCell(${row},${col})`, ({ rect }) => ({
      r1: rect.r1 + row,
      c1: rect.c1 + col,
      r2: rect.r1 + row,
      c2: rect.c1 + col,
    }));
  }
  getOffsetRange(rows: number, cols: number): FakeRange {
    return this.derived(`getOffsetRange(${rows},${cols})`, ({ rect }) => ({
      r1: rect.r1 + rows,
      c1: rect.c1 + cols,
      r2: rect.r2 + rows,
      c2: rect.c2 + cols,
    }));
  }
  getResizedRange(dRows: number, dCols: number): FakeRange {
    return this.derived(`getResizedRange(${dRows},${dCols})`, ({ rect }) => ({
      r1: rect.r1,
      c1: rect.c1,
      r2: rect.r2 + dRows,
      c2: rect.c2 + dCols,
    }));
  }
  getRow(i: number): FakeRange {
    return this.derived(`getRow(${i})`, ({ rect }) => ({ r1: rect.r1 + i, c1: rect.c1, r2: rect.r1 + i, c2: rect.c2 }));
  }
  getColumn(i: number): FakeRange {
    return this.derived(`getColumn(${i})`, ({ rect }) => ({ r1: rect.r1, c1: rect.c1 + i, r2: rect.r2, c2: rect.c1 + i }));
  }
  getEntireColumn(): FakeRange {
    return this.derived('getEntireColumn()', ({ rect }) => ({ r1: 1, c1: rect.c1, r2: MAX_ROWS, c2: rect.c2 }));
  }
  /** The used range within this range (ExcelApi 1.4); ItemNotFound when nothing in it is used. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derived(`getUsedRange(${!!valuesOnly})`, (t) => {
      const r = t.sheet.usedRect(!!valuesOnly, t.rect);
      if (!r) throw new FakeOfficeError('ItemNotFound', 'The range has no used cells.');
      return r;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derived(`getUsedRangeOrNullObject(${!!valuesOnly})`, (t) => t.sheet.usedRect(!!valuesOnly, t.rect), true);
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      `${this._where}.getMergedAreasOrNullObject()`,
      () => {
        const t = this._require();
        const rects = t.sheet.merges.filter((m) => rectsIntersect(m, t.rect));
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      true,
    );
  }
}

export class FakeRangeAreas extends ProxyBase<AreaTarget> {
  protected readonly _props = ['address', 'areaCount', 'cellCount'] as const;
  readonly format: FakeRangeFormat;
  constructor(ctx: FakeRequestContext, where: string, locate: () => AreaTarget | null, orNull = false) {
    super(ctx, where, locate, orNull);
    this.format = new FakeRangeFormat(ctx, `${where}.format`, () => this._require());
  }
  protected override _alive(t: AreaTarget): boolean {
    return !t.sheet.deleted;
  }
  protected _read(t: AreaTarget, prop: string): unknown {
    if (prop === 'address') return t.rects.map((r) => fullAddress(t.sheet.name, r)).join(', ');
    if (prop === 'areaCount') return t.rects.length;
    return t.rects.reduce((n, r) => n + rectRows(r) * rectCols(r), 0);
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  clear(applyTo: string = 'All'): void {
    this._call('clear', applyTo, (t) => {
      for (const rect of t.rects) clearRect(t.sheet, rect, applyTo);
    });
  }
}

/* ------------------------------------------------------------------------------------ */

export class FakeRangeFormat extends ProxyBase<AreaTarget> {
  protected readonly _props = ['columnWidth', 'wrapText', 'verticalAlignment'] as const;
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  constructor(ctx: FakeRequestContext, where: string, locate: () => AreaTarget | null) {
    super(ctx, where, locate);
    this.fill = new FakeRangeFill(ctx, `${where}.fill`, () => this._require());
    this.font = new FakeRangeFont(ctx, `${where}.font`, () => this._require());
  }
  protected override _alive(t: AreaTarget): boolean {
    return !t.sheet.deleted;
  }
  protected _read(t: AreaTarget, prop: string): unknown {
    if (prop === 'columnWidth') {
      let w: number | null | undefined;
      for (const r of t.rects) {
        for (let c = r.c1; c <= Math.min(r.c2, r.c1 + 16_383); c++) {
          const x = t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
          if (w === undefined) w = x;
          else if (w !== x) return null;
        }
      }
      return w ?? null;
    }
    if (prop === 'wrapText') return uniform(t.rects, (r, c) => !!t.sheet.cell(r, c)?.wrap);
    return uniform(t.rects, (r, c) => t.sheet.cell(r, c)?.vAlign ?? 'Bottom');
  }
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(w: number) {
    this._set('columnWidth', w, (t) => {
      if (!(w >= 0)) throw invalid('Column width must be a number of points.');
      for (const r of t.rects) for (let c = r.c1; c <= r.c2; c++) t.sheet.colWidths.set(c, w);
    });
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v, (t) =>
      eachCell(t.rects, (r, c) => {
        if (v) t.sheet.ensure(r, c).wrap = true;
        else if (t.sheet.cell(r, c)) {
          delete t.sheet.cell(r, c)!.wrap;
          prune(t.sheet, r, c);
        }
      }),
    );
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this._set('verticalAlignment', v, (t) =>
      eachCell(t.rects, (r, c) => {
        if (v === 'Bottom') {
          const cell = t.sheet.cell(r, c);
          if (cell) delete cell.vAlign;
          prune(t.sheet, r, c);
        } else t.sheet.ensure(r, c).vAlign = v;
      }),
    );
  }
}

function normColor(c: string): string {
  const s = c.trim();
  if (/^#?[0-9a-f]{6}$/i.test(s)) return `#${s.replace('#', '').toUpperCase()}`;
  const named: Record<string, string> = { white: '#FFFFFF', black: '#000000', red: '#FF0000', blue: '#0000FF', yellow: '#FFFF00' };
  const n = named[s.toLowerCase()];
  if (!n) throw invalid(`The color "${c}" is not valid.`);
  return n;
}

export class FakeRangeFill extends ProxyBase<AreaTarget> {
  protected readonly _props = ['color'] as const;
  protected override _alive(t: AreaTarget): boolean {
    return !t.sheet.deleted;
  }
  protected _read(t: AreaTarget): unknown {
    return uniform(t.rects, (r, c) => t.sheet.cell(r, c)?.fill ?? '#FFFFFF');
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t) => {
      const col = normColor(v);
      eachCell(t.rects, (r, c) => {
        t.sheet.ensure(r, c).fill = col;
      });
    });
  }
  clear(): void {
    this._call('clear', undefined, (t) =>
      eachCell(t.rects, (r, c) => {
        const cell = t.sheet.cell(r, c);
        if (cell) delete cell.fill;
        prune(t.sheet, r, c);
      }),
    );
  }
}

export class FakeRangeFont extends ProxyBase<AreaTarget> {
  protected readonly _props = ['bold', 'italic', 'color', 'underline'] as const;
  protected override _alive(t: AreaTarget): boolean {
    return !t.sheet.deleted;
  }
  protected _read(t: AreaTarget, prop: string): unknown {
    const s = t.sheet;
    if (prop === 'bold') return uniform(t.rects, (r, c) => !!s.cell(r, c)?.bold);
    if (prop === 'italic') return uniform(t.rects, (r, c) => !!s.cell(r, c)?.italic);
    if (prop === 'color') return uniform(t.rects, (r, c) => s.cell(r, c)?.fontColor ?? '#000000');
    return uniform(t.rects, (r, c) => s.cell(r, c)?.underline ?? 'None');
  }
  private setEach(prop: string, v: unknown, f: (cell: FakeCell) => void): void {
    this._set(prop, v, (t) =>
      eachCell(t.rects, (r, c) => {
        f(t.sheet.ensure(r, c));
        prune(t.sheet, r, c);
      }),
    );
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this.setEach('bold', v, (cell) => {
      if (v) cell.bold = true;
      else delete cell.bold;
    });
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(v: boolean) {
    this.setEach('italic', v, (cell) => {
      if (v) cell.italic = true;
      else delete cell.italic;
    });
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    const col = normColor(v);
    this.setEach('color', v, (cell) => {
      if (col === '#000000') delete cell.fontColor;
      else cell.fontColor = col;
    });
  }
  get underline(): string {
    return this._get('underline');
  }
  set underline(v: string) {
    this.setEach('underline', v, (cell) => {
      if (v === 'None') delete cell.underline;
      else cell.underline = v;
    });
  }
}

/* ------------------------------------------------------------------------------------ */

interface CfTarget {
  sheet: FakeSheet;
  cf: FakeCF;
}

export class FakeConditionalFormatCollection extends ProxyBase<RangeTarget> {
  protected readonly _props = ['id', 'type', 'priority', 'stopIfTrue'] as const;
  private _items: FakeConditionalFormat[] | undefined;
  protected override _alive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }
  protected _read(): unknown {
    return undefined;
  }
  get items(): FakeConditionalFormat[] {
    if (!this._items) throw notLoaded('items', 'ConditionalFormatCollection');
    return this._items;
  }
  private overlapping(t: RangeTarget): FakeCF[] {
    return t.sheet.cfs.filter((cf) => !cf.deleted && rectsIntersect(cf.rect, t.rect));
  }
  override load(arg?: unknown): this {
    const props = parseLoad(arg, this._props, true);
    this.context._push(this._where, 'load', props, () => {
      const t = this._require();
      const list = this.overlapping(t);
      const data = list.map((cf) => Object.fromEntries(props.map((p) => [p, readCf(t.sheet, cf, p)])));
      return {
        bytes: jsonBytes(data),
        deliver: () => {
          this._items = list.map((cf, i) => {
            const target = { sheet: t.sheet, cf };
            const p = new FakeConditionalFormat(this.context, `${this._where}.items[${i}]`, () => target);
            p._fix(target);
            p._deliverLoaded(data[i]!, false);
            return p;
          });
        },
      };
    });
    return this;
  }
  add(type: string): FakeConditionalFormat {
    let created: CfTarget | null = null;
    const p = new FakeConditionalFormat(this.context, `${this._where}.add(${type})`, () => created);
    this.context._push(this._where, 'add', type, () => {
      const t = this._require();
      if (t.rect.r1 === 1 && t.rect.r2 === MAX_ROWS && t.rect.c1 === 1 && t.rect.c2 === MAX_COLS)
        throw invalid('fake-excel: a conditional format on the whole sheet is not supported');
      const cf: FakeCF = { id: newCfId(this.context._env.state), type, rect: { ...t.rect } };
      t.sheet.cfs.unshift(cf);
      created = { sheet: t.sheet, cf };
    });
    return p;
  }
  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, `${this._where}.getItemAt(${index})`, () => {
      const t = this._require();
      const cf = this.overlapping(t)[index];
      return cf ? { sheet: t.sheet, cf } : null;
    });
  }
  private byId(id: string, orNull: boolean): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      `${this._where}.getItem(${id})`,
      () => {
        const t = this._require();
        const cf = t.sheet.cfs.find((x) => !x.deleted && x.id === id);
        return cf ? { sheet: t.sheet, cf } : null;
      },
      orNull,
    );
  }
  getItem(id: string): FakeConditionalFormat {
    return this.byId(id, false);
  }
  getItemOrNullObject(id: string): FakeConditionalFormat {
    return this.byId(id, true);
  }
  getCount(): FakeClientResult<number> {
    return this._result('getCount', (t) => this.overlapping(t).length);
  }
  clearAll(): void {
    this._call('clearAll', undefined, (t) => {
      for (const cf of this.overlapping(t)) cf.deleted = true;
      t.sheet.cfs = t.sheet.cfs.filter((cf) => !cf.deleted);
    });
  }
}

function readCf(sheet: FakeSheet, cf: FakeCF, prop: string): unknown {
  if (prop === 'id') return cf.id;
  if (prop === 'type') return cf.type;
  if (prop === 'priority') return sheet.cfs.indexOf(cf);
  return false;
}

export class FakeConditionalFormat extends ProxyBase<CfTarget> {
  protected readonly _props = ['id', 'type', 'priority', 'stopIfTrue'] as const;
  readonly custom: FakeCustomConditionalFormat;
  constructor(ctx: FakeRequestContext, where: string, locate: () => CfTarget | null, orNull = false) {
    super(ctx, where, locate, orNull);
    this.custom = new FakeCustomConditionalFormat(ctx, `${where}.custom`, () => {
      const t = this._require();
      if (t.cf.type !== 'Custom') throw invalid(`The conditional format is of type ${t.cf.type}, not Custom.`);
      return t;
    });
  }
  protected override _alive(t: CfTarget): boolean {
    return !t.cf.deleted && !t.sheet.deleted;
  }
  protected _read(t: CfTarget, prop: string): unknown {
    return readCf(t.sheet, t.cf, prop);
  }
  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  delete(): void {
    this._call('delete', undefined, (t) => {
      t.cf.deleted = true;
      t.sheet.cfs = t.sheet.cfs.filter((x) => x !== t.cf);
    });
  }
  private rangeOf(orNull: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this._where}.getRange()`,
      () => {
        const t = this._require();
        return { sheet: t.sheet, rect: { ...t.cf.rect } };
      },
      orNull,
    );
  }
  getRange(): FakeRange {
    return this.rangeOf(false);
  }
  getRangeOrNullObject(): FakeRange {
    return this.rangeOf(true);
  }
}

export class FakeCustomConditionalFormat extends ProxyBase<CfTarget> {
  protected readonly _props = [] as const;
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;
  constructor(ctx: FakeRequestContext, where: string, locate: () => CfTarget | null) {
    super(ctx, where, locate);
    this.rule = new FakeConditionalFormatRule(ctx, `${where}.rule`, () => this._require());
    this.format = new FakeConditionalRangeFormat(ctx, `${where}.format`, () => this._require());
  }
  protected override _alive(t: CfTarget): boolean {
    return !t.cf.deleted;
  }
  protected _read(): unknown {
    return undefined;
  }
}

function checkFormula(f: string): void {
  if (typeof f !== 'string' || !f.startsWith('=') || f.length < 2) throw invalid(`The conditional format formula "${f}" is not valid.`);
  let depth = 0;
  let q = false;
  for (const ch of f) {
    if (ch === '"') q = !q;
    else if (!q && ch === '(') depth++;
    else if (!q && ch === ')') depth--;
    if (depth < 0) break;
  }
  if (q || depth !== 0) throw invalid(`The conditional format formula "${f}" is not valid.`);
}

export class FakeConditionalFormatRule extends ProxyBase<CfTarget> {
  protected readonly _props = ['formula', 'formulaLocal'] as const;
  protected override _alive(t: CfTarget): boolean {
    return !t.cf.deleted;
  }
  protected _read(t: CfTarget): unknown {
    return t.cf.formula ?? '';
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(f: string) {
    this._set('formula', f, (t) => {
      checkFormula(f);
      t.cf.formula = f;
    });
  }
}

export class FakeConditionalRangeFormat extends ProxyBase<CfTarget> {
  protected readonly _props = [] as const;
  readonly fill: FakeConditionalFill;
  readonly font: FakeConditionalFont;
  constructor(ctx: FakeRequestContext, where: string, locate: () => CfTarget | null) {
    super(ctx, where, locate);
    this.fill = new FakeConditionalFill(ctx, `${where}.fill`, () => this._require());
    this.font = new FakeConditionalFont(ctx, `${where}.font`, () => this._require());
  }
  protected _read(): unknown {
    return undefined;
  }
}

export class FakeConditionalFill extends ProxyBase<CfTarget> {
  protected readonly _props = ['color'] as const;
  protected override _alive(t: CfTarget): boolean {
    return !t.cf.deleted;
  }
  protected _read(t: CfTarget): unknown {
    return t.cf.fill ?? null;
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t) => {
      t.cf.fill = normColor(v);
    });
  }
  clear(): void {
    this._call('clear', undefined, (t) => {
      delete t.cf.fill;
    });
  }
}

export class FakeConditionalFont extends ProxyBase<CfTarget> {
  protected readonly _props = ['color', 'bold'] as const;
  protected override _alive(t: CfTarget): boolean {
    return !t.cf.deleted;
  }
  protected _read(t: CfTarget, prop: string): unknown {
    return prop === 'color' ? (t.cf.fontColor ?? null) : (t.cf.bold ?? null);
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t) => {
      t.cf.fontColor = normColor(v);
    });
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v, (t) => {
      t.cf.bold = v;
    });
  }
}

/* ------------------------------------------------------------------------------------ */

export const EXCEL_ENUMS = {
  ConditionalFormatType: {
    custom: 'Custom',
    dataBar: 'DataBar',
    colorScale: 'ColorScale',
    iconSet: 'IconSet',
    topBottom: 'TopBottom',
    presetCriteria: 'PresetCriteria',
    containsText: 'ContainsText',
    cellValue: 'CellValue',
  },
  ClearApplyTo: {
    all: 'All',
    formats: 'Formats',
    contents: 'Contents',
    hyperlinks: 'Hyperlinks',
    removeHyperlinks: 'RemoveHyperlinks',
  },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  ErrorCodes: {
    itemNotFound: 'ItemNotFound',
    itemAlreadyExists: 'ItemAlreadyExists',
    invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation',
    generalException: 'GeneralException',
    rangeExceedsLimit: 'RangeExceedsLimit',
    responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
    requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  },
} as const;

export { colLetters, rectAddress, ERRORS };
