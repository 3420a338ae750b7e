type ErrorBannerProps = { message: string | null; onDismiss: () => void };

export function ErrorBanner({ message, onDismiss }: ErrorBannerProps) {
  if (!message) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{message}</span>
      <button type="button" className="button button-quiet" onClick={onDismiss} aria-label="Dismiss message">
        ✕
      </button>
    </div>
  );
}
