import { useState, type FormEvent } from 'react';
import type { ParkingLotItem } from '../../../shared/facilitation/parking-lot';
import { DEFAULT_NOTE_COLOR } from '../../../shared/model/colors';
import { NOTE_FILL } from '../../canvas/shapes/shape-style';
import { FormFooter } from '../../components/FormFooter';
import type { ParkingLot } from './use-parking-lot';

type ParkingLotPanelProps = {
  parkingLot: ParkingLot;
  picking: boolean;
  onTogglePicking: () => void;
};

function ParkedItem({ item, parkingLot }: { item: ParkingLotItem; parkingLot: ParkingLot }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const shown = item.text.trim() || '(empty note)';
  return (
    <li className="parked-item" style={{ background: NOTE_FILL[item.color] }}>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim()) parkingLot.update(item.id, text.trim());
            setEditing(false);
          }}
        >
          <textarea
            className="parked-edit"
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-label="Parked note text"
            autoFocus
          />
          <FormFooter problem={null} submitLabel="Save" onCancel={() => setEditing(false)} />
        </form>
      ) : (
        <>
          <p className="parked-text">{shown}</p>
          <div className="parked-actions">
            <button
              type="button"
              className="button parked-back"
              onClick={() => parkingLot.restore(item.id)}
              title="Put it on this map, in the middle of the view"
            >
              ↩ Back to the map
            </button>
            <button type="button" className="icon-button" aria-label={`Edit ${shown}`} title="Edit the text" onClick={() => setEditing(true)}>
              ✎
            </button>
            <button
              type="button"
              className="icon-button icon-button-danger"
              aria-label={`Delete ${shown}`}
              title="Delete from the parking lot"
              onClick={() => parkingLot.remove(item.id)}
            >
              ✕
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** Off-topic notes, kept for later: typed here, or moved off the map and back. */
export function ParkingLotPanel({ parkingLot, picking, onTogglePicking }: ParkingLotPanelProps) {
  const [text, setText] = useState('');
  const items = parkingLot.items ?? [];

  function add(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    parkingLot.add(text.trim(), DEFAULT_NOTE_COLOR);
    setText('');
  }

  return (
    <div className="parking-lot-panel">
      <button type="button" className={`button${picking ? ' button-primary' : ''}`} aria-pressed={picking} onClick={onTogglePicking}>
        {picking ? 'Click a note on the map… (Esc to stop)' : 'Move a note here from the map'}
      </button>
      <form className="parking-add" onSubmit={add}>
        <label className="field">
          Park a topic
          <textarea rows={2} value={text} onChange={(event) => setText(event.target.value)} placeholder="e.g. Ask finance about batch sizes" />
        </label>
        <button type="submit" className="button" disabled={!text.trim()}>
          Add to the parking lot
        </button>
      </form>
      {items.length === 0 ? (
        <p className="muted">Nothing parked yet. Off-topic ideas wait here until there is time for them.</p>
      ) : (
        <ul className="parked-list" aria-label="Parking lot">
          {items.map((item) => (
            <ParkedItem key={item.id} item={item} parkingLot={parkingLot} />
          ))}
        </ul>
      )}
    </div>
  );
}
