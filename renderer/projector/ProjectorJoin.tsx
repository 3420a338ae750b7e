import type { OpenRoom } from '../../shared/room/room-status';
import { QrCode } from '../components/QrCode';

/** The join screen on the wall: scan the code, or type the address and the room code, large enough for the back row. */
export function ProjectorJoin({ room }: { room: OpenRoom }) {
  const shortAddress = room.joinUrl
    .replace(/^https?:\/\//, '')
    .replace(/[#?].*$/, '')
    .replace(/\/$/, '');
  return (
    <section className="projector-join" aria-label="Join from your phone">
      <QrCode className="projector-join-qr" text={room.joinUrl} label={`QR code for ${room.joinUrl}`} />
      <div className="projector-join-steps">
        <h2 className="projector-join-title">Join from your phone</h2>
        <p className="projector-join-step">Scan the code with the camera, or open</p>
        <p className="projector-join-address" data-testid="projector-join-address">
          {shortAddress}
        </p>
        <p className="projector-join-step">and type the room code</p>
        <p className="projector-join-code" data-testid="projector-join-code">
          {room.code}
        </p>
        <p className="projector-join-note">Same Wi-Fi as this laptop · {room.counts.connected} connected</p>
      </div>
    </section>
  );
}
