import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../shared/util/is-one-of';
import { WHAT_IF_KEYS, WhatIfSchema, type WhatIf } from '../../shared/flow/simulation/what-if';

type WhatIfFormProps = { value: WhatIf; onChange: (next: WhatIf) => void };

type Draft = { demand: string; pattern: string; uptime: string; changeover: string; batch: string; repair: string };

function draftOf(whatIf: WhatIf): Draft {
  return {
    demand: String(Math.round(whatIf.demandFactor * 100)),
    pattern: whatIf.dailyPattern.map((factor) => Math.round(factor * 100)).join(', '),
    uptime: whatIf.uptimeFloor === null ? '' : String(whatIf.uptimeFloor),
    changeover: String(Math.round(whatIf.changeoverFactor * 100)),
    batch: whatIf.batchSize === null ? '' : String(whatIf.batchSize),
    repair: String(Math.round(whatIf.repairTime / 60)),
  };
}

/** "100, 120, 80" (percent of the usual demand, day by day) as multiples; an empty field is level demand. */
function patternOf(text: string): number[] {
  return text
    .split(/[,;\s]+/)
    .filter((part) => part !== '')
    .map((part) => Number(part.replace('%', '')) / 100);
}

function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/**
 * The what-if: parameters the simulation changes without touching the map. A value the schema
 * refuses is said under the form and the last good what-if stays in force.
 */
export function WhatIfForm({ value, onChange }: WhatIfFormProps) {
  const { t } = useTranslation('flow');
  const [draft, setDraft] = useState<Draft>(() => draftOf(value));
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (next: Draft) => {
    setDraft(next);
    const parsed = WhatIfSchema.safeParse({
      ...value,
      demandFactor: (numberOrNull(next.demand) ?? 100) / 100,
      dailyPattern: patternOf(next.pattern),
      uptimeFloor: numberOrNull(next.uptime),
      changeoverFactor: (numberOrNull(next.changeover) ?? 100) / 100,
      batchSize: numberOrNull(next.batch),
      repairTime: (numberOrNull(next.repair) ?? 60) * 60,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = issue?.path[0];
      setProblem(
        t('whatIf.problem', {
          label: isOneOf(WHAT_IF_KEYS, key) ? t(`whatIf.labels.${key}`) : t('whatIf.aValue'),
          message: issue?.message ?? t('whatIf.notValid'),
        }),
      );
      return;
    }
    setProblem(null);
    onChange(parsed.data);
  };

  const field = (key: keyof Draft, label: string, unit: string, placeholder: string) => (
    <label className="flow-field">
      <span>{label}</span>
      <span className="flow-input">
        <input
          type="text"
          inputMode="decimal"
          aria-label={t('whatIf.withUnit', { label, unit })}
          value={draft[key]}
          placeholder={placeholder}
          onChange={(event) => apply({ ...draft, [key]: event.target.value })}
        />
        <span className="muted">{unit}</span>
      </span>
    </label>
  );

  return (
    <fieldset className="fieldset flow-what-if">
      <legend>{t('whatIf.legend')}</legend>
      {field('demand', t('whatIf.demand'), '%', '100')}
      {field('pattern', t('whatIf.pattern'), '%', t('whatIf.level'))}
      {field('uptime', t('whatIf.uptime'), '%', t('whatIf.asDrawn'))}
      {field('changeover', t('whatIf.changeover'), '%', '100')}
      {field('batch', t('whatIf.batch'), t('whatIf.pieces'), t('whatIf.asDrawn'))}
      {field('repair', t('whatIf.repair'), t('whatIf.minutes'), '60')}
      <label className="flow-check">
        <input
          type="checkbox"
          checked={value.variability === 'as-mapped'}
          onChange={(event) => onChange({ ...value, variability: event.target.checked ? 'as-mapped' : 'none' })}
        />
        {t('whatIf.variability')}
      </label>
      <label className="flow-check">
        <input type="checkbox" checked={value.randomArrivals} onChange={(event) => onChange({ ...value, randomArrivals: event.target.checked })} />
        {t('whatIf.randomArrivals')}
      </label>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
