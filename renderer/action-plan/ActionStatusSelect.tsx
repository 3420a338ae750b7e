import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus } from '../../shared/action-plan/action-item';
import { isOneOf } from '../../shared/util/is-one-of';

type ActionStatusSelectProps = { status: ActionStatus; label: string; className?: string; onChange: (status: ActionStatus) => void };

/** An action's status, as the action plan and the future-state panel both offer it. */
export function ActionStatusSelect({ status, label, className, onChange }: ActionStatusSelectProps) {
  const { t } = useTranslation('actionPlan');
  return (
    <select
      aria-label={label}
      value={status}
      className={className}
      onChange={(event) => {
        if (isOneOf(ACTION_STATUSES, event.target.value)) onChange(event.target.value);
      }}
    >
      {ACTION_STATUSES.map((option) => (
        <option key={option} value={option}>
          {t(`status.${option}`)}
        </option>
      ))}
    </select>
  );
}
