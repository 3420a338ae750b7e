import type { ConnectorKind } from '../../../shared/model/connector';
import type { NodeKind } from '../../../shared/model/node-kinds';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import { NODE_KIND_VIEWS } from '../../canvas/shapes/node-kind-views';

/** Small drawings of the notation for the palette, matching the canvas symbols. */
const INK = '#1b1f24';

function connectorGlyph(kind: ConnectorKind) {
  switch (kind) {
    case 'push':
      return (
        <>
          <path d="M2 12 H22 V20 H2 Z" fill="#fff" stroke={INK} strokeWidth="1.5" />
          <path d="M2 12 H7 V20 H2 Z M12 12 H17 V20 H12 Z" fill={INK} />
          <path d="M22 8 L30 16 L22 24 Z" fill="#fff" stroke={INK} strokeWidth="1.5" strokeLinejoin="round" />
        </>
      );
    case 'pull':
      return (
        <>
          <path d="M5 22 Q16 4 25 18" fill="none" stroke={INK} strokeWidth="2.5" />
          <path d="M29 24 L21 20 L27 14 Z" fill={INK} />
        </>
      );
    case 'fifo':
      return (
        <>
          <path d="M2 16 H24" stroke={INK} strokeWidth="2.5" />
          <path d="M30 16 L22 11 L22 21 Z" fill={INK} />
          <rect x="6" y="10" width="14" height="12" fill="#fff" stroke={INK} strokeWidth="1" />
          <text x="13" y="19" textAnchor="middle" fontSize="6" fontWeight="700" fill={INK}>
            FIFO
          </text>
        </>
      );
    case 'electronic-info':
      return (
        <>
          <path d="M2 16 H12 L17 8 L15 24 L20 16 H24" fill="none" stroke={INK} strokeWidth="2" strokeLinejoin="round" />
          <path d="M30 16 L23 12 L23 20 Z" fill={INK} />
        </>
      );
    case 'manual-info':
      return (
        <>
          <path d="M2 16 H24" stroke={INK} strokeWidth="2" />
          <path d="M30 16 L23 12 L23 20 Z" fill={INK} />
        </>
      );
    default:
      return exhaustiveSwitchError(kind, 'connector kind');
  }
}

export function NodeKindIcon({ kind }: { kind: NodeKind }) {
  return (
    <svg className="palette-icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
      {NODE_KIND_VIEWS[kind].icon}
    </svg>
  );
}

export function ConnectorKindIcon({ kind }: { kind: ConnectorKind }) {
  return (
    <svg className="palette-icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
      {connectorGlyph(kind)}
    </svg>
  );
}
