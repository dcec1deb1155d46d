import { readFileSync } from 'node:fs';

/** Keeps the manifest to the public contract: no private members, and only named events. */
const publicContractOnly = () => ({
  name: 'public-contract-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) => !member.name.startsWith('#') && !['private', 'protected'].includes(member.privacy),
          );
        }
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
});

/** Points the manifest at the files the package ships (`dist/…js`), not at the TypeScript sources it was read from. */
const shippedPaths = () => ({
  name: 'shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    const visit = (node) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string')
          node[key] = value.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js');
        else visit(value);
      }
    };
    visit(customElementsManifest);
  },
});

/**
 * The custom properties, from the README's table under "Styling" ("| `--mt-font` | the font family |"): one list,
 * written once, that the manifest and the README cannot disagree on.
 */
const cssPropertiesFromReadme = () => ({
  name: 'css-properties-from-readme',
  packageLinkPhase({ customElementsManifest }) {
    const styling =
      readFileSync('README.md', 'utf8')
        .split(/^## /m)
        .find((part) => part.startsWith('Styling')) ?? '';
    const cssProperties = [...styling.matchAll(/^\| `(--mt-[\w-]+)` \| (.+?) \|$/gm)].map(([, name, description]) => ({
      description,
      name,
    }));
    if (cssProperties.length === 0) throw new Error('README: no custom properties table under "## Styling"');
    for (const module of customElementsManifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.tagName === 'map-timeline') declaration.cssProperties = cssProperties;
  },
});

/**
 * Where the tag is defined: the package's entry calls `defineMapTimeline()`, which the analyzer cannot follow, so
 * tools that map tag names through the manifest's exports would not find `<map-timeline>`.
 */
const tagDefinition = () => ({
  name: 'tag-definition',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.push({
      kind: 'javascript-module',
      path: 'dist/index.js',
      declarations: [],
      exports: [
        {
          kind: 'custom-element-definition',
          name: 'map-timeline',
          declaration: { name: 'MapTimeline', module: 'dist/components/map-timeline.js' },
        },
      ],
    });
  },
});

export default {
  globs: ['src/components/map-timeline.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
  plugins: [publicContractOnly(), shippedPaths(), cssPropertiesFromReadme(), tagDefinition()],
};
