// npm run site: writes site/index.html, one self-contained page: the library, its data and luxon bundled into
// one inline script (esbuild), the page's CSS inline, a content security policy that allows nothing remote and
// only this script (by its SHA-256). No network requests, no external fonts or scripts.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await build({
  entryPoints: [`${root}site/src/main.ts`],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  alias: {
    'hotpatch-calendar/render': `${root}src/render/index.ts`,
    'hotpatch-calendar': `${root}src/index.ts`,
  },
  logLevel: 'warning',
});
const script = result.outputFiles[0].text.trimEnd();
// Inline safety: the HTML parser must not see a closing script tag or a comment opener inside the script.
if (/<\/script|<!--/i.test(script)) throw new Error('the bundled script contains </script or <!--');
const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
const css = readFileSync(`${root}site/src/page.css`, 'utf8').trim();
const html = readFileSync(`${root}site/src/page.html`, 'utf8')
  .replace('%SCRIPT_HASH%', hash)
  .replace('%PAGE_CSS%', () => css)
  .replace('%PAGE_SCRIPT%', () => script);
writeFileSync(`${root}site/index.html`, html);
const size = Buffer.byteLength(html);
console.log(`site/index.html: ${size} B, ${gzipSync(html, { level: 9 }).length} B gzipped`);
