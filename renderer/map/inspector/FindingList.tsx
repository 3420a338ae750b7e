import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../../shared/vsm';

export function FindingList({ findings }: { findings: readonly Diagnostic[] }) {
  const { t } = useTranslation('inspector');
  if (findings.length === 0) return null;
  return (
    <ul className="inspector-findings" aria-label={t('findings')}>
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${index}`} data-severity={finding.severity}>
          {finding.message}
        </li>
      ))}
    </ul>
  );
}
