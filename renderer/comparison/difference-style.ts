import type { StepMarkKind } from '../../shared/comparison/step-marks';

/**
 * How each kind of difference looks: a colour that holds up on a washed-out projector, beside its
 * word in the comparison catalogue (`marks`), so that the overlay never relies on colour alone.
 */
export const MARK_STYLE: Readonly<Record<StepMarkKind, { color: string }>> = {
  removed: { color: '#57606a' },
  added: { color: '#1a7f37' },
  changed: { color: '#b35900' },
  merged: { color: '#7c3aed' },
  split: { color: '#0550ae' },
};
