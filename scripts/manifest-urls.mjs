// The single place that knows the add-in's development URL and how the production build
// replaces it. Used by webpack.config.js (dist/manifest.xml) and by test/manifest.test.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Base URL of the webpack dev server; every URL in manifest.xml starts with it. */
export const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = DEV_URL.slice(0, -1);

/** Normalises a hosting URL: must be absolute https; always ends with "/". */
export function normalizeBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_URL "${baseUrl}" không phải URL hợp lệ / is not a valid URL`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_URL "${baseUrl}" phải dùng https / must use https`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL "${baseUrl}" không được có ? hoặc # / must not have a query or fragment`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Returns manifest XML with every "https://localhost:3000/…" URL moved under baseUrl
 * (e.g. https://thidua.example.vn/ or https://host/sub/path/), and a bare
 * "https://localhost:3000" (an AppDomain) replaced by the origin of baseUrl. Pure.
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
export function rewriteManifestUrls(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  return xml.split(DEV_URL).join(base).split(DEV_ORIGIN).join(origin);
}

/**
 * The production hosting URL: env ADDIN_URL, else package.json "config.addinUrl".
 * (npm exposes the latter as npm_package_config_addinUrl when run through npm scripts.)
 * @param {NodeJS.ProcessEnv} [env]
 */
export function resolveAddinUrl(env = process.env) {
  if (env.ADDIN_URL) return normalizeBaseUrl(env.ADDIN_URL);
  const pkgPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const fromPkg = pkg.config?.addinUrl;
  if (!fromPkg) throw new Error('Thiếu ADDIN_URL và package.json config.addinUrl / no add-in URL configured');
  return normalizeBaseUrl(fromPkg);
}
