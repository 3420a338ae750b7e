import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { uiText } from '../../ui-text/ui-text';
import type { PanelTabIconName } from '../../components/PanelTabIcon';
import type { ParkingLotItem } from '../../../shared/facilitation/parking-lot';
import type { MapEditor } from '../../editor/map-editor';
import type { Point } from '../overlay/ViewCentreProbe';
import { MapPointProbe, type MapPointAt } from './MapPointProbe';
import { IDEA_DRAG_TYPE, RoomInbox } from './RoomInbox';
import { RoomPanel } from './RoomPanel';
import { useRoom } from './use-room';
import { useRoomIdeas } from './use-room-ideas';
import { useVoteProgress } from './use-vote-progress';

type RoomToolsOptions = {
  workshopId: string;
  mapId: string;
  editor: MapEditor;
  viewCentre: () => Point | null;
  onParked: (items: ParkingLotItem[]) => void;
  report: (error: unknown) => void;
};

type RoomTab = { id: string; label: string; icon: PanelTabIconName; count?: number; content: ReactNode };

export type RoomTools = {
  /** The side panel's "Room" tab, and "From the room" while a room is open or ideas wait. */
  tabs: RoomTab[];
  /** For the Vote tab: how many phones have voted and are done in the vote open on this map (counts only). */
  voteProgress: ReactNode;
  /** Drawn on the canvas: reads where on the map an idea is dropped. */
  overlay: ReactNode;
  /** For the stage around the canvas: ideas dragged from the inbox are dropped there. */
  dropTarget: {
    'data-dropping': boolean;
    onDragOver: (event: DragEvent) => void;
    onDragLeave: () => void;
    onDrop: (event: DragEvent) => void;
  };
};

/** The room's tools around an open map: the panel tabs, and dropping ideas from the inbox onto the canvas. */
export function useRoomTools({ workshopId, mapId, editor, viewCentre, onParked, report }: RoomToolsOptions): RoomTools {
  const room = useRoom(workshopId, report);
  const roomIdeas = useRoomIdeas({ workshopId, mapId, editor, viewCentre, onParked, report });
  const progress = useVoteProgress(workshopId, room.isThisWorkshops ? mapId : null);
  const mapPointAt = useRef<MapPointAt | null>(null);
  const [dropping, setDropping] = useState(false);
  const newIdeas = roomIdeas.ideas?.filter((idea) => idea.state === 'new').length ?? 0;
  const ideaMode = room.status?.open && room.isThisWorkshops ? room.status.ideaMode : null;
  const carriesIdea = (event: DragEvent) => event.dataTransfer.types.includes(IDEA_DRAG_TYPE);

  const inboxTab = {
    id: 'room-ideas',
    label: uiText('room:tabs.fromRoom'),
    icon: 'room-ideas',
    count: newIdeas,
    content: <RoomInbox roomIdeas={roomIdeas} ideaMode={ideaMode} />,
  } satisfies RoomTab;
  // The inbox has nothing to show before a room opens or an idea waits, and an empty tab costs a row of the side panel.
  const showInbox = ideaMode !== null || (roomIdeas.ideas?.length ?? 0) > 0;

  return {
    tabs: [
      {
        id: 'room',
        label: uiText('room:tabs.room'),
        icon: 'room',
        count: room.isThisWorkshops && room.status?.open ? room.status.counts.connected : 0,
        content: <RoomPanel room={room} progress={progress} />,
      },
      ...(showInbox ? [inboxTab] : []),
    ],
    voteProgress: progress && (
      <p className="room-progress room-progress-vote" aria-live="polite" data-testid="vote-tab-room-progress">
        {uiText('room:panel.fromPhones', { voted: progress.votedCount, done: progress.doneCount })}
      </p>
    ),
    overlay: <MapPointProbe probe={mapPointAt} />,
    dropTarget: {
      'data-dropping': dropping,
      onDragOver(event) {
        if (!carriesIdea(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDropping(true);
      },
      onDragLeave: () => setDropping(false),
      onDrop(event) {
        setDropping(false);
        const ideaId = event.dataTransfer.getData(IDEA_DRAG_TYPE);
        if (!ideaId) return;
        event.preventDefault();
        roomIdeas.place(ideaId, mapPointAt.current?.(event.clientX, event.clientY) ?? undefined);
      },
    },
  };
}
