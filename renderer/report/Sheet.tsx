import type { ReactNode } from 'react';
import type { Orientation } from '../../shared/report/paper';

type SheetProps = { orientation: Orientation; label: string; className?: string; children: ReactNode };

/**
 * One part of the report that starts on a new page, in its orientation (report.css gives each
 * orientation of each paper a named @page). Long content flows on to further pages of the same
 * kind; on screen, the preview shows it as a sheet of paper.
 */
export function Sheet({ orientation, label, className, children }: SheetProps) {
  return (
    <section className={['sheet', `sheet-${orientation}`, className].filter(Boolean).join(' ')} aria-label={label}>
      {children}
    </section>
  );
}
