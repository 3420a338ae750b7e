import { uiText } from '../ui-text/ui-text';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionWhatSchema, isOverdue, type ActionFields, type ActionItem } from '../../shared/action-plan/action-item';
import type { MapNode } from '../../shared/model/map-node';
import { nodeLabel } from '../../shared/vsm';
import type { ActionNames } from './action-names';
import { ActionStatusSelect } from './ActionStatusSelect';

type ActionRowProps = {
  action: ActionItem;
  names: ActionNames;
  today: string;
  onUpdate: (patch: Partial<ActionFields>) => void;
  onDelete: () => void;
};

type TextCellProps = {
  label: string;
  value: string;
  onCommit: (text: string) => boolean;
  invalid?: string;
  /** A sentence rather than a word: wraps onto as many lines as it needs instead of scrolling out of sight. */
  wraps?: boolean;
};

/** Commits a text field when it is left or Enter is pressed; Escape puts the saved text back. */
function TextCell({ label, value, onCommit, invalid, wraps = false }: TextCellProps) {
  const { t } = useTranslation('actionPlan');
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === value) return;
    if (onCommit(draft)) setError(null);
    else setError(invalid ?? t('row.notSaved'));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.blur();
    }
    if (event.key === 'Escape') {
      setDraft(value);
      setError(null);
    }
  };
  return (
    <>
      {wraps ? (
        <textarea
          aria-label={label}
          value={draft}
          rows={1}
          aria-invalid={error !== null}
          onChange={(event) => setDraft(event.target.value.replace(/\s*\n\s*/g, ' '))}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      ) : (
        <input
          aria-label={label}
          value={draft}
          aria-invalid={error !== null}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      )}
      {error && <span className="cell-error">{error}</span>}
    </>
  );
}

function burstNote(burst: MapNode | 'gone', what: string): string {
  if (burst === 'gone') return uiText('actionPlan:row.burstGone');
  const label = nodeLabel(burst);
  return label === what ? uiText('actionPlan:row.ownBurst') : uiText('actionPlan:row.namedBurst', { label });
}

export function ActionRow({ action, names, today, onUpdate, onDelete }: ActionRowProps) {
  const { t } = useTranslation('actionPlan');
  const doc = names.doc(action.mapId);
  const steps = doc?.nodes.filter((node) => node.kind === 'process') ?? [];
  const step = names.node(action, action.stepNodeId);
  const burst = names.node(action, action.kaizenNodeId);
  const overdue = isOverdue(action, today);
  return (
    <tr data-action-id={action.id} className={overdue ? 'action-overdue' : `action-${action.status}`}>
      <td className="cell-what">
        <TextCell
          key={action.what}
          label={t('columns.what')}
          wraps
          value={action.what}
          invalid={t('row.needsWhat')}
          onCommit={(text) => {
            const parsed = ActionWhatSchema.safeParse(text);
            if (parsed.success) onUpdate({ what: parsed.data });
            return parsed.success;
          }}
        />
        {burst !== null && (
          <span className="cell-burst" title={t('row.burstTitle')}>
            ✸ {burstNote(burst, action.what)}
          </span>
        )}
      </td>
      <td>
        <select
          aria-label={t('columns.step')}
          value={action.stepNodeId ?? ''}
          onChange={(event) => onUpdate({ stepNodeId: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">—</option>
          {step === 'gone' && <option value={action.stepNodeId ?? ''}>{t('row.stepGone')}</option>}
          {steps.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {nodeLabel(candidate)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <TextCell
          key={action.owner}
          label={t('columns.owner')}
          value={action.owner}
          onCommit={(text) => {
            onUpdate({ owner: text.trim() });
            return true;
          }}
        />
      </td>
      <td className="cell-due">
        <input
          type="date"
          aria-label={t('row.dueDate')}
          value={action.dueDate ?? ''}
          onChange={(event) => onUpdate({ dueDate: event.target.value === '' ? null : event.target.value })}
        />
        {overdue && <span className="overdue-tag">{t('row.overdue')}</span>}
      </td>
      <td>
        <ActionStatusSelect
          label={t('columns.status')}
          status={action.status}
          className={`status-select status-${action.status}`}
          onChange={(status) => onUpdate({ status })}
        />
      </td>
      <td className="cell-map">{names.mapName(action)}</td>
      <td>
        <button
          type="button"
          className="button button-quiet button-danger-text"
          onClick={onDelete}
          aria-label={t('row.deleteItem', { what: action.what })}
          title={t('row.deleteTitle')}
        >
          {t('row.delete')}
        </button>
      </td>
    </tr>
  );
}
