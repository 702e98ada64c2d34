#!/usr/bin/env node
// Offline validation of the add-in manifest (default manifest.xml; or a path, e.g. dist/manifest.xml):
//  1. against Microsoft's XSDs (schemas/office-addin-manifest/, entry OfficeAppManifestV1_1.xsd),
//     with libxml2-wasm — `office-addin-manifest validate` needs an online service CI cannot reach;
//  2. checks an XSD cannot express: every URL is https, icons exist in assets/ as PNGs of the
//     declared size, every resid names a resource of the right kind, the ReadWriteDocument
//     permission, the Workbook host.
// Prints "<file> hợp lệ / is valid", or each error as "<file>:<line>: <message>" and exits 1.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XmlLibError, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_SUBDIR = join('schemas', 'office-addin-manifest');
const ENTRY_XSD = 'OfficeAppManifestV1_1.xsd';

const NS = {
  o: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
};

/**
 * The schema folder: the repo's own copy (schemas/office-addin-manifest), else the first
 * shared/schemas/office-addin-manifest found walking up from the repo (CI: ../shared).
 */
export function findSchemaDir(start = repoRoot) {
  const own = join(start, SCHEMA_SUBDIR);
  if (existsSync(join(own, ENTRY_XSD))) return own;
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', SCHEMA_SUBDIR);
    if (existsSync(join(candidate, ENTRY_XSD))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`Không tìm thấy lược đồ / schemas not found: ${SCHEMA_SUBDIR}/${ENTRY_XSD} (in the repo or shared/ above it)`);
}

let fsProvidersRegistered = false;
/** @type {Map<string, XsdValidator>} */
const validators = new Map();

function getValidator(schemaDir) {
  let validator = validators.get(schemaDir);
  if (!validator) {
    // xs:import schemaLocation="…" is resolved relative to the entry file through node:fs.
    if (!fsProvidersRegistered) fsProvidersRegistered = xmlRegisterFsInputProviders();
    const entry = join(schemaDir, ENTRY_XSD);
    const xsdDoc = XmlDocument.fromBuffer(readFileSync(entry), { url: entry });
    try {
      validator = XsdValidator.fromDoc(xsdDoc);
    } finally {
      xsdDoc.dispose();
    }
    validators.set(schemaDir, validator);
  }
  return validator;
}

/** @typedef {{ line: number, message: string }} ManifestError */

function libErrors(err) {
  if (err instanceof XmlLibError && err.details.length > 0) {
    return err.details.map((d) => ({ line: d.line, message: d.message.trim() }));
  }
  return [{ line: 0, message: err instanceof Error ? err.message : String(err) }];
}

