/** renderer/map/inspector: the inspector beside the map. English is the reference every other language must match. */
export const inspector = {
  label: 'Inspector',
  show: 'Show the inspector',
  showTitle: 'Show the inspector: data, settings, arrow kinds',
  hide: 'Hide the inspector',
  hideTitle: 'Hide the inspector to give the map more room',
  findings: 'Findings',
  locked: {
    presenting: 'Presenting: the map cannot be changed.',
    votingTurn: 'Locked while someone votes: only dots can be placed. It unlocks when the turn ends.',
    readOnly: 'This map is read-only here.',
  },
  edits: {
    data: 'Edit data',
    text: 'Edit text',
    colour: 'Colour',
    waste: 'Waste',
    label: 'Edit label',
    arrowKind: 'Arrow kind',
    reworkRate: 'Rework rate',
    reverse: 'Reverse arrow',
    settings: 'Map settings',
  },
  node: {
    processName: 'Process name',
    text: 'Text',
    noteColour: 'Note colour',
    colour: 'Colour',
    waste: 'Waste',
    noWaste: 'None',
  },
  connector: {
    heading: '{{name}} arrow',
    fromTo: 'From “{{from}}” to “{{to}}”',
    kindLabel: 'Arrow kind',
    kind: 'Kind',
    label: 'Label',
    labelPlaceholder: 'e.g. Weekly schedule',
    reverse: '⇄ Reverse',
    delete: 'Delete arrow',
  },
  settings: {
    heading: 'Map settings',
    intro: 'Customer demand and working time set takt time and turn inventory counts into days.',
    useBoxesDay: 'Use {{time}} a day from the data boxes',
    dailyDemand: 'Daily demand',
    taktTime: 'Takt time',
    unmappedWaiting: 'Unmapped waiting',
    unmappedWaitingTitle: 'Measured lead time less the lead time the map adds up to',
  },
  figures: {
    label: 'Figures',
    processTime: 'Counted process time',
    leadTime: 'Counted lead time',
    waitingShare: 'Share of lead time waiting',
    passes: 'Passes with rework',
    taktRatio: 'Cycle time against takt',
    criticalPath: 'On the critical path',
    yes: 'Yes',
    no: 'No',
    waitTime: 'Waiting time',
    fromQuantity: '{{time}} (from quantity and demand)',
  },
  selection: {
    nodes_one: '{{count, number}} node',
    nodes_other: '{{count, number}} nodes',
    arrows_one: '{{count, number}} arrow',
    arrows_other: '{{count, number}} arrows',
    one: '{{things}} selected',
    both: '{{nodes}} and {{arrows}} selected',
    connect: 'Connect in order',
    delete: 'Delete',
  },
  fields: {
    cycleTime: {
      label: 'Cycle time (C/T)',
    },
    cycleTimeMin: {
      label: 'C/T at best',
      hint: 'With “at worst”, the range the simulation draws from',
    },
    cycleTimeMax: {
      label: 'C/T at worst',
    },
    changeoverTime: {
      label: 'Changeover (C/O)',
    },
    uptime: {
      label: 'Uptime',
    },
    processTime: {
      label: 'Process time (P/T)',
    },
    leadTime: {
      label: 'Lead time (L/T)',
    },
    percentCompleteAccurate: {
      label: '%C&A',
      hint: 'Share of work the next step can use as it comes',
    },
    batchSize: {
      label: 'Batch size',
    },
    operators: {
      label: 'Operators',
    },
    shifts: {
      label: 'Shifts',
    },
    availableTimePerShift: {
      label: 'Available time per shift',
    },
    quantity: {
      label: 'Quantity',
      fifoLabel: 'Maximum in lane',
    },
    unit: {
      label: 'Unit',
      hint: 'pcs, orders, files…',
    },
    waitTime: {
      label: 'Wait time',
      hint: 'Leave empty to work it out from quantity and demand',
    },
    waitTimeMin: {
      label: 'Wait at best',
    },
    waitTimeMax: {
      label: 'Wait at worst',
      hint: 'The range the simulation draws the wait from',
    },
    frequency: {
      label: 'Frequency',
      hint: 'e.g. 2× week, daily',
    },
    demandPerPeriod: {
      label: 'Customer demand per period',
    },
    demandUnit: {
      label: 'Unit of demand',
      hint: 'pcs, orders, claims…',
    },
    workingDaysPerPeriod: {
      label: 'Working days per period',
    },
    workingTimePerDay: {
      label: 'Available working time per day',
      hint: 'After breaks; also the length of a “day” on this map',
    },
    measuredLeadTime: {
      label: 'Measured lead time',
      hint: 'From order and delivery data; the gap to the mapped lead time is unmapped waiting',
    },
    reworkRate: {
      label: 'Sent back for rework',
      hint: 'Share of the items that go back along this arrow; the figures with rework count their passes',
    },
    bareDays: 'A number alone is working days.',
    bareSeconds: 'A number alone is seconds.',
    placeholders: {
      work: 'e.g. 45 (s), 10 min',
      shift: 'e.g. 27600 (s), 7 h 40 min',
      wait: 'e.g. 2 (days), 4 h',
    },
    percentSlip: 'Read as {{value}} %, less than one percent. For {{meant}} %, type {{meant}}.',
  },
  fieldError: '{{label}} {{message}}',
} as const;
