import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopLayout } from '../components/use-workshop-layout';
import { useRecovery } from '../recovery/recovery-context';
import { PanelTabIcon, type PanelTabIconName } from '../components/PanelTabIcon';
import { useRowTooNarrow } from './use-row-too-narrow';

/** A tab of the side panel: the facilitation tools' own, or one a screen adds (the future-state tools). */
export type PanelTabSpec = {
  id: string;
  label: string;
  /** Stands in for the label when the row has no room for every tab's words. */
  icon: PanelTabIconName;
  count?: number;
  content: ReactNode;
  /** Open this tab when the map opens (the future-state tools on a future state), instead of the agenda. */
  opensFirst?: boolean;
  /** The tab only reads (the flow analysis), so it stays usable when the database can only be read. */
  readOnlyOk?: boolean;
};

type FacilitationPanelProps = {
  workshopId: string;
  tabs: readonly PanelTabSpec[];
  tab: string;
  onTab: (tab: string) => void;
};

/**
 * The one side panel beside the map, one tool at a time, so the wall keeps its width on a
 * projector; it folds away entirely, and stays folded for the workshop until it is opened again.
 * Its tabs stand in one row: where their words do not fit (six tabs on a laptop, in any
 * language), each tab shows its icon and only the open one its words too; the others keep their
 * names for screen readers and in their tooltips.
 */
export function FacilitationPanel({ workshopId, tabs, tab, onTab }: FacilitationPanelProps) {
  const { t } = useTranslation('facilitation');
  const [open, setOpen] = useWorkshopLayout(workshopId, 'panelOpen');
  const { readOnly } = useRecovery();
  const { tooNarrow: crowded, row, wanted } = useRowTooNarrow();
  if (!open) {
    return (
      <aside className="facilitation-panel facilitation-panel-folded" aria-label={t('panel.label')}>
        <button
          type="button"
          className="button button-quiet panel-unfold"
          onClick={() => setOpen(true)}
          aria-label={t('panel.show')}
          title={t('panel.showTitle')}
        >
          «
        </button>
      </aside>
    );
  }
  const active = tabs.find((entry) => entry.id === tab) ?? tabs[0];
  // Every form here writes to the store, which refuses writes while it is read-only: say so once instead of a refusal per field.
  const locked = readOnly && !active?.readOnlyOk;
  return (
    <aside className="facilitation-panel" aria-label={t('panel.label')}>
      <div className="panel-tabs">
        <div ref={row} className={crowded ? 'panel-tablist panel-tablist-crowded' : 'panel-tablist'} role="tablist" aria-label={t('panel.tools')}>
          {tabs.map(({ id, label, icon, count }) => {
            const selected = active?.id === id;
            return (
              <button
                key={id}
                type="button"
                role="tab"
                aria-selected={selected}
                className="panel-tab"
                onClick={() => onTab(id)}
                title={crowded && !selected ? label : undefined}
              >
                {crowded && <PanelTabIcon name={icon} />}
                <span className={crowded && !selected ? 'visually-hidden' : undefined}>{label}</span>
                {count ? <span className="panel-tab-count">{count}</span> : null}
              </button>
            );
          })}
        </div>
        <div ref={wanted} className="panel-tablist-wanted" aria-hidden="true">
          {tabs.map(({ id, label }) => (
            <span key={id} className="panel-tab">
              {label}
            </span>
          ))}
        </div>
        <button
          type="button"
          className="icon-button panel-fold"
          onClick={() => setOpen(false)}
          aria-label={t('panel.hide')}
          title={t('panel.hideTitle')}
        >
          »
        </button>
      </div>
      <div className="panel-body" role="tabpanel" aria-label={active?.label}>
        <fieldset className="panel-lock" disabled={locked}>
          {locked && <p className="panel-locked-note">{t('panel.readOnly')}</p>}
          {active?.content}
        </fieldset>
      </div>
    </aside>
  );
}
