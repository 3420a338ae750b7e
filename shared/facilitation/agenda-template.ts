import type { AgendaItemDetails } from './agenda';

/**
 * A typical one-day value stream mapping workshop (after Rother & Shook and Martin & Osterling):
 * about seven hours of activities with lunch, which a facilitator trims to the room.
 */
export const VSM_DAY_TEMPLATE: readonly AgendaItemDetails[] = [
  {
    title: 'Kick-off',
    plannedMinutes: 30,
    notes: 'Introductions, the sponsor’s why, scope (first and last step, the customer), ground rules.',
  },
  {
    title: 'Walk the process (gemba)',
    plannedMinutes: 60,
    notes: 'Follow one item from the customer backwards; note times, queues, hand-offs and rework.',
  },
  {
    title: 'Map the current state',
    plannedMinutes: 90,
    notes: 'Process steps with their data, inventory and waits, information flows, the timeline.',
  },
  { title: 'Lunch', plannedMinutes: 45, notes: '' },
  {
    title: 'Find the waste and vote',
    plannedMinutes: 45,
    notes: 'Kaizen bursts and sticky notes on the waste; dot vote on what hurts most.',
  },
  {
    title: 'Design the future state',
    plannedMinutes: 90,
    notes: 'Takt, flow, pull, pacemaker; the future-state map and its timeline.',
  },
  {
    title: 'Plan actions',
    plannedMinutes: 45,
    notes: 'Owners, dates and the first experiment for the top-voted problems.',
  },
  { title: 'Close', plannedMinutes: 15, notes: 'Recap, parking lot, feedback, next steps and the report.' },
];
