import { uiText } from '../../ui-text/ui-text';
import type { ComponentType, ReactNode } from 'react';
import type { NodeKind } from '../../../shared/model/node-kinds';
import { FactoryShape } from './FactoryShape';
import { FifoLaneShape } from './FifoLaneShape';
import { GoSeeShape } from './GoSeeShape';
import { InventoryShape } from './InventoryShape';
import { KaizenBurstShape } from './KaizenBurstShape';
import * as icons from './node-kind-icons';
import { OperatorShape } from './OperatorShape';
import { ProcessShape } from './ProcessShape';
import { ProductionControlShape } from './ProductionControlShape';
import { SafetyBufferShape } from './SafetyBufferShape';
import type { KindShapeProps } from './shape-props';
import { StickyNoteShape } from './StickyNoteShape';
import { SupermarketShape } from './SupermarketShape';
import { TextShape } from './TextShape';
import { burstText, captionText, factoryText, freeText, labelText, noteText, titleText, truckText, type TextLayout } from './text-layout';
import { TruckShape } from './TruckShape';

/** What each kind is called on screen (the palette, the inspector, the list read to screen readers), in the app's language. */
export function kindLabel(kind: NodeKind): string {
  return uiText(`canvas:kinds.${kind}`);
}

/** The caption a node of this kind shows while it has no text of its own, in the app's language; empty for kinds without one. */
export function captionOf(kind: NodeKind): string {
  const { caption } = NODE_KIND_VIEWS[kind];
  return caption ? uiText(`canvas:captions.${caption}`) : '';
}

export const PALETTE_SECTION_TITLES = ['Material flow', 'Information', 'Workshop'] as const;

/**
 * How each kind of node looks, in one table beside the shared NODE_KIND_SPECS (what each kind
 * is): its shape on the canvas, its icon in the palette and the inspector, the caption it shows
 * when it has no text, where its text sits, and the palette section it is listed in. The table
 * is in palette order. Adding a kind fails to compile here until it has its entry.
 */
type NodeKindView = {
  Shape: ComponentType<KindShapeProps>;
  icon: ReactNode;
  /** The canvas catalogue's caption, shown while the node has no text of its own. */
  caption: CaptionKey | null;
  text: TextLayout;
  palette: (typeof PALETTE_SECTION_TITLES)[number];
};

export type CaptionKey = 'process' | 'supplier' | 'customer' | 'outsideSource' | 'shipment' | 'productionControl' | 'kaizen';

const symbol = { caption: null, text: captionText, palette: 'Material flow' } as const;

export const NODE_KIND_VIEWS = {
  process: { Shape: ProcessShape, icon: icons.processIcon, caption: 'process', text: titleText, palette: 'Material flow' },
  inventory: { Shape: InventoryShape, icon: icons.inventoryIcon, ...symbol },
  supplier: { Shape: FactoryShape, icon: icons.factoryIcon, caption: 'supplier', text: factoryText, palette: 'Material flow' },
  customer: { Shape: FactoryShape, icon: icons.factoryIcon, caption: 'customer', text: factoryText, palette: 'Material flow' },
  'outside-source': { Shape: FactoryShape, icon: icons.factoryIcon, caption: 'outsideSource', text: factoryText, palette: 'Material flow' },
  shipment: { Shape: TruckShape, icon: icons.truckIcon, caption: 'shipment', text: truckText, palette: 'Material flow' },
  supermarket: { Shape: SupermarketShape, icon: icons.supermarketIcon, ...symbol },
  'fifo-lane': { Shape: FifoLaneShape, icon: icons.fifoLaneIcon, ...symbol },
  'safety-buffer': { Shape: SafetyBufferShape, icon: icons.safetyBufferIcon, ...symbol },
  'production-control': {
    Shape: ProductionControlShape,
    icon: icons.productionControlIcon,
    caption: 'productionControl',
    text: labelText,
    palette: 'Information',
  },
  operator: { Shape: OperatorShape, icon: icons.operatorIcon, ...symbol, palette: 'Information' },
  'go-see': { Shape: GoSeeShape, icon: icons.goSeeIcon, ...symbol, palette: 'Information' },
  'kaizen-burst': { Shape: KaizenBurstShape, icon: icons.kaizenBurstIcon, caption: 'kaizen', text: burstText, palette: 'Workshop' },
  'sticky-note': { Shape: StickyNoteShape, icon: icons.stickyNoteIcon, caption: null, text: noteText, palette: 'Workshop' },
  text: { Shape: TextShape, icon: icons.textIcon, caption: null, text: freeText, palette: 'Workshop' },
} satisfies Record<NodeKind, NodeKindView>;
