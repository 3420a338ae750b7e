import type { MapSettings } from '../../../shared/model/vsm-map';
import type { Diagnostic } from '../../../shared/vsm';
import { DataField } from './DataField';
import type { FieldDefinition } from './field-definitions';

type DataFieldListProps<K extends string> = {
  /** Resets the fields when another node is shown. */
  ownerId: string;
  fields: readonly FieldDefinition<K>[];
  values: Partial<Record<K, number | string>>;
  settings: MapSettings;
  findings: readonly Diagnostic[];
  /** Where a field's figure comes from when the room did not type it, said under the field. */
  sources?: Partial<Record<K, string | null>>;
  onCommit: (key: K, value: number | string | undefined) => string | null;
};

/** A data box's fields, each under the engine's findings that concern it. */
export function DataFieldList<K extends string>({ ownerId, fields, values, settings, findings, sources, onCommit }: DataFieldListProps<K>) {
  return (
    <div className="inspector-fields">
      {fields.map((definition) => (
        <DataField
          key={`${ownerId}:${definition.key}:${String(values[definition.key])}:${settings.workingTimePerDay}`}
          definition={definition}
          value={values[definition.key]}
          settings={settings}
          findings={findings.filter((finding) => definition.codes?.includes(finding.code))}
          source={sources?.[definition.key] ?? null}
          onCommit={(value) => onCommit(definition.key, value)}
        />
      ))}
    </div>
  );
}

/** The findings that no single field owns, for the panel's own list. */
export function unplacedFindings(findings: readonly Diagnostic[], fields: readonly FieldDefinition<string>[]): Diagnostic[] {
  const placed = new Set(fields.flatMap((field) => field.codes ?? []));
  return findings.filter((finding) => !placed.has(finding.code));
}
