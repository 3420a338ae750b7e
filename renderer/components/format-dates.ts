import { uiText } from '../ui-text/ui-text';

/** Dates as a facilitator reads them, in the machine's own locale. */

/** Today as YYYY-MM-DD in the facilitator's own time zone: a new workshop's date, and the day actions are overdue after. */
export function todayIsoDate(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatWorkshopDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Date(year, month - 1, day).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatUpdatedAt(isoDateTime: string, now = new Date()): string {
  const then = new Date(isoDateTime);
  const minutes = Math.round((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return uiText('common:updated.justNow');
  if (minutes < 60) return uiText('common:updated.minutesAgo', { count: minutes });
  if (minutes < 24 * 60 && then.getDate() === now.getDate()) {
    return uiText('common:updated.today', { time: then.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }) });
  }
  return then.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
