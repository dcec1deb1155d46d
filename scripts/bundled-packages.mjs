// React ships CommonJS only and Vue's browser entry reads process.env: the test server hands both to the browser as
// ES modules, bundled once by esbuild. One build with shared chunks, so react-dom and react/jsx-runtime share React.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { build } from 'esbuild';

const ROOT = '/__bundled__';
const fileOf = (specifier) => `${specifier.replaceAll('/', '+')}.js`;

async function bundle(specifiers) {
  const entry = {
    name: 'entry',
    setup(builder) {
      builder.onResolve({ filter: /^entry:/ }, ({ path }) => ({
        path: path.slice('entry:'.length),
        namespace: 'entry',
      }));
      // CommonJS has no static export names: take them from the package as Node loads it (in a process of its own,
      // as React's development build does not get along with the test runner's console).
      builder.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => {
        const keys = execFileSync(
          process.execPath,
          ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(path)})))`],
          { encoding: 'utf8' },
        );
        const names = JSON.parse(keys).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
        return { contents: `export { ${names.join(', ')} } from '${path}';`, resolveDir: process.cwd(), loader: 'js' };
      });
    },
  };
  const result = await build({
    entryPoints: specifiers.map((specifier) => ({ in: `entry:${specifier}`, out: fileOf(specifier).slice(0, -3) })),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: ROOT,
    write: false,
    logLevel: 'error',
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [entry],
  });
  return new Map(result.outputFiles.map((file) => [`${ROOT}/${basename(file.path)}`, file.text]));
}

/** A dev-server plugin serving the given bare imports from one esbuild bundle, built on first request. */
export function bundledPackages(specifiers) {
  let files;
  return {
    name: 'bundled-packages',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `${ROOT}/${fileOf(source)}`;
    },
    async serve({ path }) {
      if (!path.startsWith(`${ROOT}/`)) return undefined;
      files ??= bundle(specifiers);
      const body = (await files).get(path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
