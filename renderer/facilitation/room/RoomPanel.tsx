import { useEffect, useState, type FormEvent } from 'react';
import { IDEA_MODES, type IdeaMode } from '../../../shared/room/room-idea';
import type { OpenRoom, RoomVoteProgress } from '../../../shared/room/room-status';
import { QrCode } from '../../components/QrCode';
import { useProjectorJoinScreen } from './projector-join';
import type { Room } from './use-room';
import './room.css';

const IDEA_MODE_NAMES: Readonly<Record<IdeaMode, string>> = {
  off: 'Off',
  open: 'Shown as they come',
  silent: 'Silent: hidden until shown',
};

type RoomPanelProps = {
  workshopId: string;
  room: Room;
  /** Counts from the phones for the vote open on this map, if any. */
  progress: RoomVoteProgress | null;
};

/**
 * The room, from the facilitator's side: off until opened; then where the phones go (address, QR
 * code, room code), who is in, and the switches for ideas and the projector's join screen.
 * Pass-the-laptop and paper entry stay in the Vote tab; a vote may mix them with phones.
 */
export function RoomPanel({ workshopId, room, progress }: RoomPanelProps) {
  const { status } = room;
  if (!status) return <p className="muted">Asking the app about the room…</p>;
  if (!status.open) return <OpenRoomForm room={room} />;
  if (!room.isThisWorkshops) {
    return (
      <section className="panel-section" aria-label="Room">
        <p className="muted">The room is open for another workshop. Close it there first, or close it here.</p>
        <button type="button" className="button button-danger" disabled={room.busy} onClick={room.close}>
          Close the room
        </button>
      </section>
    );
  }
  return <OpenRoomView workshopId={workshopId} room={room} status={status} progress={progress} />;
}

function OpenRoomForm({ room }: { room: Room }) {
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
    <form className="panel-section room-open-form" aria-label="Open the room" onSubmit={submit}>
      <h3 className="panel-heading">Let the room take part from their phones</h3>
      <p className="muted">
        Phones on the same Wi-Fi or hotspot scan a QR code, then send ideas and vote. Nothing goes over the internet; anyone on this network with the
        room code can join.
      </p>
      {interfaces === null ? (
        <p className="muted">Looking for networks…</p>
      ) : interfaces.length === 0 ? (
        <p className="form-error" role="alert">
          This computer is on no network the phones could reach. Join a Wi-Fi or turn on a hotspot, then try again.{' '}
          <button type="button" className="link-button" onClick={loadInterfaces}>
            Look again
          </button>
        </p>
      ) : (
        interfaces.length > 1 && (
          <label className="field">
            Network
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
        Ideas from phones
        <select value={ideaMode} onChange={(event) => setIdeaMode(event.target.value as IdeaMode)}>
          {IDEA_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {IDEA_MODE_NAMES[mode]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button-primary" disabled={!chosen || room.busy}>
        Open the room
      </button>
    </form>
  );
}

function OpenRoomView({
  workshopId,
  room,
  status,
  progress,
}: {
  workshopId: string;
  room: Room;
  status: OpenRoom;
  progress: RoomVoteProgress | null;
}) {
  const [onProjector, setOnProjector] = useProjectorJoinScreen(workshopId);
  const [confirmClose, setConfirmClose] = useState(false);
  const shortAddress = status.joinUrl
    .replace(/^https?:\/\//, '')
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '');
  return (
    <>
      <section className="panel-section room-join" aria-label="How to join">
        <QrCode className="room-qr" text={status.joinUrl} label={`QR code for ${status.joinUrl}`} />
        <dl className="room-join-facts">
          <dt>Address</dt>
          <dd className="room-address" data-testid="room-address">
            {shortAddress}
          </dd>
          <dt>Room code</dt>
          <dd className="room-code" data-testid="room-code">
            {status.code}
          </dd>
        </dl>
        <label className="room-check">
          <input type="checkbox" checked={onProjector} onChange={(event) => setOnProjector(event.target.checked)} />
          Show the join screen on the projector
        </label>
      </section>
      {progress && (
        <section className="panel-section" aria-label="Votes from phones">
          <h3 className="panel-heading">Vote from phones</h3>
          <p className="room-progress" aria-live="polite" data-testid="room-vote-progress">
            {progress.votedCount} voted · {progress.doneCount} done · {progress.connectedDevices} phones connected
          </p>
        </section>
      )}
      <section className="panel-section" aria-label="Ideas from phones">
        <label className="field">
          Ideas from phones
          <select value={status.ideaMode} disabled={room.busy} onChange={(event) => room.setIdeaMode(event.target.value as IdeaMode)}>
            {IDEA_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {IDEA_MODE_NAMES[mode]}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section className="panel-section" aria-label="Devices">
        <h3 className="panel-heading">
          In the room: {status.counts.connected} connected
          {status.counts.devices > status.counts.connected ? ` of ${status.counts.devices}` : ''}
        </h3>
        {status.devices.length === 0 ? (
          <p className="muted">Nobody has joined yet.</p>
        ) : (
          <ul className="room-devices" aria-label="Devices in the room">
            {status.devices.map((device) => (
              <li key={device.id} className="room-device" data-connected={device.connected}>
                <span className="room-device-dot" aria-hidden="true" />
                <span className="room-device-name">{device.name ?? 'Choosing a name…'}</span>
                <span className="visually-hidden">{device.connected ? 'connected' : 'offline'}</span>
                <button
                  type="button"
                  className="icon-button icon-button-danger"
                  aria-label={`Remove ${device.name ?? 'this device'} from the room`}
                  title="Remove this device: its link stops working"
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
          <div className="room-close-confirm" role="group" aria-label="Close the room?">
            <p>Close the room? Every phone is locked out; a new room gets a new code.</p>
            <button type="button" className="button button-danger" disabled={room.busy} onClick={room.close}>
              Close the room
            </button>{' '}
            <button type="button" className="button" onClick={() => setConfirmClose(false)}>
              Keep it open
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmClose(true)}>
            Close the room…
          </button>
        )}
      </section>
    </>
  );
}
