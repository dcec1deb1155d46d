/**
 * Sizes shared by the templates that draw the timeline and the controllers that hit-test it: one place, so a
 * pointer maps to the same pixel the template drew.
 */

/** Width of the sticky column of lane headers. */
export const HEAD_WIDTH = 212;
export const TIER_HEIGHT = 24;
export const MARKER_STRIP = 26;
/** Height of the axis above the lanes: two tiers of labels and the strip of marker pills. */
export const AXIS_HEIGHT = 2 * TIER_HEIGHT + MARKER_STRIP;
