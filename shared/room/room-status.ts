import type { IdeaMode } from './room-idea';

/**
 * What the facilitator's room panel shows: whether the room is open, where phones reach it, and
 * who is connected. Only the facilitator's API answers this; phones never see the device list.
 */
export type NetworkInterfaceChoice = {
  /** The system's name for it (`wlan0`, `Wi-Fi`, `en0`). */
  name: string;
  address: string;
};

export type RoomDevice = {
  id: string;
  participantId: string | null;
  /** The participant's name, or null until the person picked one. */
  name: string | null;
  connected: boolean;
  joinedAt: string;
  lastSeenAt: string;
};

export type OpenRoom = {
  open: true;
  workshopId: string;
  address: string;
  port: number;
  code: string;
  /** The address a phone opens; the QR code holds it with the code, so scanning joins at once. */
  joinUrl: string;
  /** The join URL as a QR code, an SVG document drawn on this machine. */
  qrSvg: string;
  openedAt: string;
  ideaMode: IdeaMode;
  /**
   * Whether the projector shows the join screen (address, QR code and code, large) instead of the
   * map. Held by the room, not by a window, so every facilitator window and the projector show the
   * same choice, whichever browser or window made it.
   */
  joinOnProjector: boolean;
  devices: RoomDevice[];
  counts: { devices: number; connected: number; newIdeas: number; hiddenIdeas: number };
};

export type RoomStatus = { open: false } | OpenRoom;

/** What the facilitator's screen may show of a vote from the room while it runs: counts, never dots. */
export type RoomVoteProgress = { sessionId: string; votedCount: number; doneCount: number; connectedDevices: number };
