/**
 * The HTTP side of the bridge: the built editor as static files, and a health check. Tablets open the
 * bridge's address and get the editor; nothing is installed on them.
 */
import express, { type Express } from 'express';

export interface HttpAppOptions {
  /** Folder of the built editor; null serves the API only (tests of the API, a headless bridge). */
  editorDir: string | null;
  bridge: { name: string; version: string };
}

export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/api/health', (_request, response) => {
    response.json({ ok: true, bridge: options.bridge });
  });
  if (options.editorDir !== null) {
    app.use(
      express.static(options.editorDir, {
        index: 'index.html',
        // Built assets carry a content hash in their name; the page itself must always be fresh.
        setHeaders(response, path) {
          if (path.endsWith('index.html')) response.setHeader('Cache-Control', 'no-cache');
          else if (path.includes('/assets/'))
            response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
  }
  return app;
}
