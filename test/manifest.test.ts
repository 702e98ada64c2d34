// @vitest-environment node
// The add-in manifest validates offline against Microsoft's XSDs plus our own checks, and so
// does the copy the production build writes with the hosting URL.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_URL, normalizeBaseUrl, rewriteManifestUrls } from '../scripts/manifest-urls.mjs';
import { findSchemaDir, validateManifestXml } from '../scripts/validate-manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

function mustReplace(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  expect(out, `pattern ${String(from)} not found in manifest.xml`).not.toBe(xml);
  return out;
}

describe('manifest.xml', () => {
  it('uses the schemas copied into the repo', () => {
    expect(findSchemaDir()).toBe(join(root, 'schemas', 'office-addin-manifest'));
  });

  it('is valid', () => {
    expect(validateManifestXml(manifest)).toEqual([]);
  });

  it('points every URL at the dev server', () => {
    const urls = manifest.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const own = urls.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(own.length).toBeGreaterThan(5);
    for (const u of own) expect(u.startsWith(DEV_URL) || u === DEV_URL.slice(0, -1)).toBe(true);
  });

  it('rejects a missing required element, with its line', () => {
    const broken = mustReplace(manifest, /\s*<ProviderName>thidua<\/ProviderName>/, '');
    const errors = validateManifestXml(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.message).toMatch(/ProviderName/);
    expect(errors[0]!.line).toBeGreaterThan(1);
  });

  it('rejects elements in the wrong order', () => {
    const broken = mustReplace(
      mustReplace(manifest, /\s*<Permissions>ReadWriteDocument<\/Permissions>/, ''),
      '<Requirements>',
      '<Permissions>ReadWriteDocument</Permissions>\n  <Requirements>',
    );
    const errors = validateManifestXml(broken);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/Permissions.*not expected/);
  });

  it('rejects a bad Permissions value', () => {
    const broken = mustReplace(manifest, '<Permissions>ReadWriteDocument<', '<Permissions>FullControl<');
    const messages = validateManifestXml(broken).map((e) => e.message);
    expect(messages.some((m) => /enumeration/.test(m))).toBe(true);
    expect(messages.some((m) => /ReadWriteDocument/.test(m))).toBe(true);
  });

  it('requires ReadWriteDocument even when the value is schema-valid', () => {
    const weaker = mustReplace(manifest, '<Permissions>ReadWriteDocument<', '<Permissions>ReadDocument<');
    const errors = validateManifestXml(weaker);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/ReadWriteDocument/);
  });

  it('rejects http URLs, missing icons, wrong icon sizes and unknown resids', () => {
    let broken = mustReplace(
      manifest,
      `${DEV_URL}taskpane.html"/>\n  </DefaultSettings>`,
      'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
    );
    broken = mustReplace(broken, 'assets/icon-80.png', 'assets/icon-81.png');
    broken = mustReplace(broken, '<bt:Image size="16" resid="Icon.16x16"/>', '<bt:Image size="16" resid="Icon.32x32"/>');
    broken = mustReplace(broken, 'resid="Group.Label"', 'resid="No.Such.Label"');
    const text = validateManifestXml(broken)
      .map((e) => `${e.line}: ${e.message}`)
      .join('\n');
    expect(text).toMatch(/must be https: http:\/\/localhost:3000\/taskpane\.html/);
    expect(text).toMatch(/icon file missing: .*icon-81\.png/);
    expect(text).toMatch(/icon-32\.png là 32×32, cần 16×16/);
    expect(text).toMatch(/"No\.Such\.Label".*not defined/);
  });

  it('reports malformed XML instead of throwing', () => {
    const errors = validateManifestXml(manifest.slice(0, manifest.indexOf('<VersionOverrides')));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.line).toBeGreaterThan(0);
  });
});

describe('production manifest (rewriteManifestUrls)', () => {
  it('moves every dev URL to the hosting URL and stays valid', () => {
    const prod = rewriteManifestUrls(manifest, 'https://thidua.example.vn');
    expect(prod).not.toContain('localhost:3000');
    expect(prod).toContain('<SourceLocation DefaultValue="https://thidua.example.vn/taskpane.html"/>');
    expect(prod).toContain('DefaultValue="https://thidua.example.vn/commands.html"');
    expect(prod).toContain('DefaultValue="https://thidua.example.vn/assets/icon-80.png"');
    expect(prod).toContain('<AppDomain>https://thidua.example.vn</AppDomain>');
    expect(validateManifestXml(prod)).toEqual([]);
  });

  it('supports hosting under a path', () => {
    const prod = rewriteManifestUrls(manifest, 'https://static.example.vn/addins/thidua/');
    expect(prod).toContain('DefaultValue="https://static.example.vn/addins/thidua/taskpane.html"');
    expect(prod).toContain('<AppDomain>https://static.example.vn</AppDomain>');
    expect(validateManifestXml(prod)).toEqual([]);
  });

  it('changes nothing but the URLs', () => {
    expect(rewriteManifestUrls(manifest, DEV_URL)).toBe(manifest);
    const prod = rewriteManifestUrls(manifest, 'https://a.vn/');
    expect(prod.replaceAll('https://a.vn/', DEV_URL).replaceAll('https://a.vn', DEV_URL.slice(0, -1))).toBe(manifest);
  });

  it('refuses a non-https or malformed hosting URL', () => {
    expect(() => rewriteManifestUrls(manifest, 'http://thidua.example.vn/')).toThrow(/https/);
    expect(() => rewriteManifestUrls(manifest, 'thidua.example.vn')).toThrow(/URL/);
    expect(normalizeBaseUrl('https://x.vn/a')).toBe('https://x.vn/a/');
  });
});
