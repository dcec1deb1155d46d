/**
 * CSS colour values a plan may carry: hex, `rgb()`/`rgba()`, `hsl()`/`hsla()` with plain numbers, and named colours.
 * Nothing else gets through, so a colour from another company's plan file can never carry more CSS.
 */
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)`;
const PART = String.raw`${NUMBER}(?:%|deg|turn|rad|grad)?`;
const FUNCTION = new RegExp(
  String.raw`^(?:rgba?|hsla?)\(\s*${PART}(?:\s*,\s*|\s+)${PART}(?:\s*,\s*|\s+)${PART}(?:\s*(?:,|/)\s*${PART})?\s*\)$`,
  'i',
);

const NAMED = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray
darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue
darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite
forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory
khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue
slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke
yellow yellowgreen`.split(/\s+/),
);

export function isCssColor(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64) return false;
  const text = value.trim();
  return HEX.test(text) || FUNCTION.test(text) || NAMED.has(text.toLowerCase());
}

/** Colours for a new lane whose side already has one: distinct from the side defaults and from each other. */
export const LANE_PALETTE: readonly string[] = [
  '#9333ea',
  '#0369a1',
  '#be185d',
  '#4d7c0f',
  '#c2410c',
  '#0e7490',
  '#a16207',
  '#475569',
];
