import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { RoomCodeSchema } from '../../shared/room/room-code';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import type { RoomConnection } from './connection/room-connection';
import { codeFromAddress } from './connection/device-memory';
import { CodeForm } from './join/CodeForm';
import { PickName } from './join/PickName';
import { RoomScreen } from './RoomScreen';

/** The participant page: join with the room code, say who you are, then take part. */
export function ParticipantApp({ connection }: { connection: RoomConnection }) {
  const { t } = useTranslation('room');
  const state = useSyncExternalStore(connection.subscribe, connection.getState);
  const addressCode = useAddressCode();
  const title = state.view?.workshopTitle ?? state.workshopTitle;
  useEffect(() => {
    document.title = title ? t('app.documentTitle', { workshop: title }) : t('join.title');
  }, [title, t]);
  // A scanned QR code carries the room code: joining needs no typing, only a name. Each code is tried once.
  const tried = useRef('');
  useEffect(() => {
    if (state.phase !== 'code' || tried.current === addressCode) return;
    tried.current = addressCode;
    const code = RoomCodeSchema.safeParse(addressCode);
    if (code.success) connection.join(code.data);
  }, [connection, addressCode, state.phase]);

  switch (state.phase) {
    case 'code':
      return (
        <main className="room-page">
          <div className="room-main">
            <CodeForm key={addressCode} initialCode={addressCode} busy={state.busy} problem={state.notice} onJoin={connection.join} />
          </div>
        </main>
      );
    case 'connecting':
      return (
        <main className="room-page">
          <div className="room-main">
            <p className="room-card" role="status">
              {t('app.connecting')}
            </p>
          </div>
        </main>
      );
    case 'identify':
      return (
        <main className="room-page">
          <div className="room-main">
            <PickName
              workshopTitle={title}
              roster={state.view?.roster ?? state.roster}
              busy={state.busy}
              problem={state.notice}
              onPick={(participantId) => connection.identify({ participantId })}
              onAdd={(details) => connection.identify({ newParticipant: details })}
            />
          </div>
        </main>
      );
    case 'room':
      return state.view ? <RoomScreen state={{ ...state, view: state.view }} connection={connection} /> : null;
    default:
      return exhaustiveSwitchError(state.phase, 'room phase');
  }
}

/** The room code in the page's address, followed when a second scan changes only the hash. */
function useAddressCode(): string {
  const [code, setCode] = useState(() => codeFromAddress(location));
  useEffect(() => {
    const follow = () => setCode(codeFromAddress(location));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return code;
}
