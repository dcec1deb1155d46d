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

export default {
  globs: ['src/components/map-timeline.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
  plugins: [publicContractOnly(), shippedPaths()],
};
