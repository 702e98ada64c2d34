// webpack config for the Excel add-in (ESM: package.json has "type": "module").
//   npm run build       production → dist/ (taskpane, commands, manifest.xml with the hosting URL, assets)
//   npm run build:dev   development build, also the browser preview (preview.html)
//   npm run dev-server  https://localhost:3000 with certificates from office-addin-dev-certs
// Hosting URL for production: env ADDIN_URL, default package.json "config.addinUrl".
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import { DEV_URL, resolveAddinUrl, rewriteManifestUrls } from './scripts/manifest-urls.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const DEV_PORT = Number(new URL(DEV_URL).port);

/** office.js: CDN in production; in development a local copy served at /office-js/ (no internet needed). */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = '/office-js/office.js';
const officeJsDir = dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * Dev server protocol: https with the office-addin-dev-certs certificates (installs its CA into
 * the system store on first use). When the CA cannot be installed (no sudo, CI, containers) but
 * the certificates were generated, serve https with them anyway (untrusted: fine for a browser
 * that ignores certificate errors, not for Excel). Without certificates, plain http.
 */
async function devServerProtocol() {
  let reason;
  try {
    const devCerts = await import('office-addin-dev-certs');
    const getHttpsServerOptions = devCerts.getHttpsServerOptions ?? devCerts.default?.getHttpsServerOptions;
    const { ca, key, cert } = await getHttpsServerOptions();
    return { type: 'https', options: { ca, key, cert } };
  } catch (err) {
    reason = String(err instanceof Error ? err.message : err).trim();
  }
  const dir = join(homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  if (Object.values(files).every((f) => existsSync(join(dir, f)))) {
    console.warn(
      `\n⚠ Chứng chỉ CA chưa được cài, HTTPS không được tin cậy / dev CA not installed (${reason}).\n` +
        '  Serving https with the untrusted certificates from ~/.office-addin-dev-certs; Excel needs a trusted one:\n' +
        '  run `npx office-addin-dev-certs install` (with admin rights).\n',
    );
    const read = (f) => readFileSync(join(dir, f));
    return { type: 'https', options: { ca: read(files.ca), cert: read(files.cert), key: read(files.key) } };
  }
  console.warn(
    `\n⚠ Không có chứng chỉ HTTPS, dùng http thường / no dev certificates, serving plain http (${reason}).\n` +
      '  Excel only loads add-ins over https; run `npx office-addin-dev-certs install`. The browser preview works over http.\n',
  );
  return { type: 'http' };
}

export default async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const addinUrl = dev ? DEV_URL : resolveAddinUrl();
  const officeJs = dev ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    ...(dev ? { preview: './src/preview/index.tsx' } : {}),
  };

  const plugins = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      title: 'Kiểm tra thi đua',
      officeJs,
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/commands/commands.html',
      chunks: ['commands'],
      officeJs,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ...(dev
          ? []
          : [
              {
                from: 'manifest.xml',
                to: 'manifest.xml',
                transform: (content) => rewriteManifestUrls(content.toString('utf8'), addinUrl),
              },
            ]),
      ],
    }),
  ];
  if (dev) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['preview'],
        title: 'Kiểm tra thi đua — xem trước / preview',
        officeJs: '', // the preview runs without Office
      }),
    );
  }

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: join(root, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js', // hashed: Office caches pane scripts hard
      // The command line's bundle (npm run build:cli) lives in dist/ too: keep it.
      clean: { keep: /^cli\.cjs$/ },
      // Use globalThis directly: without this webpack ships a `new Function('return this')` fallback.
      environment: { globalThis: true },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // tsconfig.json has noEmit for `tsc` type checks; the loader must emit.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins,
    // Fluent UI makes the pane bundle ~1 MB; that is expected for a task pane loaded once.
    performance: { hints: false },
    infrastructureLogging: { level: 'warn' },
    ...(serving
      ? {
          devServer: {
            port: DEV_PORT,
            host: 'localhost',
            server: await devServerProtocol(),
            headers: { 'Access-Control-Allow-Origin': '*' },
            static: [{ directory: officeJsDir, publicPath: '/office-js', watch: false }],
            client: { overlay: { warnings: false } },
          },
        }
      : {}),
  };
};
