import type { ReactNode } from 'react';

type SubScreenHeaderProps = { workshopTitle: string; screenTitle: string; onBack: () => void; children?: ReactNode };

/** The header of a screen opened from a map (comparison, action plan): the way back, what this is, its controls. */
export function SubScreenHeader({ workshopTitle, screenTitle, onBack, children }: SubScreenHeaderProps) {
  return (
    <header className="app-header">
      <button type="button" className="button button-quiet" onClick={onBack} title="Back to the map this was opened from">
        ← Back to the map
      </button>
      <div className="header-title">
        <span className="header-workshop">{workshopTitle}</span>
        <span className="header-map">{screenTitle}</span>
      </div>
      {children}
    </header>
  );
}
