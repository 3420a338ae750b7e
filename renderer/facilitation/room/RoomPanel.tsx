import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IDEA_MODES, type IdeaMode } from '../../../shared/room/room-idea';
import type { OpenRoom, RoomVoteProgress } from '../../../shared/room/room-status';
import { QrCode } from '../../components/QrCode';
import type { Room } from './use-room';
import './room.css';

type RoomPanelProps = {
  room: Room;
  /** Counts from the phones for the vote open on this map, if any. */
  progress: RoomVoteProgress | null;
};

/**
 * The room, from the facilitator's side: off until opened; then where the phones go (address, QR
 * code, room code), who is in, and the switches for ideas and the projector's join screen.
 * Pass-the-laptop and paper entry stay in the Vote tab; a vote may mix them with phones.
 */
export function RoomPanel({ room, progress }: RoomPanelProps) {
  const { t } = useTranslation('room');
  const { status } = room;
  if (!status) return <p className="muted">{t('panel.asking')}</p>;
  if (!status.open) return <OpenRoomForm room={room} />;
  if (!room.isThisWorkshops) {
    return (
      <section className="panel-section" aria-label={t('tabs.room')}>
        <p className="muted">{t('panel.otherWorkshop')}</p>
        <button type="button" className="button button-danger" disabled={room.busy} onClick={room.close}>
          {t('panel.close')}
        </button>
      </section>
    );
  }
  return <OpenRoomView room={room} status={status} progress={progress} />;
}

function OpenRoomForm({ room }: { room: Room }) {
  const { t } = useTranslation('room');
  const { interfaces, loadInterfaces } = room;
  const [address, setAddress] = useState('');
  const [ideaMode, setIdeaMode] = useState<IdeaMode>('open');
  useEffect(loadInterfaces, [loadInterfaces]);
  const chosen = address || interfaces?.[0]?.address || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) room.open(chosen, ideaMode);
  };
  return (
    <form className="panel-section room-open-form" aria-label={t('panel.open')} onSubmit={submit}>
      <h3 className="panel-heading">{t('panel.openHeading')}</h3>
      <p className="muted">{t('panel.openIntro')}</p>
      {interfaces === null ? (
        <p className="muted">{t('panel.looking')}</p>
      ) : interfaces.length === 0 ? (
        <p className="form-error" role="alert">
          {t('panel.noNetwork')}{' '}
          <button type="button" className="link-button" onClick={loadInterfaces}>
            {t('panel.lookAgain')}
          </button>
        </p>
      ) : (
        interfaces.length > 1 && (
          <label className="field">
            {t('panel.network')}
            <select value={chosen} onChange={(event) => setAddress(event.target.value)}>
              {interfaces.map((choice) => (
                <option key={`${choice.name}-${choice.address}`} value={choice.address}>
                  {choice.name} — {choice.address}
                </option>
              ))}
            </select>
          </label>
        )
      )}
      <label className="field">
        {t('panel.ideasFromPhones')}
        <select value={ideaMode} onChange={(event) => setIdeaMode(event.target.value as IdeaMode)}>
          {IDEA_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`panel.ideaModes.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button-primary" disabled={!chosen || room.busy}>
        {t('panel.open')}
      </button>
    </form>
  );
}

function OpenRoomView({ room, status, progress }: { room: Room; status: OpenRoom; progress: RoomVoteProgress | null }) {
  const { t } = useTranslation('room');
  const [confirmClose, setConfirmClose] = useState(false);
  const shortAddress = status.joinUrl
    .replace(/^https?:\/\//, '')
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '');
  return (
    <>
      <section className="panel-section room-join" aria-label={t('panel.howToJoin')}>
        <QrCode className="room-qr" text={status.joinUrl} label={t('qrFor', { url: status.joinUrl })} />
        <dl className="room-join-facts">
          <dt>{t('panel.address')}</dt>
          <dd className="room-address" data-testid="room-address">
            {shortAddress}
          </dd>
          <dt>{t('panel.roomCode')}</dt>
          <dd className="room-code" data-testid="room-code">
            {status.code}
          </dd>
        </dl>
        <label className="room-check">
          <input
            type="checkbox"
            checked={status.joinOnProjector}
            disabled={room.busy}
            onChange={(event) => room.showJoinScreen(event.target.checked)}
          />
          {t('panel.joinOnProjector')}
        </label>
      </section>
      {progress && (
        <section className="panel-section" aria-label={t('panel.votesFromPhones')}>
          <h3 className="panel-heading">{t('panel.voteFromPhones')}</h3>
          <p className="room-progress" aria-live="polite" data-testid="room-vote-progress">
            {t('panel.progress', { voted: progress.votedCount, done: progress.doneCount, count: progress.connectedDevices })}
          </p>
        </section>
      )}
      <section className="panel-section" aria-label={t('panel.ideasFromPhones')}>
        <label className="field">
          {t('panel.ideasFromPhones')}
          <select value={status.ideaMode} disabled={room.busy} onChange={(event) => room.setIdeaMode(event.target.value as IdeaMode)}>
            {IDEA_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`panel.ideaModes.${mode}`)}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section className="panel-section" aria-label={t('panel.devices')}>
        <h3 className="panel-heading">
          {status.counts.devices > status.counts.connected
            ? t('panel.inRoomOf', { connected: status.counts.connected, count: status.counts.devices })
            : t('panel.inRoom', { connected: status.counts.connected })}
        </h3>
        {status.devices.length === 0 ? (
          <p className="muted">{t('panel.nobody')}</p>
        ) : (
          <ul className="room-devices" aria-label={t('panel.devicesInRoom')}>
            {status.devices.map((device) => (
              <li key={device.id} className="room-device" data-connected={device.connected}>
                <span className="room-device-dot" aria-hidden="true" />
                <span className="room-device-name">{device.name ?? t('panel.choosingName')}</span>
                <span className="visually-hidden">{device.connected ? t('panel.connected') : t('panel.offline')}</span>
                <button
                  type="button"
                  className="icon-button icon-button-danger"
                  aria-label={t('panel.removeDevice', { name: device.name ?? t('panel.thisDevice') })}
                  title={t('panel.removeTitle')}
                  disabled={room.busy}
                  onClick={() => room.removeDevice(device.id)}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel-section">
        {confirmClose ? (
          <div className="room-close-confirm" role="group" aria-label={t('panel.closeQuestion')}>
            <p>{t('panel.closeConfirm')}</p>
            <button type="button" className="button button-danger" disabled={room.busy} onClick={room.close}>
              {t('panel.close')}
            </button>{' '}
            <button type="button" className="button" onClick={() => setConfirmClose(false)}>
              {t('panel.keepOpen')}
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmClose(true)}>
            {t('panel.closeEllipsis')}
          </button>
        )}
      </section>
    </>
  );
}
