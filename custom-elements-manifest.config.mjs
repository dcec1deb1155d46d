export default {
  globs: ['src/components/map-timeline.ts', 'src/components/timeline-view.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
};
