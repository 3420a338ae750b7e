import { describe, expect, it } from 'vitest';
import { badgeScaleFor } from '../../../renderer/canvas/shapes/badge-scale';
import {
  detailForScale,
  drawsText,
  FULL_DETAIL,
  NAME_MIN_SCREEN_PX,
  NAMES_MIN_SCALE,
  nameFontSize,
  SMALL_PRINT_MIN_SCALE,
  TITLE_FONT_SIZE,
} from '../../../renderer/canvas/shapes/shape-style';

describe('the wall’s level of detail', () => {
  it('draws everything at its own size from the small-print zoom up', () => {
    for (const scale of [SMALL_PRINT_MIN_SCALE, 0.6, 1, 4]) {
      const detail = detailForScale(scale);
      expect(detail).toBe(FULL_DETAIL);
      expect(drawsText(detail, false)).toBe(true);
      expect(nameFontSize(TITLE_FONT_SIZE, detail)).toBe(TITLE_FONT_SIZE);
      expect(badgeScaleFor(detail)).toBe(1);
    }
  });

  it('below it keeps names, never under the least screen size, and drops the small print', () => {
    for (const scale of [0.44, 0.35, 0.27, 0.2, NAMES_MIN_SCALE]) {
      const detail = detailForScale(scale);
      expect(detail.level).toBe('names');
      expect(drawsText(detail, true)).toBe(true);
      expect(drawsText(detail, false)).toBe(false);
      expect(nameFontSize(TITLE_FONT_SIZE, detail) * scale).toBeGreaterThanOrEqual(NAME_MIN_SCREEN_PX);
      expect(badgeScaleFor(detail)).toBeGreaterThan(1);
    }
  });

  it('draws outlines only below the names’ zoom', () => {
    const detail = detailForScale(NAMES_MIN_SCALE * 0.9);
    expect(detail.level).toBe('outline');
    expect(drawsText(detail, true)).toBe(false);
  });

  it('hands memoised shapes the same object while the name size stays in its step', () => {
    expect(detailForScale(0.35)).toBe(detailForScale(0.351));
    const sizes = new Set([0.44, 0.43, 0.42, 0.41, 0.4, 0.39, 0.38].map((scale) => detailForScale(scale)));
    expect(sizes.size).toBeLessThan(4);
  });
});
