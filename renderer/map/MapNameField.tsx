import { useTranslation } from 'react-i18next';
import { MapNameSchema } from '../../shared/model/vsm-map';
import { maxLengthOf } from '../components/max-length';

type MapNameFieldProps = {
  value: string;
  onChange: (name: string) => void;
  placeholder?: string;
  /** Renaming: the old name is selected, so typing replaces it. */
  selectOnFocus?: boolean;
};

/** A map's name as a dialog asks for it, no longer than the shared schema accepts. */
export function MapNameField({ value, onChange, placeholder, selectOnFocus = false }: MapNameFieldProps) {
  const { t } = useTranslation('map');
  return (
    <label className="field">
      <span>{t('nameField')}</span>
      <input
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoFocus
        maxLength={maxLengthOf(MapNameSchema)}
        placeholder={placeholder}
        onFocus={selectOnFocus ? (event) => event.target.select() : undefined}
      />
    </label>
  );
}
