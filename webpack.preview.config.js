// The browser preview of the task pane (`npm run preview`): the real pane, in a plain
// browser, against the in-memory Excel fake seeded with a sample workbook. No Excel, no
// office.js, no certificates: plain http on localhost.
//
//   npm run preview                      → http://localhost:3001/preview.html
//   PREVIEW_PORT=4000 npm run preview    → another port
//   webpack --config webpack.preview.config.js --env outputPath=DIR   → build only, into DIR
//
// It wraps webpack.config.js in development mode (the only mode that has the preview entry)
// and serves from memory (the dev server never writes dist/), so the production bundle never
// contains the preview or the fake. test/browser/pane.test.ts builds it with `--env outputPath`
// into a temporary folder and serves that.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import baseConfig from './webpack.config.js';

export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 3001);

/**
 * The development configuration with the preview entry, built to `outputPath`; with
 * `serve`, a plain-http dev server on localhost:`port` opening at /preview.html.
 */
export async function previewConfig({ outputPath = join(tmpdir(), 'thidua-preview'), serve = false, port = PREVIEW_PORT } = {}) {
  const config = await baseConfig({}, { mode: 'development' });
  config.output = { ...config.output, path: outputPath, clean: true };
  // The preview page only (the pane page needs office.js, which the preview never loads).
  const pages = ['preview'];
  config.entry = Object.fromEntries(pages.map((p) => [p, config.entry[p]]));
  config.plugins = config.plugins.filter(
    (p) => p.constructor?.name !== 'HtmlWebpackPlugin' || pages.includes(String(p.userOptions?.filename).replace(/\.html$/, '')),
  );
  config.plugins = config.plugins.filter((p) => serve || p.constructor?.name !== 'CopyPlugin');
  // Source maps cost seconds on every build: cheap ones when served, none for the test.
  config.devtool = serve ? 'eval-cheap-module-source-map' : false;
  if (serve) {
    config.devServer = {
      port,
      host: 'localhost',
      server: 'http',
      open: false,
      static: false,
      historyApiFallback: { index: '/preview.html' },
      client: { overlay: { warnings: false } },
      setupMiddlewares: (middlewares, server) => {
        server.compiler.hooks.done.tap('thidua-preview', () =>
          console.log(`\n  Xem trước khung tác vụ / task-pane preview: http://localhost:${port}/preview.html\n`),
        );
        return middlewares;
      },
    };
  }
  return config;
}

export default async (env = {}) => (env.outputPath ? previewConfig({ outputPath: env.outputPath }) : previewConfig({ serve: true }));
