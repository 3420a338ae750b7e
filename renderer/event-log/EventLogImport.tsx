import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { guessColumnMapping, type ColumnMapping } from '../../shared/event-log/column-roles';
import { MAX_MEASURED_STEPS } from '../../shared/event-log/measured-stream';
import { mappingProblems } from '../../shared/event-log/read-event-rows';
import type { TimestampFormat } from '../../shared/event-log/timestamp-formats';
import { MapNameSchema } from '../../shared/model/vsm-map';
import { call, errorMessage } from '../api/client';
import { Dialog } from '../components/Dialog';
import { maxLengthOf } from '../components/max-length';
import { ColumnsStep } from './ColumnsStep';
import type { CsvDelimiter } from './csv-log';
import { previewLog, type LogPreview } from './log-preview';
import { StepsStep } from './StepsStep';
import { useLogWorker } from './use-log-worker';
import './event-log.css';
import { useLocaleFormat } from '../i18n/I18nProvider';

const WIZARD_STAGES = ['choose', 'columns', 'steps'] as const;

type EventLogImportProps = { workshopId: string; onCancel: () => void; onCreated: (mapId: string) => void };

/**
 * "New map from an event log…": choose a CSV or XES file, say which column is which, read it
 * in a worker (with progress and cancel), choose the steps, then create the map. Nothing is
 * stored until "Create map"; every step before can be left or gone back on.
 */
