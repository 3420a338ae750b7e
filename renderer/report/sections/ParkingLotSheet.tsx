import type { WorkshopFile } from '../../../shared/workshop-file/workshop-file-schema';
import { NOTE_FILL } from '../../canvas/shapes/shape-style';
import { Sheet } from '../Sheet';

/** What the room set aside for later, in the parking lot's order, with the map a note came from. */
export function ParkingLotSheet({ file }: { file: WorkshopFile }) {
  const mapNames = new Map(file.maps.map((map) => [map.id, map.name]));
  return (
    <Sheet orientation="portrait" label="Parking lot">
      <h2 className="sheet-title">Parking lot</h2>
      <ul className="parking-list">
        {file.parkingLot.map((item) => (
          <li key={item.id} style={{ borderLeftColor: NOTE_FILL[item.color] }}>
            <span className="parking-text">{item.text.trim() || '(empty note)'}</span>
            {item.fromMapId && mapNames.has(item.fromMapId) && <span className="cell-note">From “{mapNames.get(item.fromMapId)}”</span>}
          </li>
        ))}
      </ul>
    </Sheet>
  );
}
