import { memo } from 'react';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import { FactoryShape } from './FactoryShape';
import { FifoLaneShape } from './FifoLaneShape';
import { GoSeeShape } from './GoSeeShape';
import { InventoryShape } from './InventoryShape';
import { KaizenBurstShape } from './KaizenBurstShape';
import { OperatorShape } from './OperatorShape';
import { ProcessShape } from './ProcessShape';
import { ProductionControlShape } from './ProductionControlShape';
import { SafetyBufferShape } from './SafetyBufferShape';
import type { ShapeProps } from './shape-props';
import { StickyNoteShape } from './StickyNoteShape';
import { SupermarketShape } from './SupermarketShape';
import { TextShape } from './TextShape';
import { TruckShape } from './TruckShape';

/** Draws a node as its notation symbol; adding a kind fails to compile here until it has one. */
export const NodeShape = memo(function NodeShape(props: ShapeProps) {
  const { node } = props;
  switch (node.kind) {
    case 'process':
      return <ProcessShape {...props} node={node} />;
    case 'inventory':
      return <InventoryShape {...props} />;
    case 'supermarket':
      return <SupermarketShape {...props} />;
    case 'fifo-lane':
      return <FifoLaneShape {...props} />;
    case 'safety-buffer':
      return <SafetyBufferShape {...props} />;
    case 'shipment':
      return <TruckShape {...props} />;
    case 'supplier':
    case 'customer':
    case 'outside-source':
      return <FactoryShape {...props} />;
    case 'production-control':
      return <ProductionControlShape {...props} />;
    case 'operator':
      return <OperatorShape {...props} />;
    case 'kaizen-burst':
      return <KaizenBurstShape {...props} />;
    case 'go-see':
      return <GoSeeShape {...props} />;
    case 'sticky-note':
      return <StickyNoteShape {...props} />;
    case 'text':
      return <TextShape {...props} />;
    default:
      return exhaustiveSwitchError(node, 'node kind');
  }
});
