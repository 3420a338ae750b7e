import { useTranslation } from 'react-i18next';

type FormFooterProps = {
  /** What is wrong with the form, read out as an alert; null when nothing is. */
  problem: string | null;
  submitLabel: string;
  /** Without it the form has no Cancel (an always-open "add" form). */
  onCancel?: () => void;
  /** The form is being sent: its button waits, so it is not sent twice. */
  busy?: boolean;
  /** In a dialog the buttons stand apart from the fields; in a side panel they sit close. */
  inDialog?: boolean;
};

/** The end of a form: what is wrong, then Cancel and the submit button. */
export function FormFooter({ problem, submitLabel, onCancel, busy = false, inDialog = false }: FormFooterProps) {
  const { t } = useTranslation('common');
  return (
    <>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className={inDialog ? 'dialog-actions' : 'agenda-form-actions'}>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
