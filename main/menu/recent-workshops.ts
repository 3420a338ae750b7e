import type { WorkshopSummary } from '../../shared/api/workshop-contract';
import type { RecentWorkshop } from './app-menu-template';

/** File ▸ Open recent: the workshops last worked on, newest first. */
export const RECENT_LIMIT = 8;

export function recentWorkshops(workshops: readonly WorkshopSummary[], limit = RECENT_LIMIT): RecentWorkshop[] {
  return [...workshops]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, limit)
    .map((workshop) => ({ id: workshop.id, title: workshop.title }));
}
