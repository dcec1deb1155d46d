// `npm run build` (and `npm pack`, through `prepack`): the library in dist/.
//   dist/index.js, dist/model/…, dist/samples.js  ES modules and .d.ts from tsc, dependencies left as bare imports
//   dist/collab/…                                 the live-plan binding (`map-timeline/collab`, imports yjs), which
//                                                  the main entry and the bundle never import
//   dist/map-timeline.bundle.js                    one file with lit and idb-keyval inside, for a page
//                                                  without a bundler
//   dist/map-timeline.bundle.<part>.js             what the element loads only when it is used (the PNG export,
//                                                  the import code and its preview, html2canvas, live
//                                                  collaboration, the inspector panels, the table view, the
//                                                  shortcut list), fetched from next to the bundle
// The test runner calls `ensureDist()`, which builds only when dist/ is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { minifyCssTemplates, minifyTemplateCss } from './minify-template-css.mjs';
import { TSC } from './tsc.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const BUNDLE = 'map-timeline.bundle.js';
const BUNDLE_PREFIX = 'map-timeline.bundle';
const require = createRequire(import.meta.url);
const IMPORTER = `${BUNDLE_PREFIX}.import.js`;
/** The import code (spreadsheet readers, work-back scheduling): loaded by the element on the first import only. */
const IMPORT_ENTRY = join(root, 'src/import/index.ts');
const COLLAB = `${BUNDLE_PREFIX}.collab.js`;
/** Live collaboration (Yjs, the Hocuspocus provider, the room's offline copy): loaded when `collab` is set. */
const COLLAB_ENTRY = join(root, 'src/collab/session.ts');

/** Files whose change makes dist/ out of date. */
const INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/build.mjs',
  'scripts/minify-template-css.mjs',
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
  COLLAB,
  ...['inspector', 'table', 'shortcuts', 'import-preview'].map((part) => `${BUNDLE_PREFIX}.${part}.js`),
];

function compileModules() {
  execFileSync(process.execPath, [TSC, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  // The stylesheets ship minified to bundlers too (the one-file bundle gets them minified by the plugin below).
  for (const name of readdirSync(join(dist, 'components'))) {
    if (!name.endsWith('.styles.js')) continue;
    const path = join(dist, 'components', name);
    writeFileSync(path, minifyCssTemplates(readFileSync(path, 'utf8'), path));
  }
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

/**
 * Chromium's explicit compile hint: the element runs nearly all of its code within a moment of loading (first render,
 * then the first hover, edit or drag), so the engine compiles it all while streaming the file, off the main thread,
 * instead of one function at a time on first call. Only the entry chunk: lazy parts load when they are used.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The entry chunk's banner: the compile hint at the top, where Chromium documents it, then the licences. */
const entryBanner = (chunk) =>
  chunk.isEntry ? `${EAGER_COMPILE_HINT}\n${licenceBanner(chunk)}` : licenceBanner(chunk);

/** `map-timeline.bundle.html2canvas.js` for the chunk of `html2canvas.esm.js`: names users copy, without hashes. */
const partName = (chunk) =>
  chunk.facadeModuleId === IMPORT_ENTRY ? IMPORTER : `${BUNDLE_PREFIX}.${chunk.name.replace(/\.esm$/, '')}.js`;

/** Whether an import names the collaboration part, however a source file spells its path. */
const isCollab = (id, importer) => {
  const path = importer !== undefined && id.startsWith('.') ? join(dirname(importer), id) : id;
  return path.replace(/\.[jt]s$/, '') === COLLAB_ENTRY.replace(/\.ts$/, '');
};

/**
 * The vite configuration of the one-file bundle, also measured by the bench: the entry and what it imports
 * statically in one file, and each part it loads with `import()` in a file next to it. `write: false` builds in
 * memory.
 */
export function bundleConfig({ write = true } = {}) {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    plugins: [minifyTemplateCss(), withoutMapOf(/html2canvas/), oneFileEntry()],
    // html2canvas as published for bundlers (ES module), not its UMD file, which would need a CommonJS wrapper.
    resolve: { alias: { html2canvas: require.resolve('html2canvas/dist/html2canvas.esm.js') } },
    build: {
      outDir: dist,
      emptyOutDir: false,
      write,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: join(root, 'src/index.ts'), formats: ['es'], fileName: () => BUNDLE },
      rolldownOptions: {
        // The lazy parts import what they share with the element from the bundle itself, which therefore exports a
        // few more (short) names; without this, the shared code would be a third file that every page loads.
        preserveEntrySignatures: 'allow-extension',
        // Live collaboration is built on its own (collabConfig): sharing code with it would make rolldown split the
        // code that three files share into a fourth file, which every page would then load.
        external: isCollab,
        // Vite leaves whitespace in ES library builds for bundlers to shake; these files go to browsers as they are.
        output: {
          ...{ minify: true, comments: false, postBanner: entryBanner, chunkFileNames: partName },
          paths: (id) => (isCollab(id) ? `./${COLLAB}` : id),
          // Everything the entry imports statically stays in its one file, also what lazy parts share with it (lit,
          // the model): rolldown would otherwise split that into more files, each one more request for every page.
          codeSplitting: { groups: [{ name: BUNDLE_PREFIX, tags: ['$initial'] }] },
        },
      },
    },
  };
}

/** The collaboration part: Yjs, the provider, the offline copy and the binding, with its own copy of the model code. */
function collabConfig() {
  const config = bundleConfig();
  config.plugins = [];
  config.build.lib = { entry: COLLAB_ENTRY, formats: ['es'], fileName: () => COLLAB };
  config.build.rolldownOptions = {
    output: { minify: true, comments: false, postBanner: licenceBanner, codeSplitting: false },
  };
  return config;
}

/** Fails the build when the bundle's entry would import another file statically: a page loads one file to start. */
function oneFileEntry() {
  return {
    name: 'map-timeline:one-file-entry',
    generateBundle(_, files) {
      const entry = Object.values(files).find((file) => file.type === 'chunk' && file.isEntry);
      if (entry && entry.imports.length > 0)
        throw new Error(`${entry.fileName} imports ${entry.imports.join(', ')}: the entry must be one file`);
    },
  };
}

/** html2canvas ships without a source map of its own: one would only add weight to the package. */
function withoutMapOf(pattern) {
  return {
    name: 'map-timeline:without-map-of',
    generateBundle(_, files) {
      for (const file of Object.values(files)) {
        if (file.type !== 'chunk' || !pattern.test(file.fileName)) continue;
        delete files[`${file.fileName}.map`];
        file.code = file.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
      }
    },
  };
}

/** Builds everything in dist/, from scratch: files of removed sources must not ship. */
export async function buildDist() {
  rmSync(dist, { recursive: true, force: true });
  compileModules();
  await build(bundleConfig());
  await build(collabConfig());
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
