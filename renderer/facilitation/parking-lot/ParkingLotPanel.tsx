import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['facilitation', 'common']);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const shown = item.text.trim() || t('parking.emptyNote');
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
            aria-label={t('parking.noteText')}
            autoFocus
          />
          <FormFooter problem={null} submitLabel={t('common:save')} onCancel={() => setEditing(false)} />
        </form>
      ) : (
        <>
          <p className="parked-text">{shown}</p>
          <div className="parked-actions">
            <button type="button" className="button parked-back" onClick={() => parkingLot.restore(item.id)} title={t('parking.backTitle')}>
              {t('parking.back')}
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('parking.editItem', { text: shown })}
              title={t('parking.editTitle')}
              onClick={() => setEditing(true)}
            >
              ✎
            </button>
            <button
              type="button"
              className="icon-button icon-button-danger"
              aria-label={t('parking.deleteItem', { text: shown })}
              title={t('parking.deleteTitle')}
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
  const { t } = useTranslation(['facilitation', 'common']);
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
        {picking ? t('parking.picking') : t('parking.pick')}
      </button>
      <form className="parking-add" onSubmit={add}>
        <label className="field">
          {t('parking.topic')}
          <textarea rows={2} value={text} onChange={(event) => setText(event.target.value)} placeholder={t('parking.topicPlaceholder')} />
        </label>
        <button type="submit" className="button" disabled={!text.trim()}>
          {t('parking.add')}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="muted">{t('parking.empty')}</p>
      ) : (
        <ul className="parked-list" aria-label={t('tabs.parking')}>
          {items.map((item) => (
            <ParkedItem key={item.id} item={item} parkingLot={parkingLot} />
          ))}
        </ul>
      )}
    </div>
  );
}