export function EventLogImport({ workshopId, onCancel, onCreated }: EventLogImportProps) {
  const { t } = useTranslation(['eventLog', 'common']);
  const format = useLocaleFormat();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<LogPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [timestampFormat, setTimestampFormat] = useState<TimestampFormat>('iso');
  const [delimiter, setDelimiter] = useState<CsvDelimiter | null>(null);
  const [name, setName] = useState('');
  const [suggestedName, setSuggestedName] = useState('');
  const [kept, setKept] = useState<ReadonlySet<number>>(new Set());
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const { state, read, measure, cancel } = useLogWorker();

  useEffect(() => {
    if (!file) return;
    let current = true;
    previewLog(file, delimiter).then(
      (next) => {
        if (!current) return;
        setPreview(next);
        const guessed = guessColumnMapping(next.headers);
        setMapping(guessed);
        setTimestampFormat(timestampFormatOf(next, guessed));
        setProblems([]);
      },
      (error: unknown) => {
        if (!current) return;
        setPreview(null);
        setProblems([errorMessage(error)]);
      },
    );
    return () => {
      current = false;
    };
  }, [file, delimiter]);

  const overview = state.status === 'read' ? state.overview : null;
  useEffect(() => {
    if (overview) setKept(new Set(overview.defaultKept));
  }, [overview]);
  useEffect(() => {
    if (state.status === 'failed') setProblems(state.problems);
  }, [state]);

  function chooseFile(chosen: File | null) {
    cancel();
    setFile(chosen);
    setPreview(null);
    setProblems([]);
    if (!chosen) return;
    const suggestion = t('import.suggestedName', { file: chosen.name.replace(/\.[^.]+$/, '') }).slice(0, 120);
    if (name === '' || name === suggestedName) setName(suggestion);
    setSuggestedName(suggestion);
  }

  function readWholeFile() {
    if (!file || !preview) return;
    const missing = mappingProblems(mapping, format);
    if (missing.length > 0) {
      setProblems(missing);
      return;
    }
    setProblems([]);
    read({
      type: 'read',
      file,
      format: preview.format,
      headers: preview.headers,
      mapping,
      timestampFormat,
      delimiter: delimiter ?? preview.delimiter,
      newline: preview.newline,
      locale: format.locale,
      language: format.language,
    });
  }

  function changeKept(next: ReadonlySet<number>) {
    setKept(next);
    if (next.size > 0) measure([...next]);
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    if (state.status !== 'read' || !state.measured) return;
    const parsedName = MapNameSchema.safeParse(name);
    if (!parsedName.success) return setProblems([t('import.needsName')]);
    if (kept.size === 0) return setProblems([t('import.needsStep')]);
    if (state.measured.steps.length > MAX_MEASURED_STEPS) return setProblems([t('import.tooManySteps', { max: MAX_MEASURED_STEPS })]);
    setBusy(true);
    try {
      const map = await call('eventLog.createMap', { workshopId, name: parsedName.data, measured: state.measured });
      onCreated(map.id);
    } catch (error) {
      setProblems([errorMessage(error)]);
      setBusy(false);
    }
  }

  const stage = state.status === 'read' ? 'steps' : state.status === 'reading' ? 'reading' : preview ? 'columns' : 'choose';
  // The button that moved the wizard on is gone once it has; its focus goes to what comes next, not to the page.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    form.current?.querySelector<HTMLElement>('[data-stage-focus]')?.focus();
  }, [stage]);
  return (
    <Dialog title={t('import.title')} onClose={onCancel}>
      <form ref={form} className="form event-log-wizard" onSubmit={create} noValidate>
        <ol className="event-log-stages" aria-label={t('import.stages')}>
          {WIZARD_STAGES.map((key, index) => (
            <li key={key} aria-current={stage === key || (stage === 'reading' && key === 'columns') ? 'step' : undefined}>
              {t('import.stage', { number: index + 1, label: t(`import.stageNames.${key}`) })}
            </li>
          ))}
        </ol>
        {stage !== 'steps' && (
          <label className="field">
            <span>{t('import.file')}</span>
            <input
              type="file"
              accept=".csv,.tsv,.txt,.xes"
              onChange={(change) => chooseFile(change.target.files?.[0] ?? null)}
              disabled={stage === 'reading'}
            />
          </label>
        )}
        {stage === 'choose' && problems.length === 0 && <p className="muted">{t('import.intro')}</p>}
        {stage === 'columns' && preview && (
          <ColumnsStep
            preview={preview}
            mapping={mapping}
            onMappingChange={(next) => {
              setMapping(next);
              setProblems([]);
            }}
            timestampFormat={timestampFormat}
            onTimestampFormatChange={(next) => {
              setTimestampFormat(next);
              setProblems([]);
            }}
            delimiter={delimiter}
            onDelimiterChange={setDelimiter}
          />
        )}
        {state.status === 'reading' && (
          <div className="event-log-reading-progress">
            <label htmlFor="event-log-progress">{t('import.reading', { file: file?.name ?? '' })}</label>
            <progress id="event-log-progress" max={1} value={state.fraction} />
            <span aria-live="polite">{Math.round(state.fraction * 100)} %</span>
          </div>
        )}
        {state.status === 'read' && (
          <>
            <StepsStep overview={state.overview} kept={kept} onKeptChange={changeKept} measured={state.measured} />
            <label className="field">
              <span>{t('import.name')}</span>
              <input value={name} onChange={(change) => setName(change.target.value)} maxLength={maxLengthOf(MapNameSchema)} />
            </label>
          </>
        )}
        {problems.length > 0 && (
          <ul className="form-error event-log-problems" role="alert">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          {stage === 'reading' ? (
            <button key="stop" type="button" className="button" onClick={cancel} data-stage-focus>
              {t('import.stop')}
            </button>
          ) : (
            <button key="cancel" type="button" className="button" onClick={onCancel}>
              {t('common:cancel')}
            </button>
          )}
          {stage === 'steps' && (
            <button type="button" className="button" onClick={cancel}>
              {t('import.backToColumns')}
            </button>
          )}
          {stage === 'columns' && (
            <button type="button" className="button button-primary" onClick={readWholeFile} data-stage-focus>
              {t('import.readAll')}
            </button>
          )}
          {stage === 'steps' && (
            <button type="submit" className="button button-primary" disabled={busy || state.status !== 'read' || !state.measured || kept.size === 0}>
              {t('import.create')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}

/** The timestamp column's format as the preview read it, or ISO 8601 while no column is known to hold dates. */
function timestampFormatOf(preview: LogPreview, mapping: ColumnMapping): TimestampFormat {
  const reading = mapping.timestamp === undefined ? undefined : preview.readings[mapping.timestamp];
  const dates = reading?.kind === 'timestamp' ? reading : preview.readings.find((candidate) => candidate.kind === 'timestamp');
  return dates?.kind === 'timestamp' ? dates.format : 'iso';
}
