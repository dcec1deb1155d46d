// The test server's /static/ path: files of the checkout exactly as a plain static web server sends them. The test
// server's own plugins never see these requests, so no import is resolved or rewritten and no TypeScript is compiled:
// a page loaded from there gets what a host page without a bundler gets, and fails the same way.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const STATIC_PREFIX = '/static/';

/** A Koa middleware serving `rootDir` under `/static/`. */
export function staticFiles(rootDir) {
  const root = resolve(rootDir);
  return async (ctx, next) => {
    if (!ctx.path.startsWith(STATIC_PREFIX)) return next();
    const file = resolve(root, `.${sep}${decodeURIComponent(ctx.path.slice(STATIC_PREFIX.length))}`);
    const stats = file.startsWith(root + sep) ? await stat(file).catch(() => undefined) : undefined;
    if (!stats?.isFile()) {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = extname(file);
    ctx.set('Cache-Control', 'no-store');
    ctx.length = stats.size;
    ctx.body = createReadStream(file);
    return undefined;
  };
}
