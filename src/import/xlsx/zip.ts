/** Reads the entries of a ZIP archive (an XLSX workbook) by its central directory, inflating with the platform. */

/** What a workbook may unzip to in all; more is refused as a zip bomb before the page stalls. */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

export class ZipError extends Error {}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a ZIP archive, read lazily: `read(name)` inflates one part, counting against one byte budget. */
export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private unzipped = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly budget = MAX_UNZIPPED_BYTES,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1)
      if (view.getUint32(at, true) === EOCD) {
        end = at;
        break;
      }
    if (end < 0) throw new ZipError('the file is not a readable workbook (no ZIP directory)');
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    if (count === 0xffff || at === 0xffffffff) throw new ZipError('the workbook is too large (ZIP64) to import');
    const decoder = new TextDecoder();
    for (let index = 0; index < count; index += 1) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
        throw new ZipError('the workbook is damaged (its ZIP directory is cut short)');
      const nameLength = view.getUint16(at + 28, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name.replace(/^\/+/, ''), {
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The text of one part, or undefined when the archive has no such part. */
  async text(name: string): Promise<string | undefined> {
    const bytes = await this.read(name);
    return bytes && new TextDecoder().decode(bytes);
  }

  async read(name: string): Promise<Uint8Array | undefined> {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    this.spend(entry.size);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.length || view.getUint32(local, true) !== LOCAL)
      throw new ZipError(`the workbook is damaged (part ${name} is missing)`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new ZipError(`the workbook uses a compression we cannot read (part ${name})`);
    return this.inflate(data, entry.size, name);
  }

  private spend(bytes: number): void {
    this.unzipped += bytes;
    if (this.unzipped > this.budget)
      throw new ZipError(
        `the workbook unzips to more than ${this.budget / 1024 / 1024} MB, more than a plan can import`,
      );
  }

  /** Inflates while counting: a part that grows past the size its directory declared is refused mid-stream. */
  private async inflate(data: Uint8Array, declared: number, name: string): Promise<Uint8Array> {
    const input = new ReadableStream<BufferSource>({
      start(controller) {
        controller.enqueue(data as Uint8Array<ArrayBuffer>);
        controller.close();
      },
    });
    const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > declared) {
          await reader.cancel();
          throw new ZipError(`the workbook is damaged or malicious (part ${name} unzips past its declared size)`);
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError(`the workbook is damaged (part ${name} cannot be unzipped)`);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  }
}
