type DialogFormFooterProps = {
  /** What is wrong with the form, read out as an alert; null when nothing is. */
  error: string | null;
  submitLabel: string;
  /** While the request runs, the submit button waits, so a double click sends it once. */
  busy: boolean;
  onCancel: () => void;
};

/** The end of a form in a dialog: what is wrong, then Cancel and the submit button. */
export function DialogFormFooter({ error, submitLabel, busy, onCancel }: DialogFormFooterProps) {
  return (
    <>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
