import { useTranslation } from 'react-i18next';
import type { WorkshopFile } from '../../../shared/workshop-file/workshop-file-schema';
import { NOTE_FILL } from '../../canvas/shapes/shape-style';
import { Sheet } from '../Sheet';

/** What the room set aside for later, in the parking lot's order, with the map a note came from. */
export function ParkingLotSheet({ file }: { file: WorkshopFile }) {
  const { t } = useTranslation(['report', 'vsm']);
  const mapNames = new Map(file.maps.map((map) => [map.id, map.name]));
  const quoted = (text: string) => t('vsm:quoted', { text });
  return (
    <Sheet orientation="portrait" label={t('sections.parkingLot')}>
      <h2 className="sheet-title">{t('sections.parkingLot')}</h2>
      <ul className="parking-list">
        {file.parkingLot.map((item) => (
          <li key={item.id} style={{ borderLeftColor: NOTE_FILL[item.color] }}>
            <span className="parking-text">{item.text.trim() || t('parkingLot.emptyNote')}</span>
            {item.fromMapId && mapNames.has(item.fromMapId) && (
              <span className="cell-note">{t('parkingLot.fromMap', { map: quoted(mapNames.get(item.fromMapId) ?? '') })}</span>
            )}
          </li>
        ))}
      </ul>
    </Sheet>
  );
}
