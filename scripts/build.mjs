// `npm run build` (and `npm pack`, through `prepack`): the library in dist/.
//   dist/index.js, dist/model/…, dist/samples.js  ES modules and .d.ts from tsc, dependencies left as bare imports
//   dist/collab/…                                 the live-plan binding (`map-timeline/collab`, imports yjs), which
//                                                  the main entry and the bundle never import
//   dist/map-timeline.bundle.js                    one file with lit, d3-time and idb-keyval inside, for a page
//                                                  without a bundler; html2canvas stays a chunk next to it, loaded
//                                                  on the first PNG export
// The test runner calls `ensureDist()`, which builds only when dist/ is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { TSC } from './tsc.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const BUNDLE = 'map-timeline.bundle.js';
const BUNDLE_PREFIX = 'map-timeline.bundle';
const HTML2CANVAS = `${BUNDLE_PREFIX}.html2canvas.js`;
const IMPORTER = `${BUNDLE_PREFIX}.import.js`;
/** The import code (spreadsheet readers, work-back scheduling): loaded by the element on the first import only. */
const IMPORT_ENTRY = join(root, 'src/import/index.ts');

/** Files whose change makes dist/ out of date. */
const INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/build.mjs',
];
/** What the build must leave behind (and the tests load). */
const OUTPUTS = [
  'index.js',
  'index.d.ts',
  'samples.js',
  'model/index.js',
  'import/index.js',
  'collab/index.js',
  BUNDLE,
  IMPORTER,
];

function compileModules() {
  execFileSync(process.execPath, [TSC, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}

/** The packages (name, version, licence) whose code is in a chunk, for the licence comment at its top. */
function licenceBanner(chunk) {
  const packages = new Map();
  for (const id of chunk.moduleIds) {
    const at = id.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const parts = id.slice(at + 'node_modules/'.length).split('/');
    const name = parts.slice(0, parts[0].startsWith('@') ? 2 : 1).join('/');
    if (packages.has(name)) continue;
    const manifest = JSON.parse(readFileSync(join(id.slice(0, at), 'node_modules', name, 'package.json'), 'utf8'));
    packages.set(name, `${name} ${manifest.version} (${manifest.license})`);
  }
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const from = chunk.moduleIds.some((id) => id.startsWith(join(root, 'src')))
    ? `${own.name} ${own.version} (${own.license})`
    : '';
  const list = [from, ...[...packages.values()].sort()].filter(Boolean).join(', ');
  return `/*! ${list}; each licence text is in its package. */`;
}

const buildOne = (entry, fileName, { external = [], output = {}, sourcemap = true } = {}) =>
  build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      // Vite leaves whitespace in ES library builds for bundlers to shake; this file goes to browsers as it is.
      rolldownOptions: { external, output: { minify: true, comments: false, postBanner: licenceBanner, ...output } },
    },
  });

/** Whether an import names the import module, however a source file spells its path (`../import/index.js`). */
const isImporter = (id, importer) => {
  const path = importer !== undefined && id.startsWith('.') ? join(dirname(importer), id) : id;
  return path.replace(/\.[jt]s$/, '') === IMPORT_ENTRY.replace(/\.ts$/, '');
};

/**
 * The bundle: everything but html2canvas and the import code in one file, which imports each from a file next to it
 * on first use (the first PNG export, the first import). Separate builds, as one build with code splitting also
 * moves the code shared by the main entry and a lazy module into a chunk that the main file would import; the
 * import file carries its own copy of the few model functions it shares with the main file.
 */
async function bundle() {
  await buildOne(join(root, 'src/index.ts'), BUNDLE, {
    external: (id, importer) => id === 'html2canvas' || isImporter(id, importer),
    output: {
      codeSplitting: false,
      paths: (id) => (id === 'html2canvas' ? `./${HTML2CANVAS}` : isImporter(id) ? `./${IMPORTER}` : id),
    },
  });
  await buildOne(IMPORT_ENTRY, IMPORTER);
  // html2canvas as published, minified; a source map of it would only add weight to the package.
  await buildOne(createRequire(import.meta.url).resolve('html2canvas/dist/html2canvas.esm.js'), HTML2CANVAS, {
    sourcemap: false,
  });
}

/** Builds everything in dist/, from scratch: files of removed sources must not ship. */
export async function buildDist() {
  rmSync(dist, { recursive: true, force: true });
  compileModules();
  await bundle();
}

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  // A directory's own time changes when a file in it is added, removed or renamed.
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds dist/ when an output is missing or a source changed after the last build; says whether it built. */
export async function ensureDist() {
  const outputs = OUTPUTS.map((name) => join(dist, name));
  const built = outputs.every((path) => existsSync(path))
    ? Math.min(...outputs.map((path) => statSync(path).mtimeMs))
    : -1;
  const changed = Math.max(
    ...INPUTS.map((name) => join(root, name))
      .filter((path) => existsSync(path))
      .map(newestChange),
  );
  if (built >= changed) return false;
  await buildDist();
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildDist();
