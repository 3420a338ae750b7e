import type { Diagnostic } from '../../../shared/vsm';

export function FindingList({ findings }: { findings: readonly Diagnostic[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="inspector-findings" aria-label="Findings">
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${index}`} data-severity={finding.severity}>
          {finding.message}
        </li>
      ))}
    </ul>
  );
}
