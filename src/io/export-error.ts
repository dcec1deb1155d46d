/** An export failed; the message says which stage and why, `cause` keeps the original error. */
export class ExportError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ExportError';
  }
}
