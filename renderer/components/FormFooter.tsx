type FormFooterProps = {
  /** What is wrong with the form, read out as an alert; null when nothing is. */
  problem: string | null;
  submitLabel: string;
  /** Without it the form has no Cancel (an always-open "add" form). */
  onCancel?: () => void;
};

/** The end of a small panel form: what is wrong, then Cancel and the submit button. */
export function FormFooter({ problem, submitLabel, onCancel }: FormFooterProps) {
  return (
    <>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="agenda-form-actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </div>
    </>
  );
}
