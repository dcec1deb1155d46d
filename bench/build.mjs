// Production builds for the bench: one page per library, and the library entry alone for its bundle size.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, minifySync } from 'vite';
import { EAGER_COMPILE_HINT, bundleConfig } from '../scripts/build.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const SYSTEMS = ['ours', 'frappe', 'vis', 'dhtmlx', 'floor'];
/** A page with the plan drawn as static SVG and no script on input: measured like the rest, compared with none. */
export const FLOOR = 'floor';
/** The libraries ours is compared with. */
export const PEERS = SYSTEMS.filter((system) => system !== 'ours' && system !== FLOOR);

// frappe-gantt's exports map hides its stylesheet behind a `style` condition that bundlers do not use for JS imports.
const resolve = {
  alias: { 'frappe-gantt/dist/frappe-gantt.css': here('../node_modules/frappe-gantt/dist/frappe-gantt.css') },
};

/** The live figure's page: a person in a shared plan (bench/live.mjs). */
export const LIVE_PAGE = 'live';

/**
 * Builds the bench pages into `outDir` (minified, lit in production mode; `minify: false` for readable profiles):
 * each library's page and the live page, or only the `pages` named.
 */
export async function buildPages(outDir, { minify = true, pages = [...SYSTEMS, LIVE_PAGE] } = {}) {
  await build({
    configFile: false,
    root: here('./pages/'),
    base: './',
    logLevel: 'warn',
    mode: 'production',
    resolve,
    plugins: [startsLikeTheBundle('ours')],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      sourcemap: !minify,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        input: Object.fromEntries(pages.map((name) => [name, here(`./pages/${name}.html`)])),
      },
    },
  });
}

/**
 * Our page's chunk starts with the compile hint, as the shipped bundle does (the peers' pages are built as their
 * packages ship), before Vite's own preamble; the source map gets the extra line too.
 */
function startsLikeTheBundle(page) {
  return {
    name: 'bench:starts-like-the-bundle',
    // Once the files are written: Vite adds its preamble in its own last step.
    writeBundle({ dir }, files) {
      for (const file of Object.values(files)) {
        if (file.type !== 'chunk' || !file.isEntry || file.name !== page) continue;
        const path = join(dir, file.fileName);
        writeFileSync(path, `${EAGER_COMPILE_HINT}\n${readFileSync(path, 'utf8')}`);
        if (!existsSync(`${path}.map`)) continue;
        const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
        writeFileSync(`${path}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
      }
    },
  };
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

async function bundle(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    resolve,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      cssCodeSplit: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: 'index' },
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
}

/**
 * Gzip sizes of our library entry, built as `npm run build` builds the one-file bundle: the main chunk (the entry and
 * what it imports statically), the chunks it only loads with `import()`, and an estimate per module.
 */
export async function ourBundleSizes() {
  const result = await build({ ...bundleConfig({ write: false }), logLevel: 'silent' });
  const files = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const chunks = new Map(files.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  const main = new Set();
  const visit = (name) => {
    if (main.has(name) || !chunks.has(name)) return;
    main.add(name);
    chunks.get(name).imports.forEach(visit);
  };
  visit(entry.fileName);
  const lazy = [...chunks.keys()].filter((name) => !main.has(name));
  const css = files.filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
  const sum = (names) => names.reduce((total, name) => total + gzip(chunks.get(name).code), 0);
  const modules = [...chunks.keys()].flatMap((name) => moduleSizes(chunks.get(name), main.has(name)));
  const mainModules = modules.filter((module) => module.main);
  return {
    byPackage: shares(mainModules, owner),
    byArea: shares(mainModules, area),
    modules,
    mainGzip: sum([...main]) + css.reduce((total, file) => total + gzip(file.source), 0),
    lazyGzip: lazy.length > 0 ? sum(lazy) : undefined,
    lazyChunks: lazy.map((name) => ({
      name,
      gzip: gzip(chunks.get(name).code),
      modules: Object.keys(chunks.get(name).modules).length,
    })),
    exportIsLazy: lazy.some((name) => Object.keys(chunks.get(name).modules).some((id) => id.includes('html2canvas'))),
    html2canvasInMain: [...main].some((name) =>
      Object.keys(chunks.get(name).modules).some((id) => id.includes('html2canvas')),
    ),
  };
}

/** `lit-html/lit-html.js` for a package's file, `src/render/axis.ts` for ours, `rolldown/runtime.js` for a helper. */
const moduleName = (id) => {
  if (id.includes('node_modules/')) return id.split('node_modules/').at(-1);
  if (id.includes('/src/')) return `src/${id.split('/src/').at(-1)}`;
  return id.replace(/^\0/, '');
};
/** The package (`lit-html`, `@lit/reactive-element`) or, for ours, the file. */
const owner = (name) =>
  name.startsWith('src/')
    ? name
    : name
        .split('/')
        .slice(0, name.startsWith('@') ? 2 : 1)
        .join('/');
/** The package, or for ours the folder (`src/render`), the inspector's files counting as one. */
const area = (name) =>
  name.startsWith('src/')
    ? name
        .split('/')
        .slice(0, 3)
        .join('/')
        .replace(/\/[^/]*\.ts$/, '')
    : owner(name);

/**
 * Each module's share of its chunk. A module's minified size is its code minified alone; its gzip size is its
 * minified code deflated alone, scaled so that the chunk's modules add up to the chunk's real gzip size (a module
 * compresses better next to the others than alone). An estimate: good for ranking and for sums over modules.
 */
function moduleSizes(chunk, main) {
  const list = Object.entries(chunk.modules)
    .filter(([, module]) => module.code)
    .map(([id, module]) => {
      const code = minifySync(id.replace(/\.ts$/, '.js'), module.code, { compress: true, mangle: true }).code;
      return {
        name: moduleName(id),
        chunk: chunk.fileName,
        main,
        bytes: code.length,
        alone: deflateRawSync(code, { level: 9 }).length,
      };
    });
  const scale =
    gzip(chunk.code) /
    Math.max(
      1,
      list.reduce((total, module) => total + module.alone, 0),
    );
  return list
    .map(({ alone, ...module }) => ({ ...module, gzip: Math.round(alone * scale) }))
    .sort((a, b) => b.gzip - a.gzip);
}

/** Estimated gzip and minified bytes summed by `group` (a package, a folder), largest first. */
function shares(modules, group) {
  const found = new Map();
  for (const module of modules) {
    const key = group(module.name);
    const share = found.get(key) ?? { name: key, bytes: 0, gzip: 0, modules: 0 };
    share.bytes += module.bytes;
    share.gzip += module.gzip;
    share.modules += 1;
    found.set(key, share);
  }
  return [...found.values()].sort((a, b) => b.gzip - a.gzip);
}

/** Gzip size of what an app ships for each peer: its JS plus its stylesheet, bundled and minified the same way. */
export async function peerBundleSizes() {
  const sizes = {};
  for (const name of PEERS) {
    const files = await bundle(here(`./sizes/${name}.js`));
    sizes[name] = files.reduce((total, file) => total + gzip(file.type === 'chunk' ? file.code : file.source), 0);
  }
  return sizes;
}
