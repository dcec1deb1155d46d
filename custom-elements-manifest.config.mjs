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

export default {
  globs: ['src/components/map-timeline.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
  plugins: [publicContractOnly()],
};
