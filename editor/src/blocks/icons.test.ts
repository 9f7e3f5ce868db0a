import { describe, expect, test } from 'vitest';
import { COLOR_SWATCHES, ICONS } from './icons.ts';

const icons = Object.entries({ ...ICONS, ...COLOR_SWATCHES });
const decode = (uri: string) => decodeURIComponent(uri.slice('data:image/svg+xml,'.length));

describe('block icons', () => {
  test.each(icons)('%s is an SVG data URI with no attribute given twice', (_name, uri) => {
    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    const source = decode(uri);
    expect(source).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*>.*<\/svg>$/);
    // A repeated attribute makes the whole SVG invalid: the browser then shows a broken image.
    for (const [, attributes = ''] of source.matchAll(/<\w+([^>]*)>/g)) {
      const names = [...attributes.matchAll(/([\w-]+)="/g)].map((match) => match[1]);
      expect(new Set(names).size, attributes).toBe(names.length);
    }
  });
});