/** Width and height of a PNG file, or null if it is not a PNG. */
function pngSize(buf) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b)) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function httpsUrl(value) {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Checks the XSD cannot express. `doc` is a parsed manifest. */
function semanticChecks(doc, assetsDir) {
  /** @type {ManifestError[]} */
  const errors = [];
  const err = (node, message) => errors.push({ line: node?.line ?? 0, message });
  const find = (xpath, ctx = doc) => ctx.find(xpath, NS);

  // Permission and host.
  const perm = find('/o:OfficeApp/o:Permissions')[0];
  if (!perm || perm.content.trim() !== 'ReadWriteDocument') {
    err(perm, `<Permissions> phải là ReadWriteDocument / must be ReadWriteDocument (found "${perm?.content.trim() ?? ''}")`);
  }
  if (find('/o:OfficeApp/o:Hosts/o:Host[@Name="Workbook"]').length === 0) {
    err(doc.root, 'Thiếu <Host Name="Workbook"/> / the manifest must target Excel (Host Workbook)');
  }

  // Every URL-looking value (attributes and text, namespace declarations aside) is https.
  for (const node of find('//@*[contains(., "://")] | //text()[contains(., "://")]')) {
    const value = ('value' in node ? node.value : node.content).trim();
    if (!/^https:\/\//i.test(value)) err(node.parent ?? node, `URL phải dùng https / URL must be https: ${value}`);
  }
  // URL-typed settings must be absolute https URLs.
  const urlSettings = find(
    '/o:OfficeApp/o:IconUrl | /o:OfficeApp/o:HighResolutionIconUrl | /o:OfficeApp/o:SupportUrl' +
      ' | /o:OfficeApp/o:DefaultSettings/o:SourceLocation | //bt:Images/bt:Image | //bt:Urls/bt:Url',
  );
  for (const el of urlSettings) {
    for (const attr of [el.attr('DefaultValue'), ...find('./*[local-name()="Override"]/@Value', el)]) {
      const value = attr && ('value' in attr ? attr.value : '');
      if (attr && !httpsUrl(value)) err(el, `<${el.name}>: "${value}" không phải URL https tuyệt đối / is not an absolute https URL`);
    }
  }
  for (const el of find('/o:OfficeApp/o:AppDomains/o:AppDomain')) {
    if (!httpsUrl(el.content.trim())) err(el, `<AppDomain> "${el.content.trim()}" phải là https://… / must be an https origin`);
  }

  // Icons: file under assets/, a PNG, of the expected size.
  const checkIcon = (el, url, size) => {
    const u = httpsUrl(url);
    if (!u) return; // reported above
    const m = /\/assets\/([^/]+)$/.exec(u.pathname);
    if (!m) return err(el, `Biểu tượng phải nằm trong assets/ / icon must be served from assets/: ${url}`);
    const file = join(assetsDir, decodeURIComponent(m[1]));
    if (!existsSync(file)) return err(el, `Không có tệp biểu tượng / icon file missing: ${relative(process.cwd(), file) || file}`);
    const dim = pngSize(readFileSync(file));
    if (!dim) return err(el, `Biểu tượng không phải PNG / icon is not a PNG: ${m[1]}`);
    if (size && (dim.width !== size || dim.height !== size)) {
      err(el, `Biểu tượng ${m[1]} là ${dim.width}×${dim.height}, cần ${size}×${size} / icon has the wrong size`);
    }
  };
  for (const el of find('/o:OfficeApp/o:IconUrl | /o:OfficeApp/o:HighResolutionIconUrl')) {
    checkIcon(el, el.attr('DefaultValue')?.value ?? '', 0);
  }
  const iconUrl = find('/o:OfficeApp/o:IconUrl')[0];
  const hiRes = find('/o:OfficeApp/o:HighResolutionIconUrl')[0];
  const sizeOf = (el) => {
    const m = el && /\/assets\/([^/]+)$/.exec(httpsUrl(el.attr('DefaultValue')?.value ?? '')?.pathname ?? '');
    const f = m && join(assetsDir, decodeURIComponent(m[1]));
    return f && existsSync(f) ? pngSize(readFileSync(f)) : null;
  };
  const s1 = sizeOf(iconUrl);
  if (s1 && !(s1.width === s1.height && (s1.width === 32 || s1.width === 64))) {
    err(iconUrl, `IconUrl phải là 32×32 hoặc 64×64 / IconUrl must be 32×32 or 64×64 (is ${s1.width}×${s1.height})`);
  }
  const s2 = sizeOf(hiRes);
  if (s2 && !(s2.width === s2.height && (s2.width === 64 || s2.width === 128))) {
    err(hiRes, `HighResolutionIconUrl phải là 64×64 hoặc 128×128 / must be 64×64 or 128×128 (is ${s2.width}×${s2.height})`);
  }

  // Resources: unique ids of at most 32 characters; every resid resolves to the right kind.
  /** @type {Map<string, { kind: string, el: any }>} */
  const resources = new Map();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const el of find(`//ov:Resources/bt:${kind}/*`)) {
      const id = el.attr('id')?.value ?? '';
      if (id.length > 32) err(el, `id "${id}" dài quá 32 ký tự / resource id longer than 32 characters`);
      if (resources.has(id)) err(el, `id "${id}" bị trùng / duplicate resource id`);
      resources.set(id, { kind, el });
    }
  }
  const kindFor = {
    Image: 'Images',
    SourceLocation: 'Urls',
    FunctionFile: 'Urls',
    LearnMoreUrl: 'Urls',
    Label: 'ShortStrings',
    Title: 'ShortStrings',
    Description: 'LongStrings',
  };
  for (const el of find('//*[@resid]')) {
    const resid = el.attr('resid')?.value ?? '';
    const res = resources.get(resid);
    const want = kindFor[el.name];
    if (!res) err(el, `resid "${resid}" không có trong <Resources> / not defined in <Resources>`);
    else if (want && res.kind !== want) err(el, `resid "${resid}" là ${res.kind}, cần ${want} / wrong resource kind`);
    else if (el.name === 'Image' && res.kind === 'Images') {
      const size = Number(el.attr('size')?.value);
      checkIcon(el, res.el.attr('DefaultValue')?.value ?? '', size);
    }
  }
  // Images declared but not used by an icon list still have to exist.
  for (const [, { kind, el }] of resources) {
    if (kind === 'Images') checkIcon(el, el.attr('DefaultValue')?.value ?? '', 0);
  }
  // De-duplicate (an image resource used by several icon lists reports once per line).
  const seen = new Set();
  return errors.filter((e) => {
    const k = `${e.line}\u0000${e.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/**
 * Validates manifest XML text. Pure apart from reading the schemas and the icon files.
 * @param {string} xml
 * @param {{ assetsDir?: string, schemaDir?: string }} [options]
 *   assetsDir: where icons are looked up (default: the repo's assets/).
 * @returns {ManifestError[]} empty when valid; sorted by line.
 */
export function validateManifestXml(xml, options = {}) {
  const schemaDir = options.schemaDir ?? findSchemaDir();
  const assetsDir = options.assetsDir ?? join(repoRoot, 'assets');
  let doc;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (e) {
    return libErrors(e);
  }
  try {
    /** @type {ManifestError[]} */
    let errors = [];
    try {
      getValidator(schemaDir).validate(doc);
    } catch (e) {
      errors = libErrors(e);
    }
    errors.push(...semanticChecks(doc, assetsDir));
    return errors.sort((a, b) => a.line - b.line);
  } finally {
    doc.dispose();
  }
}

/**
 * Validates a manifest file; icons are looked up in assets/ beside it when that exists
 * (dist/assets for dist/manifest.xml), else in the repo's assets/.
 */
export function validateManifestFile(file, options = {}) {
  const beside = join(dirname(resolve(file)), 'assets');
  return validateManifestXml(readFileSync(file, 'utf8'), {
    assetsDir: existsSync(beside) ? beside : join(repoRoot, 'assets'),
    ...options,
  });
}

function main(argv) {
  const file = argv[0] ?? join(repoRoot, 'manifest.xml');
  const shown = argv[0] ?? 'manifest.xml';
  if (!existsSync(file)) {
    console.error(`${shown}: không tìm thấy tệp / file not found`);
    return 2;
  }
  let errors;
  try {
    errors = validateManifestFile(file);
  } catch (e) {
    console.error(`${shown}: ${e instanceof Error ? e.message : e}`);
    return 2;
  }
  if (errors.length === 0) {
    console.log(`${shown} hợp lệ / is valid`);
    return 0;
  }
  for (const e of errors) console.error(`${shown}:${e.line}: ${e.message}`);
  console.error(`${errors.length} lỗi / error(s)`);
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
