/**
 * `editor_load_kb_gz`: what a French tablet downloads to open the editor, gzip-compressed: the page,
 * every script and style it loads (following the asset paths named in each built file, static and
 * dynamic imports alike), and the media Blockly fetches when the workspace opens. Chunks that only
 * another language loads (`en-….js`: Blockly's messages and ours for `?lang=en`) are left out, as a
 * French tablet never asks for them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const OTHER_LANGUAGE_CHUNK = /^(?:en|ar|tr|pt)-[\w-]+\.js$/;

function assetPaths(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(
    /["'`(]((?:\.{1,2}\/|\/)?(?:assets\/)?[\w./-]+\.(?:js|css|svg|png|woff2?))["'`)]/g,
  )) {
    if (match[1] && !/^(?:https?:)?\/\//.test(match[1])) found.add(match[1]);
  }
  return [...found];
}

export function measureEditorLoad(distDir: string): { kbGz: number; files: number } {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run npm run build`);
  const seen = new Set<string>();
  let bytes = 0;
  const add = (path: string) => {
    seen.add(path);
    bytes += gzipSync(readFileSync(path), { level: 9 }).length;
  };
  const visit = (path: string) => {
    if (seen.has(path) || OTHER_LANGUAGE_CHUNK.test(path.split('/').pop() ?? '')) return;
    add(path);
    if (!/\.(?:html|js|css)$/.test(path)) return;
    for (const ref of assetPaths(readFileSync(path, 'utf8'))) {
      const candidates = ref.startsWith('/')
        ? [join(distDir, ref)]
        : [normalize(join(dirname(path), ref)), normalize(join(distDir, ref))];
      const hit = candidates.find((candidate) => existsSync(candidate) && candidate.startsWith(distDir));
      if (hit) visit(hit);
    }
  };
  visit(index);
  const media = join(distDir, 'blockly-media');
  if (existsSync(media))
    for (const name of readdirSync(media)) if (!seen.has(join(media, name))) add(join(media, name));
  return { kbGz: Math.round((bytes / 1024) * 10) / 10, files: seen.size };
}
