import type { MapTimeline } from '../src/index.js';

export interface PngOptions {
  scale?: number;
  width?: number;
  aspect?: '16:9' | '4:3';
  background?: string;
}

/** The image exports, which newer versions of the element have; the demo offers them only when present. */
interface ImageExports {
  exportPNG(options?: PngOptions): Promise<Blob>;
  exportSVG(): string;
}

export function imageExports(element: MapTimeline): Partial<ImageExports> {
  const candidate = element as MapTimeline & Partial<ImageExports>;
  return {
    ...(typeof candidate.exportPNG === 'function' ? { exportPNG: (options) => candidate.exportPNG!(options) } : {}),
    ...(typeof candidate.exportSVG === 'function' ? { exportSVG: () => candidate.exportSVG!() } : {}),
  };
}
