/** A coordinate or size for SVG markup, to a thousandth: enough at export scale, short in the file. */
export const svgNumber = (v: number): string => String(Math.round(v * 1000) / 1000);
