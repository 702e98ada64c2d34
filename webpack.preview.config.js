// The browser preview of the task pane (`npm run preview`): the real pane, in a plain
// browser, against the in-memory Excel fake seeded with a sample workbook. No Excel, no
// office.js, no certificates: plain http on localhost.
//
//   npm run preview                      → http://localhost:3001/preview.html
//   PREVIEW_PORT=4000 npm run preview    → another port
//
// It wraps webpack.config.js in development mode (the only mode that has the preview entry)
// and builds into .preview-dist/ in memory (the dev server never writes dist/), so the
// production bundle never contains the preview or the fake. test/browser/pane.test.ts builds
// with the same function into a temporary folder.
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
  // Only the pages the preview needs: the preview and the pane (the commands page needs office.js).
  config.entry = { preview: config.entry.preview, taskpane: config.entry.taskpane };
  config.plugins = config.plugins.filter(
    (p) => !(p.constructor?.name === 'HtmlWebpackPlugin' && p.userOptions?.filename === 'commands.html'),
  );
  // Source maps cost seconds on every build; the test and the preview do fine with cheap ones.
  config.devtool = 'eval-cheap-module-source-map';
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

export default async () => previewConfig({ serve: true });
