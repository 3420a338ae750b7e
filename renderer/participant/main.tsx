import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createRoomConnection } from './connection/room-connection';
import { ParticipantApp } from './ParticipantApp';
import './participant.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ParticipantApp connection={createRoomConnection()} />
  </StrictMode>,
);
