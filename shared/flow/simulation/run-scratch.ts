/**
 * Typed arrays a run works in, kept from one run to the next: a Monte-Carlo of a thousand runs
 * allocates them once instead of a thousand times (collecting them was a tenth of a run's CPU
 * time). A slot is one array; asking for it gives that array, grown when too short, holding
 * whatever the last run left in it, so a run writes every value it reads.
 */
export class RunScratch {
  private readonly floatSlots: Float64Array[] = [];
  private readonly intSlots: Int32Array[] = [];

  floats(slot: number, length: number): Float64Array {
    const held = this.floatSlots[slot];
    if (held && held.length >= length) return held;
    const made = new Float64Array(Math.max(length, 2 * (held?.length ?? 0)));
    this.floatSlots[slot] = made;
    return made;
  }

  ints(slot: number, length: number): Int32Array {
    const held = this.intSlots[slot];
    if (held && held.length >= length) return held;
    const made = new Int32Array(Math.max(length, 2 * (held?.length ?? 0)));
    this.intSlots[slot] = made;
    return made;
  }

  /** The slot's floats grown to twice their length, the first `keep` of them kept. */
  grownFloats(slot: number, keep: number): Float64Array {
    const held = this.floats(slot, 1);
    const made = new Float64Array(2 * held.length);
    made.set(held.subarray(0, keep));
    this.floatSlots[slot] = made;
    return made;
  }
}
