import { exportLayout, type ExportInput, type ExportLayout } from './page-layout.js';

export type SlideAspect = '16:9' | '4:3';

const HEIGHT_PER_WIDTH: Record<SlideAspect, number> = { '16:9': 9 / 16, '4:3': 3 / 4 };
/** Widths of whole multiples of these give a whole height at the aspect, so the picture is exactly 16:9 or 4:3. */
const WIDTH_STEP: Record<SlideAspect, number> = { '16:9': 16, '4:3': 4 };

/**
 * The width the plan is laid out at for a slide: a 13.33-inch slide is 960 pt wide, so at 1,040 CSS pixels the
 * 12.5 px labels come out at about 11.5 pt and the title at 15 pt, readable from the back of the room.
 */
export const SLIDE_LAYOUT_WIDTH = 1040;
const SLIDE_ROW_HEIGHT = 32;

/**
 * The plan laid out for a slide of the given aspect: at the slide layout width when the plan fits that frame's
 * height, else wider (so everything still fits, at smaller type). The page is as tall as the frame; `offset` is how
 * far down the plan goes to sit in its middle.
 */
export function slideLayout(
  input: Omit<ExportInput, 'width'>,
  aspect: SlideAspect,
): { layout: ExportLayout; offset: number } {
  const ratio = HEIGHT_PER_WIDTH[aspect];
  if (ratio === undefined) throw new RangeError(`aspect must be '16:9' or '4:3', not ${JSON.stringify(aspect)}`);
  // Rows a little tighter than on screen: a slide has no pointer to leave room for, and every row saved is type gained.
  const slideInput = { ...input, rowHeight: input.rowHeight ?? SLIDE_ROW_HEIGHT };
  let width = SLIDE_LAYOUT_WIDTH;
  let layout = exportLayout({ ...slideInput, width });
  // A wider layout stacks fewer rows (labels overlap less), so its height only shrinks: a few rounds settle it.
  for (let round = 0; round < 4 && layout.height > Math.floor(width * ratio); round += 1) {
    width = Math.ceil(layout.height / ratio / WIDTH_STEP[aspect]) * WIDTH_STEP[aspect];
    layout = exportLayout({ ...slideInput, width });
  }
  const height = Math.max(layout.height, Math.round(layout.width * ratio));
  return { layout: { ...layout, height }, offset: Math.floor((height - layout.height) / 2) };
}
