import { at, type FlowGraph } from './flow-graph';

/**
 * How often an item passes each stop of the critical path once rework is counted. An item moves
 * along the path; at a stop with rated rework arrows back to earlier stops (or to itself) it goes
 * back along each with that arrow's rate, and on otherwise. That is an absorbing Markov chain
 * whose transient states are the stops, so the expected visits are the first row of its
 * fundamental matrix N = (I − Q)⁻¹: one loop with rate p gives 1 / (1 − p) to each of its stops;
 * nested and overlapping loops are solved together. Rework arrows whose ends are not both on the
 * critical path do not change the path's figures (the figures follow that path), and arrows
 * without a rate send nothing back.
 *
 * Stops outside every rated loop are visited exactly once, so only the spans that rated loops
 * cover (overlapping spans merged) are solved, each as its own chain entered at its first stop:
 * a map of thousands of steps with one small loop solves a system of that loop's size.
 */
export type ReworkVisits =
  | { ok: true; visits: Float64Array }
  /** The rates sent back from one stop add up to 100 % or more: an item would never leave. */
  | { ok: false; endlessVertex: number };

type Jump = { from: number; to: number; share: number };

export function reworkVisits(graph: FlowGraph, closing: Uint8Array, path: Int32Array): ReworkVisits {
  // By vertex, its stop on the path, or -1 off it.
  const position = new Int32Array(graph.nodes.length).fill(-1);
  path.forEach((vertex, index) => (position[vertex] = index));
  const jumps: Jump[] = [];
  closing.forEach((isClosing, edge) => {
    const share = graph.edgeReworkShare[edge] ?? 0;
    if (isClosing === 0 || share <= 0) return;
    const from = at(position, at(graph.edgeFrom, edge));
    const to = at(position, at(graph.edgeTo, edge));
    if (from !== -1 && to !== -1 && to <= from) jumps.push({ from, to, share });
  });

  const sentBack = new Float64Array(path.length);
  for (const jump of jumps) sentBack[jump.from] = (sentBack[jump.from] ?? 0) + jump.share;
  // A loop, not findIndex: its callback would box each of thousands of shares.
  for (let stop = 0; stop < path.length; stop += 1) if ((sentBack[stop] ?? 0) >= 1) return { ok: false, endlessVertex: at(path, stop) };

  const visits = new Float64Array(path.length).fill(1);
  for (const span of mergedSpans(jumps)) {
    const solved = spanVisits(span, jumps, sentBack);
    visits.set(solved, span.start);
  }
  return { ok: true, visits };
}

type Span = { start: number; end: number };

function mergedSpans(jumps: readonly Jump[]): Span[] {
  const sorted = jumps.map((jump) => ({ start: jump.to, end: jump.from })).sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const span of sorted) {
    const last = spans[spans.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans.push({ ...span });
  }
  return spans;
}

/**
 * Solves x (I − Q) = e₀ for the chain of one span, where Q moves on by 1 − (rates sent back)
 * and back along each jump; x is row 0 of the fundamental matrix. Gaussian elimination with
 * partial pivoting on the transposed system.
 */
function spanVisits(span: Span, jumps: readonly Jump[], sentBack: Float64Array): Float64Array {
  const size = span.end - span.start + 1;
  const matrix = Array.from({ length: size }, () => new Float64Array(size + 1));
  const cell = (row: number, column: number, add: number) => {
    const line = matrix[row];
    if (line) line[column] = (line[column] ?? 0) + add;
  };
  for (let i = 0; i < size; i += 1) cell(i, i, 1);
  cell(0, size, 1);
  for (let i = 0; i + 1 < size; i += 1) cell(i + 1, i, -(1 - (sentBack[span.start + i] ?? 0)));
  for (const jump of jumps) {
    if (jump.to >= span.start && jump.from <= span.end) cell(jump.to - span.start, jump.from - span.start, -jump.share);
  }
  return solve(matrix, size);
}

function solve(matrix: Float64Array[], size: number): Float64Array {
  const row = (index: number): Float64Array => {
    const line = matrix[index];
    if (!line) throw new RangeError(`Rework system row ${index} is out of range`);
    return line;
  };
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let r = column + 1; r < size; r += 1) if (Math.abs(row(r)[column] ?? 0) > Math.abs(row(pivot)[column] ?? 0)) pivot = r;
    [matrix[column], matrix[pivot]] = [row(pivot), row(column)];
    const lead = row(column);
    const divisor = lead[column] ?? 1;
    for (let r = 0; r < size; r += 1) {
      if (r === column) continue;
      const target = row(r);
      const factor = (target[column] ?? 0) / divisor;
      if (factor === 0) continue;
      for (let c = column; c <= size; c += 1) target[c] = (target[c] ?? 0) - factor * (lead[c] ?? 0);
    }
  }
  return Float64Array.from({ length: size }, (_, i) => (row(i)[size] ?? 0) / (row(i)[i] ?? 1));
}
