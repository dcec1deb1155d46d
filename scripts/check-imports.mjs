// Imports point one way: model ← document/events ← render ← export, io ← controllers ← components ← index. The model
// imports nothing outside itself (and no package); nothing imports upwards; sideways imports between folders of
// one layer are refused unless the allow-list below names them, with the reason. The live-plan binding (collab) is
// a separate entry, `map-timeline/collab`: it reads only the model and the plan document, and nothing imports it
// statically, so it never lands in the main bundle (the element loads it lazily).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const LAYERS = {
  model: 0,
  document: 1,
  'events.ts': 1,
  render: 2,
  export: 3,
  io: 3,
  import: 3,
  collab: 3,
  controllers: 4,
  components: 5,
  'define.ts': 6,
  'samples.ts': 6,
  'host-types.ts': 6,
  'index.ts': 7,
  'react.ts': 7,
  'vue.ts': 7,
};

/** Areas that may import only these areas (besides themselves). */
const ONLY = new Map([['collab', new Set(['model', 'document'])]]);
/** Areas nothing imports statically: their own package entries, loaded lazily. */
const SEPARATE = new Set(['collab']);

/** from → to: why this sideways import is right. */
const ALLOWED = new Map([['io → export', 'io rasterises and saves what the export folder draws']]);

const files = readdirSync('src', { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join('src', file));
const areaOf = (file) => relative('src', file).split('/')[0];
const problems = [];
for (const file of files) {
  const from = areaOf(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
    /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm,
  )) {
    if (!specifier.startsWith('.')) {
      if (from === 'model')
        problems.push(`${file} imports the package "${specifier}": the model imports nothing outside itself`);
      continue;
    }
    const target = relative('src', join(dirname(file), specifier)).replace(/\.js$/, '.ts');
    const to = target.split('/')[0];
    if (from === to) continue;
    if (from === 'model') {
      problems.push(`${file} imports ${target}: the model imports nothing outside itself`);
      continue;
    }
    if (SEPARATE.has(to)) {
      problems.push(`${file} imports ${target}: ${to} is a separate entry, to be loaded with import() only`);
      continue;
    }
    if (ONLY.has(from) && !ONLY.get(from).has(to)) {
      problems.push(`${file} imports ${target}: ${from} imports only ${[...ONLY.get(from)].join(' and ')}`);
      continue;
    }
    const [fromLayer, toLayer] = [LAYERS[from], LAYERS[to]];
    if (fromLayer === undefined || toLayer === undefined)
      problems.push(`${file}: unknown area ${fromLayer === undefined ? from : to}`);
    else if (toLayer > fromLayer) problems.push(`${file} imports upwards: ${target}`);
    else if (toLayer === fromLayer && !ALLOWED.has(`${from} → ${to}`))
      problems.push(`${file} imports sideways: ${target} (${from} → ${to})`);
  }
}
if (problems.length > 0) {
  console.error(`Import boundaries broken:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Import boundaries hold in ${files.length} files.`);
