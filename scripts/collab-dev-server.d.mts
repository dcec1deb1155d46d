import type { Plugin } from 'vite';

/** A Vite plugin: a local collaboration server next to the dev server, and `GET /collab/token?room=…&side=…`. */
export function collabDevServer(options?: { port?: number; dataDir?: string }): Plugin;

/** The demo's answer to `GET /collab/token?room=…&side=…` (shared by the dev server and the browser tests). */
export function tokenAnswer(
  query: URLSearchParams,
  options: { secret: string; url: string | undefined; network?: string[] },
): Promise<{ status: number; body: Record<string, unknown> }>;
