/** The VSM engine: metric names and the diagnostics that say what stops a figure. English is the reference every other language must match. */
export const vsm = {
  metric: {
    leadTime: 'Lead time',
    processTime: 'Process time',
    expectedLeadTime: 'Lead time with rework',
    expectedProcessTime: 'Process time with rework',
    unmappedWaiting: 'Unmapped waiting',
    activityRatio: 'Activity ratio',
    rolledPercentCompleteAccurate: 'Rolled %C&A',
    totalInventory: 'Total inventory',
    totalOperators: 'Operators',
    taktTime: 'Takt time',
    bottleneckCycleTime: 'Bottleneck cycle time',
    stepsOverTakt: 'Steps slower than takt',
    stepCount: 'Steps',
    handOffs: 'Hand-offs',
    reworkLoops: 'Rework loops',
  },
  stepFigure: {
    cycleTime: 'Cycle time',
    processTime: 'Process time',
    leadTime: 'Lead time',
    percentCompleteAccurate: '%C&A',
    operators: 'Operators',
    taktRatio: 'Cycle time / takt',
  },
  parse: {
    duration: 'must be a duration such as {{examples}}',
    negative: 'must not be a negative time',
    decimalPoint: 'must use a point for decimals, as in {{example}}',
    unknownUnit: 'has an unknown unit {{word}}; use {{units}}',
    unitForEvery: 'must give a unit for every number, such as {{examples}}',
    tooLarge: 'is too large',
    number: 'must be a number',
    or: '{{list}} or {{last}}',
    readAs: 'Read as {{value}}.',
  },
  quoted: '“{{text}}”',
  andMore: '{{list}} and {{count}} more',
  diagnostic: {
    demandNotSet:
      'Customer demand is not set, so takt time cannot be worked out and inventory quantities cannot be turned into days. Enter the demand per period in the map settings.',
    workingDaysNotSet:
      'The number of working days per period is not set, so the daily demand (and with it takt time and inventory days) cannot be worked out.',
    workingTimeNotSet:
      'The available working time per day is not set, so takt time cannot be worked out, and days are counted as 8-hour working days until it is.',
    processTimeMissing: '{{label}} has no process time or cycle time, so its work counts as zero in the totals.',
    leadTimeBelowProcessTime:
      '{{label}} has a lead time shorter than its process time. A step cannot finish before its work is done, so its process time is used as its lead time. Check both figures.',
    overTakt: '{{label}} needs {{cycle}} a piece, more than the takt time of {{takt}}: it cannot keep up with customer demand.',
    percentCompleteAccurateMissing: '%C&A is missing for {{names}}, so the rolled %C&A covers only the steps that have it.',
    stockWithoutData: '{{label}} has neither a quantity nor a wait time, so it adds no time to the lead time.',
    inventoryNeedsDemand:
      "{{label}} holds {{quantity}}, but without the customer's daily demand that cannot be turned into days of waiting. Set the demand and working days, or enter the wait time directly.",
    noMaterialFlow:
      'No push, pull or FIFO arrows join the steps yet, so lead time and process time cannot be added up. Connect the steps in the order the work flows.',
    notOnFlow:
      "{{label}} is not connected to the value stream's material flow, so its time is not in the totals. Join it with a push, pull or FIFO arrow.",
    severalCustomers:
      "The map has {{count}} customers ({{names}}). A value stream map follows one product family to one customer, and takt time uses the map's single demand figure.",
    reworkLoop:
      'Rework loop: {{route}}. The first-pass lead time and process time count each step once; give the rework arrow a rate (the share of items sent back) and the figures with rework count the passes too.',
    reworkNeverEnds:
      'The rework arrows out of {{label}} send 100 % or more of its items back, so no item would ever leave and the lead time with rework cannot be worked out. Lower their rates.',
    mappedAboveMeasured:
      "The map adds up to a lead time of {{mapped}}, more than the {{measured}} measured from order to delivery. Check the inventory counts and waits on the critical path: one may be counted high, or a step's lead time may include a queue drawn before it.",
  },
} as const;
