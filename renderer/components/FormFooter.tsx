type FormFooterProps = { error: string | null; busy: boolean; submitLabel: string; onCancel: () => void };

/** The end of a dialog's form: what is wrong, if anything, then Cancel and the form's own button. */
export function FormFooter({ error, busy, submitLabel, onCancel }: FormFooterProps) {
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
