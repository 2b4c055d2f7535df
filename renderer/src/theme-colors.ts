import { DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

// WCAG 2.1 AA asks 4.5:1 for text. Mantine's default shades 8 and 9 of green, teal, cyan, orange,
// yellow and lime stay below it on white (teal 8 is 3.95:1, yellow 9 3.0:1), and every filled
// button, badge and coloured text in the app uses shade 8 (primaryShade). Shades 8 and 9 are
// darkened here until they pass with room to spare, so each colour keeps its hue and every
// component meets AA without per-node fixes.
const SHADE_8_ON_WHITE = 5.3; // also ≥ 4.5:1 on the 10 % tint behind light badges
const SHADE_9_ON_WHITE = 7;

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb: number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance(hex: string) {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of a colour against white. */
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** The colour mixed with black in small steps until it reaches `ratio` against white. */
function darkenTo(hex: string, ratio: number) {
  let rgb = channels(hex);
  while (contrastOnWhite(toHex(rgb)) < ratio) rgb = rgb.map((v) => v * 0.96);
  return toHex(rgb);
}

function accessible(shades: MantineColorsTuple): MantineColorsTuple {
  const next = [...shades];
  next[8] = darkenTo(shades[8], SHADE_8_ON_WHITE);
  next[9] = darkenTo(shades[9], SHADE_9_ON_WHITE);
  return next as unknown as MantineColorsTuple;
}

export const accessibleColors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, shades]) => [name, accessible(shades)]),
) as Record<string, MantineColorsTuple>;
