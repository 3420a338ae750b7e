import { useTranslation } from 'react-i18next';
import type { OpenRoom } from '../../shared/room/room-status';
import { QrCode } from '../components/QrCode';

/** The join screen on the wall: scan the code, or type the address and the room code, large enough for the back row. */
export function ProjectorJoin({ room }: { room: OpenRoom }) {
  const { t } = useTranslation('room');
  const shortAddress = room.joinUrl
    .replace(/^https?:\/\//, '')
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '');
  return (
    <section className="projector-join" aria-label={t('projector.join')}>
      <QrCode className="projector-join-qr" text={room.joinUrl} label={t('qrFor', { url: room.joinUrl })} />
      <div className="projector-join-steps">
        <h2 className="projector-join-title">{t('projector.join')}</h2>
        <p className="projector-join-step">{t('projector.scanOrOpen')}</p>
        <p className="projector-join-address" data-testid="projector-join-address">
          {shortAddress}
        </p>
        <p className="projector-join-step">{t('projector.typeCode')}</p>
        <p className="projector-join-code" data-testid="projector-join-code">
          {room.code}
        </p>
        <p className="projector-join-note">{t('projector.sameWifi', { count: room.counts.connected })}</p>
      </div>
    </section>
  );
}
