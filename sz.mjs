import { build } from 'esbuild';
const r = await build({
  stdin: { contents: process.argv[2], resolveDir: '/work/main', loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  alias: { 'hotpatch-calendar': './src/index.ts' },
  external: ['luxon'],
  logLevel: 'silent',
  metafile: true,
});
const t = r.outputFiles[0].text;
if (process.argv[3] === 'print') console.log(t);
const a = await import('esbuild');
console.log(await a.analyzeMetafile(r.metafile));
