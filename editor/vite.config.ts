/**
 * Builds the editor into editor/dist, which the bridge serves to every tablet (`npm run build`).
 * `npm run dev:editor` serves it with live reload and passes `/ws` on to a bridge on port 8080
 * (`npm start` in another terminal).
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const editorDir = dirname(fileURLToPath(import.meta.url));

/**
 * Blockly's media (cursors, click sounds, the zoom and trashcan sprites) would otherwise be fetched
 * from Google's servers, which a classroom network cannot reach. They are served from `blockly-media/`
 * next to the page: emitted into the build, and served by the dev server.
 */
function blocklyMedia(): Plugin {
  const mediaDir = join(dirname(createRequire(import.meta.url).resolve('blockly')), 'media');
  const files = readdirSync(mediaDir);
  const types: Record<string, string> = {
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.gif': 'image/gif',
    '.mp3': 'audio/mpeg',
    '.cur': 'image/x-icon',
  };
  return {
    name: 'atelier-blockly-media',
    configureServer(server) {
      server.middlewares.use('/blockly-media', (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        const path = join(mediaDir, name);
        if (!files.includes(name) || !existsSync(path)) return next();
        response.setHeader(
          'Content-Type',
          types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
        );
        createReadStream(path).pipe(response);
      });
    },
    generateBundle() {
      for (const file of files) {
        this.emitFile({
          type: 'asset',
          fileName: `blockly-media/${file}`,
          source: readFileSync(join(mediaDir, file)),
        });
      }
    },
  };
}

export default defineConfig({
  root: editorDir,
  base: './',
  publicDir: false,
  plugins: [blocklyMedia()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // School tablets are often a few years old: iPads stay on the Safari of their last iOS update.
    target: ['safari15', 'chrome100', 'firefox100', 'edge100'],
    // Blockly alone is ~1 MB before compression; the size that matters (gzipped) is checked by hand.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/ws': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
});
