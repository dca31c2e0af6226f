// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function colours(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--(color-[a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

const css = await readFile(new URL('./tokens.css', import.meta.url), 'utf8');
const [lightBlock = '', rest = ''] = css.split('@media (prefers-color-scheme: dark)');
const light = colours(lightBlock);
const dark = { ...light, ...colours(rest.split(':root:lang')[0] ?? '') };

const TEXT = 4.5;
const NON_TEXT = 3;
/** [foreground, background, minimum ratio] as the components use them. */
const PAIRS: Array<[string, string, number]> = [
  ['text', 'bg', TEXT],
  ['text', 'surface', TEXT],
  ['text', 'surface-raised', TEXT],
  ['text-muted', 'bg', TEXT],
  ['text-muted', 'surface', TEXT],
  ['text-muted', 'surface-raised', TEXT],
  ['link', 'bg', TEXT],
  ['link', 'surface', TEXT],
  ['on-primary', 'primary', TEXT],
  ['on-primary', 'primary-hover', TEXT],
  ['on-secondary', 'secondary-bg', TEXT],
  ['on-secondary', 'secondary-hover', TEXT],
  ['on-danger', 'danger', TEXT],
  ['on-danger', 'danger-hover', TEXT],
  ['danger', 'bg', TEXT],
  ['danger', 'surface', TEXT],
  ['on-danger-surface', 'danger-surface', TEXT],
  ['on-success-surface', 'success-surface', TEXT],
  ['on-warning-surface', 'warning-surface', TEXT],
  ['header-text', 'header-bg', TEXT],
  ['header-accent', 'header-bg', NON_TEXT],
  ['border-strong', 'bg', NON_TEXT],
  ['border-strong', 'surface', NON_TEXT],
  ['success', 'bg', NON_TEXT],
  ['warning', 'bg', NON_TEXT],
  ['focus', 'bg', NON_TEXT],
  ['focus', 'surface', NON_TEXT],
  ['focus', 'surface-raised', NON_TEXT],
  ['header-focus', 'header-bg', NON_TEXT],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s colour tokens', (_scheme, theme) => {
  it.each(PAIRS)('%s on %s is readable (≥ %s:1)', (foreground, background, minimum) => {
    const fg = theme[`color-${foreground}`];
    const bg = theme[`color-${background}`];
    expect(fg, foreground).toBeDefined();
    expect(bg, background).toBeDefined();
    expect(contrast(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(minimum);
  });
});
