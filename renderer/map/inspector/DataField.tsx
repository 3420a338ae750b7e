import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSettings } from '../../../shared/model/vsm-map';
import type { Diagnostic } from '../../../shared/vsm';
import type { FieldDefinition } from './field-definitions';
import { bareNumberUnit } from '../../../shared/vsm/bare-numbers';
import { formatFieldValue, parseFieldText, percentSlip } from './field-values';
import { useLocaleFormat } from '../../i18n/I18nProvider';
import { readingOf } from './field-reading';

type DataFieldProps = {
  definition: FieldDefinition<string>;
  value: number | string | undefined;
  settings: MapSettings;
  /** The engine's findings about this field. */
  findings: readonly Diagnostic[];
  /** Where the figure comes from when the room did not type it (a merged cell's summed P/T). */
  source: string | null;
  /** Saves the value as one undo step; answers a message when the map refuses it. */
  onCommit: (value: number | string | undefined) => string | null;
};

/**
 * One value of a data box. It is checked as it is typed, and the problem is said under the
 * field; Enter or leaving the field saves it (one undo step), Escape puts back what was there.
 */
export function DataField({ definition, value, settings, findings, source, onCommit }: DataFieldProps) {
  const { t } = useTranslation('inspector');
  const format = useLocaleFormat();
  const shown = formatFieldValue(value, definition.field, settings, format);
  const [text, setText] = useState(shown);
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const parsed = parseFieldText(text, definition.field, settings, definition.schema, format);
  const reading = readingOf(text, parsed, definition.field, settings, format);
  const error = parsed.ok ? refusal : t('fieldError', { label: definition.label, message: parsed.message });
  const slip = percentSlip(value, definition.field);
  const duration = definition.field.type === 'duration' ? definition.field : null;
  const hint = [definition.hint, duration ? t(bareNumberUnit(duration.kind) === 'd' ? 'fields.bareDays' : 'fields.bareSeconds') : null]
    .filter(Boolean)
    .join('. ');
  const notes = [
    ...findings.map(({ code, severity, message }) => ({ key: code, severity, message })),
    ...(slip ? [{ key: 'percent-slip', severity: 'warning', message: slip }] : []),
  ];

  function commit() {
    if (!parsed.ok || text.trim() === shown) return;
    setRefusal(onCommit(parsed.value));
  }

  const describedBy = [
    error ? `${id}-error` : null,
    notes.length > 0 ? `${id}-findings` : null,
    reading ? `${id}-reading` : null,
    hint ? `${id}-hint` : null,
    source ? `${id}-source` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{definition.label}</label>
      <input
        id={id}
        type="text"
        inputMode={definition.field.type === 'text' ? 'text' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        placeholder={duration ? t(`fields.placeholders.${duration.kind}`) : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setRefusal(null);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            setText(shown);
            setRefusal(null);
          }
        }}
      />
      {reading && (
        <p id={`${id}-reading`} className="field-hint field-reading">
          {reading}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {source && (
        <p id={`${id}-source`} className="field-hint field-source">
          {source}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {notes.length > 0 && (
        <ul id={`${id}-findings`} className="field-findings">
          {notes.map((note) => (
            <li key={note.key} data-severity={note.severity}>
              {note.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
