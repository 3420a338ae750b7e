/** renderer/flow: the flow simulation panel. English is the reference every other language must match. */
export const flow = {
  run: {
    throughput: 'Throughput',
    perDay: '{{made}} a day against demand of {{demand}}',
    leadTime: 'Lead time P50 · P85 · P95',
    nothingThrough: 'no item got through',
    constraint: 'Constraint',
    constraintLoad: '{{label}} (load {{load}})',
    growing: 'Growing without bound',
    noQueue: 'no queue',
    queueBefore: 'the queue before {{label}}',
  },
  bars: { step: 'Step', working: 'Working', load: 'Load', loadTitle: 'Work offered against capacity; above 100 % the step cannot keep up' },
  wip: {
    label_one: 'Work in process before each step over {{count}} day',
    label_other: 'Work in process before each step over {{count}} days',
    before: 'before {{label}}',
    growing: ' (growing)',
  },
  range: {
    label: 'Lead-time ranges on one scale',
    span: '{{name}} — {{from}} to {{to}}',
    none: '{{name}} — no range',
  },
} as const;
