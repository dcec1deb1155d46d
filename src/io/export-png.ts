import type { Options } from 'html2canvas';
import type { ExportSource, SvgExport, SvgExportOptions } from '../export/svg-document.js';
import { embeddedFontFaces, loadExportFonts } from './embed-fonts.js';
import { ExportError } from './export-error.js';

export interface PNGExportOptions extends SvgExportOptions {
  /** Device pixels per CSS pixel; default 2 (a 1920 px wide picture becomes 3840 pixels, crisp when projected). */
  scale?: number;
}

/** html2canvas's signature, so a test (or a host) can bring another loader. */
export type Rasteriser = (element: HTMLElement, options: Partial<Options>) => Promise<HTMLCanvasElement>;

/** Fetched on the first PNG export only: html2canvas is a separate chunk, not part of the element's bundle. */
export const loadHtml2canvas = async (): Promise<Rasteriser> => (await import('html2canvas')).default;

export { ExportError } from './export-error.js';

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The whole plan as a PNG. The standalone SVG (styles and the page's web fonts inlined, sized `scale` times the
 * layout) is loaded as an image into an invisible light-DOM stage, which html2canvas draws at `scale`: html2canvas
 * cannot see into the element's shadow root and draws inline SVG without its stylesheet, but it draws an `<img>`
 * faithfully, and an image of the SVG is what the browser itself renders.
 */
export async function pngExport(
  source: ExportSource,
  options: PNGExportOptions = {},
  load: () => Promise<Rasteriser> = loadHtml2canvas,
): Promise<Blob> {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && scale <= 8)) throw new ExportError(`PNG scale must be above 0 and at most 8, not ${scale}`);
  // The element has the SVG drawing loaded already; importing it statically would make bundlers split the code this
  // chunk shares with the element into a third chunk, which the element's first load would fetch as well.
  const { fontFamilyOf, svgExport } = await import('../export/svg-document.js');
  const family = fontFamilyOf(source.host);
  await loadExportFonts(family);
  const fontFaces = await embeddedFontFaces(family);
  let exported: SvgExport;
  try {
    exported = svgExport(source, options, { pixelRatio: scale, fontFaces });
  } catch (error) {
    throw new ExportError(`Could not draw the plan as SVG (${reason(error)})`, error);
  }
  let rasterise: Rasteriser;
  try {
    rasterise = await load();
  } catch (error) {
    throw new ExportError(`Could not load html2canvas to draw the PNG (${reason(error)})`, error);
  }
  return capture(exported, scale, rasterise);
}

async function capture(exported: SvgExport, scale: number, rasterise: Rasteriser): Promise<Blob> {
  const { width, height } = exported.picture;
  const url = URL.createObjectURL(new Blob([exported.svg], { type: 'image/svg+xml' }));
  // Laid out at full size where html2canvas can measure it, but invisible; the clone it draws is made opaque.
  const stage = document.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;opacity:0;pointer-events:none;z-index:-1;margin:0;padding:0`;
  const image = new Image(width, height);
  image.alt = '';
  image.style.cssText = `display:block;width:${width}px;height:${height}px;margin:0`;
  stage.append(image);
  (document.body ?? document.documentElement).append(stage);
  try {
    image.src = url;
    try {
      await image.decode();
    } catch (error) {
      throw new ExportError(`The plan's SVG could not be loaded as an image (${reason(error)})`, error);
    }
    let canvas: HTMLCanvasElement;
    try {
      canvas = await rasterise(stage, {
        scale,
        backgroundColor: exported.background ?? null,
        logging: false,
        imageTimeout: 15000,
        // Only the stage is cloned: the rest of the page would cost time and is not drawn anyway.
        ignoreElements: (node) => !node.contains(stage) && !stage.contains(node),
        onclone: (_document, clone) => {
          clone.style.opacity = '1';
        },
      });
    } catch (error) {
      throw new ExportError(`html2canvas could not draw the plan (${reason(error)})`, error);
    }
    return await encode(canvas);
  } finally {
    stage.remove();
    URL.revokeObjectURL(url);
  }
}

function encode(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else
          reject(new ExportError(`The browser could not encode a ${canvas.width}×${canvas.height} PNG (too large?)`));
      }, 'image/png');
    } catch (error) {
      const tainted = error instanceof DOMException && error.name === 'SecurityError';
      reject(
        new ExportError(
          tainted
            ? `The browser refused to read the drawn plan back: the canvas is tainted by a cross-origin image (${reason(error)})`
            : `Could not encode the PNG (${reason(error)})`,
          error,
        ),
      );
    }
  });
}
