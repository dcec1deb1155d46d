import { styleMap } from 'lit/directives/style-map.js';
import { isCssColor } from '../model/colors.js';

/**
 * The `style` of a node drawn in a party's colour: the colour is only ever the value of the `--side` custom property,
 * set through the CSSOM (never spliced into style text), and only when it is a plain CSS colour (model/colors.ts).
 */
export const sideStyle = (color: unknown) => styleMap(isCssColor(color) ? { '--side': color.trim() } : {});
