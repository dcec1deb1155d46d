// The type checker and declaration emitter: TypeScript 7 (the native compiler, several times faster). The plain
// `typescript` package (6.x) stays installed for the tools that need its JavaScript API: ESLint's parser and the
// custom-elements manifest analyzer.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const TSC = join(
  dirname(createRequire(import.meta.url).resolve('typescript-native/package.json')),
  'bin',
  'tsc',
);
