/**
 * How chart series look. Colours are the Okabe–Ito hues (distinguishable with
 * the common colour-vision deficiencies), darkened where needed so every one
 * has at least 3:1 contrast on white (WCAG 1.4.11); every series also has its
 * own marker shape and dash pattern, so the chart reads the same in greyscale
 * or with no colour at all.
 */

export const SERIES_COLOURS = ['#0072B2', '#B85000', '#007A5E', '#A34C86', '#000000', '#6A3D9A', '#8C510A'] as const;
export const SERIES_DASHES = ['', '6 4', '2 3', '10 3 2 3', '14 5', '4 2 1 2', '8 2 2 2 2 2'] as const;
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down', 'plus'] as const;
export type Marker = (typeof MARKERS)[number];

export interface SeriesStyle {
  colour: string;
  dash: string;
  marker: Marker;
}

/** The style of the n-th series (cycles when there are more series than styles). */
export function seriesStyle(n: number): SeriesStyle {
  return {
    colour: SERIES_COLOURS[n % SERIES_COLOURS.length]!,
    dash: SERIES_DASHES[n % SERIES_DASHES.length]!,
    marker: MARKERS[n % MARKERS.length]!,
  };
}

/** SVG path data for a marker of radius r centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r: number): string {
  switch (marker) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'triangle':
      return `M${x},${y - r * 1.15}L${x + r * 1.1},${y + r * 0.85}L${x - r * 1.1},${y + r * 0.85}z`;
    case 'triangle-down':
      return `M${x},${y + r * 1.15}L${x + r * 1.1},${y - r * 0.85}L${x - r * 1.1},${y - r * 0.85}z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}z`;
    case 'cross':
      return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`;
    case 'plus':
      return `M${x - r * 1.2},${y}H${x + r * 1.2}M${x},${y - r * 1.2}V${y + r * 1.2}`;
  }
}

/** Open markers (lines only) are stroked, not filled. */
export const isOpenMarker = (m: Marker): boolean => m === 'cross' || m === 'plus';
