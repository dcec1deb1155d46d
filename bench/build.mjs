// Production builds for the bench: one page per library, and the library entry alone for its bundle size.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const SYSTEMS = ['ours', 'frappe', 'vis', 'dhtmlx'];

// frappe-gantt's exports map hides its stylesheet behind a `style` condition that bundlers do not use for JS imports.
const resolve = {
  alias: { 'frappe-gantt/dist/frappe-gantt.css': here('../node_modules/frappe-gantt/dist/frappe-gantt.css') },
};

/** Builds the bench pages into `outDir` (minified, lit in production mode; `minify: false` for readable profiles). */
export async function buildPages(outDir, { minify = true } = {}) {
  await build({
    configFile: false,
    root: here('./pages/'),
    base: './',
    logLevel: 'warn',
    mode: 'production',
    resolve,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      sourcemap: !minify,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: Object.fromEntries(SYSTEMS.map((name) => [name, here(`./pages/${name}.html`)])) },
    },
  });
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
 * Gzip sizes of our library entry: the main chunk (the entry and what it imports statically) and the chunks it only
 * loads with `import()` (the PNG export and html2canvas).
 */
export async function ourBundleSizes() {
  const files = await bundle(here('../src/index.ts'));
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
  return {
    byPackage: packageShares([...main].map((name) => chunks.get(name))),
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

/** Minified bytes per package (node_modules) or per file (ours) in the given chunks, largest first. */
function packageShares(list) {
  const shares = new Map();
  for (const chunk of list) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const path = id.split('node_modules/').at(-1);
      const owner = id.includes('node_modules/')
        ? path
            .split('/')
            .slice(0, path.startsWith('@') ? 2 : 1)
            .join('/')
        : `src/${id.split('/src/').at(-1)}`;
      shares.set(owner, (shares.get(owner) ?? 0) + (module.renderedLength ?? 0));
    }
  }
  return [...shares].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, bytes }));
}

/** Gzip size of what an app ships for each peer: its JS plus its stylesheet, bundled and minified the same way. */
export async function peerBundleSizes() {
  const sizes = {};
  for (const name of SYSTEMS.filter((system) => system !== 'ours')) {
    const files = await bundle(here(`./sizes/${name}.js`));
    sizes[name] = files.reduce((total, file) => total + gzip(file.type === 'chunk' ? file.code : file.source), 0);
  }
  return sizes;
}
