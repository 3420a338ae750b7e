import { useState } from 'react';
import { isOneOf } from '../../shared/util/is-one-of';
import { WHAT_IF_KEYS, WHAT_IF_LABELS, WhatIfSchema, type WhatIf } from '../../shared/flow/simulation/what-if';

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
      setProblem(`${isOneOf(WHAT_IF_KEYS, key) ? WHAT_IF_LABELS[key] : 'A value'} ${issue?.message ?? 'is not valid'}`);
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
          aria-label={`${label} (${unit})`}
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
      <legend>What if…</legend>
      {field('demand', 'Demand', '%', '100')}
      {field('pattern', 'Demand day by day', '%', 'level')}
      {field('uptime', 'Every step up at least', '%', 'as drawn')}
      {field('changeover', 'Changeover times', '%', '100')}
      {field('batch', 'Batch size where there is a changeover', 'pcs', 'as drawn')}
      {field('repair', 'Mean time to repair', 'min', '60')}
      <label className="flow-check">
        <input
          type="checkbox"
          checked={value.variability === 'as-mapped'}
          onChange={(event) => onChange({ ...value, variability: event.target.checked ? 'as-mapped' : 'none' })}
        />
        Times vary: ranges on the map, random failures
      </label>
      <label className="flow-check">
        <input type="checkbox" checked={value.randomArrivals} onChange={(event) => onChange({ ...value, randomArrivals: event.target.checked })} />
        Orders arrive at random around takt
      </label>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
