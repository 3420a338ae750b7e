import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage } from '../../shared/i18n/languages';
import { COLUMN_ROLES, describeReading, type ColumnMapping, type ColumnRole } from '../../shared/event-log/column-roles';
import { CSV_DELIMITERS, type CsvDelimiter } from './csv-log';
import { TIMESTAMP_FORMATS, timestampFormatLabel, type TimestampFormat } from '../../shared/event-log/timestamp-formats';
import type { LogPreview } from './log-preview';

type ColumnsStepProps = {
  preview: LogPreview;
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
  timestampFormat: TimestampFormat;
  onTimestampFormatChange: (format: TimestampFormat) => void;
  delimiter: CsvDelimiter | null;
  onDelimiterChange: (delimiter: CsvDelimiter | null) => void;
};

/** Each delimiter's key in the event-log catalogue. */
const DELIMITER_KEYS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' } as const satisfies Record<CsvDelimiter, string>;

/** Which column is which, with the first rows beneath and what each column was read as. */
export function ColumnsStep({
  preview,
  mapping,
  onMappingChange,
  timestampFormat,
  onTimestampFormatChange,
  delimiter,
  onDelimiterChange,
}: ColumnsStepProps) {
  const { t, i18n } = useTranslation(['eventLog', 'logReading']);
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const roleName = (column: number) => {
    const role = COLUMN_ROLES.find((candidate) => mapping[candidate] === column);
    return role ? t(`logReading:roleName.${role}`) : t('columns.notUsed');
  };
  const assign = (role: ColumnRole, value: string) => {
    const next: ColumnMapping = { ...mapping };
    if (value === '') delete next[role];
    else next[role] = Number(value);
    onMappingChange(next);
  };
  return (
    <div className="event-log-columns">
      <div className="event-log-roles">
        {COLUMN_ROLES.map((role) => (
          <div key={role} className="field">
            <label htmlFor={`event-log-role-${role}`}>{t(`logReading:roleLabel.${role}`)}</label>
            <select id={`event-log-role-${role}`} value={mapping[role] ?? ''} onChange={(event) => assign(role, event.target.value)}>
              <option value="">—</option>
              {preview.headers.map((header, column) => (
                <option key={column} value={column}>
                  {header || t('columns.numbered', { number: column + 1 })}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor="event-log-timestamp-format">{t('columns.timestampFormat')}</label>
          <select
            id="event-log-timestamp-format"
            value={timestampFormat}
            onChange={(event) => onTimestampFormatChange(TIMESTAMP_FORMATS.find((format) => format === event.target.value) ?? 'iso')}
          >
            {TIMESTAMP_FORMATS.map((format) => (
              <option key={format} value={format}>
                {timestampFormatLabel(format, language)}
              </option>
            ))}
          </select>
        </div>
        {preview.format === 'csv' && (
          <div className="field">
            <label htmlFor="event-log-delimiter">{t('columns.delimiter')}</label>
            <select
              id="event-log-delimiter"
              value={delimiter ?? ''}
              onChange={(event) => onDelimiterChange(CSV_DELIMITERS.find((option) => option === event.target.value) ?? null)}
            >
              <option value="">
                {t('columns.detect', {
                  delimiter: t(`columns.delimiters.${DELIMITER_KEYS[CSV_DELIMITERS.find((option) => option === preview.delimiter) ?? ',']}`),
                })}
              </option>
              {CSV_DELIMITERS.map((option) => (
                <option key={option} value={option}>
                  {t(`columns.delimiters.${DELIMITER_KEYS[option]}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="event-log-preview" role="region" aria-label={t('columns.preview')} tabIndex={0}>
        <table>
          <thead>
            <tr>
              {preview.headers.map((header, column) => (
                <th key={column} scope="col">
                  <span className="event-log-header">{header || t('columns.numbered', { number: column + 1 })}</span>
                  <span className="event-log-reading">
                    {t('columns.readAs', { reading: describeReading(preview.readings[column] ?? { kind: 'empty' }) })}
                  </span>
                  <span className="event-log-role">{roleName(column)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, index) => (
              <tr key={index}>
                {preview.headers.map((_, column) => (
                  <td key={column}>{row[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
