import type { StepMarkKind } from '../../shared/comparison/step-marks';

/**
 * How each kind of difference looks: a colour that holds up on a washed-out projector and a word,
 * so that the overlay never relies on colour alone.
 */
export const MARK_STYLE: Readonly<Record<StepMarkKind, { color: string; word: string }>> = {
  removed: { color: '#57606a', word: 'Removed' },
  added: { color: '#1a7f37', word: 'New' },
  changed: { color: '#b35900', word: 'Changed' },
  merged: { color: '#7c3aed', word: 'Merged' },
  split: { color: '#0550ae', word: 'Split' },
};
