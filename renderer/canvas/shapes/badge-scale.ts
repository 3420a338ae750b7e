import { createContext } from 'react';
import { nameFontSize, type Detail } from './shape-style';

/** The badge's "!" at 100 %; the badge grows with the names so that it reads at the same zoom as they do. */
const BADGE_FONT_SIZE = 17;

/** How much larger than its own size a finding's badge is drawn at the wall's level of detail. */
export function badgeScaleFor(detail: Detail): number {
  return nameFontSize(BADGE_FONT_SIZE, detail) / BADGE_FONT_SIZE;
}

export const BadgeScaleContext = createContext(1);
