/**
 * `editor_load_kb_gz`: what a tablet downloads to open the editor, gzip-compressed — the page and
 * every file it loads: scripts, styles, module preloads, and the chunks those import, found by
 * following `import` specifiers in the built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

function referencedAssets(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css|svg|png|woff2?))"/g)) {
    if (match[1]) found.add(match[1]);
  }
  for (const match of text.matchAll(/(?:import\(|from\s*|import\s*)["']([^"']+\.js)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found].filter((path) => !/^(?:https?:)?\/\//.test(path));
}

export function measureEditorLoad(distDir: string): { kbGz: number; files: number } {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run npm run build`);
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const content = readFileSync(path);
    bytes += gzipSync(content, { level: 9 }).length;
    if (path.endsWith('.html') || path.endsWith('.js') || path.endsWith('.css')) {
      for (const ref of referencedAssets(content.toString('utf8'))) {
        visit(ref.startsWith('/') ? join(distDir, ref) : normalize(join(dirname(path), ref)));
      }
    }
  };
  visit(index);
  return { kbGz: Math.round((bytes / 1024) * 10) / 10, files: seen.size };
}
