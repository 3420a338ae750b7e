import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopLayout } from '../components/use-workshop-layout';
import { useRecovery } from '../recovery/recovery-context';

/** A tab of the side panel: the facilitation tools' own, or one a screen adds (the future-state tools). */
export type PanelTabSpec = {
  id: string;
  label: string;
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
 */
export function FacilitationPanel({ workshopId, tabs, tab, onTab }: FacilitationPanelProps) {
  const { t } = useTranslation('facilitation');
  const [open, setOpen] = useWorkshopLayout(workshopId, 'panelOpen');
  const { readOnly } = useRecovery();
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
        <div className="panel-tablist" role="tablist" aria-label={t('panel.tools')}>
          {tabs.map(({ id, label, count }) => (
            <button key={id} type="button" role="tab" aria-selected={active?.id === id} className="panel-tab" onClick={() => onTab(id)}>
              {label}
              {count ? <span className="panel-tab-count">{count}</span> : null}
            </button>
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
