import { useTranslation } from 'react-i18next';

type ErrorBannerProps = { message: string | null; onDismiss: () => void };

export function ErrorBanner({ message, onDismiss }: ErrorBannerProps) {
  const { t } = useTranslation('common');
  if (!message) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{message}</span>
      <button type="button" className="button button-quiet" onClick={onDismiss} aria-label={t('dismissMessage')}>
        ✕
      </button>
    </div>
  );
}
