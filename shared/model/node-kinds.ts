/** The node kinds: one per entry of NODE_KIND_SPECS, where what each kind is lives. */
export { NODE_KINDS, type NodeKind } from './node-kind-specs';
