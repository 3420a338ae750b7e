import { useState, type ReactNode } from 'react';

export type PanelTab = 'agenda' | 'vote' | 'parking';

const TABS: { tab: PanelTab; label: string }[] = [
  { tab: 'agenda', label: 'Agenda' },
  { tab: 'vote', label: 'Vote' },
  { tab: 'parking', label: 'Parking lot' },
];

type FacilitationPanelProps = {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  counts: Partial<Record<PanelTab, number>>;
  children: ReactNode;
};

/** The facilitator's side panel beside the map: agenda, vote and parking lot, one at a time; it folds away. */
export function FacilitationPanel({ tab, onTab, counts, children }: FacilitationPanelProps) {
  const [open, setOpen] = useState(true);
  if (!open) {
    return (
      <aside className="facilitation-panel facilitation-panel-folded" aria-label="Facilitation">
        <button type="button" className="button button-quiet panel-unfold" onClick={() => setOpen(true)} aria-label="Show the facilitation panel" title="Show agenda, vote and parking lot">
          «
        </button>
      </aside>
    );
  }
  return (
    <aside className="facilitation-panel" aria-label="Facilitation">
      <div className="panel-tabs" role="tablist" aria-label="Facilitation tools">
        {TABS.map(({ tab: id, label }) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className="panel-tab" onClick={() => onTab(id)}>
            {label}
            {counts[id] ? <span className="panel-tab-count">{counts[id]}</span> : null}
          </button>
        ))}
        <button type="button" className="icon-button panel-fold" onClick={() => setOpen(false)} aria-label="Hide the facilitation panel" title="Hide the panel to give the map more room">
          »
        </button>
      </div>
      <div className="panel-body" role="tabpanel" aria-label={TABS.find((entry) => entry.tab === tab)?.label}>
        {children}
      </div>
    </aside>
  );
}
