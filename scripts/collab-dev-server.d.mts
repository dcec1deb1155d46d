import type { Plugin } from 'vite';

/** A Vite plugin: a local collaboration server next to the dev server, and `GET /collab/token?room=…&side=…`. */
export function collabDevServer(options?: { port?: number; dataDir?: string }): Plugin;
