/**
 * Words the app writes into a workshop: the agenda template, the default vote question and the
 * worked examples a map can start from. They are inserted in the workshop's language and are
 * the room's data from then on, never translated again. An example's texts are keyed by the id
 * of the node or connector they belong to (`shared/vsm/examples`); a figure in a text is
 * written as the language writes it.
 */
export const content = {
  agenda: {
    kickOff: {
      title: 'Kick-off',
      notes: 'Introductions, the sponsor’s why, scope (first and last step, the customer), ground rules.',
    },
    gemba: {
      title: 'Walk the process (gemba)',
      notes: 'Follow one item from the customer backwards; note times, queues, hand-offs and rework.',
    },
    currentState: {
      title: 'Map the current state',
      notes: 'Process steps with their data, inventory and waits, information flows, the timeline.',
    },
    lunch: { title: 'Lunch' },
    waste: {
      title: 'Find the waste and vote',
      notes: 'Kaizen bursts and sticky notes on the waste; dot vote on what hurts most.',
    },
    futureState: {
      title: 'Design the future state',
      notes: 'Takt, flow, pull, pacemaker; the future-state map and its timeline.',
    },
    actions: {
      title: 'Plan actions',
      notes: 'Owners, dates and the first experiment for the top-voted problems.',
    },
    close: { title: 'Close', notes: 'Recap, parking lot, feedback, next steps and the report.' },
  },
  vote: {
    title: 'Biggest problems',
  },
  measured: {
    cases_one: '{{cases}} case',
    cases_other: '{{cases}} cases',
    events_one: '{{events}} event',
    events_other: '{{events}} events',
    wait: 'Wait',
    waitP85: 'Wait, P85 {{time}}',
    rework: 'Rework {{percent}} %',
    stepCases: '{{cases}} · median / P85',
    work: 'Work {{median}} / {{p85}}',
    waitFigures: 'Wait {{median}} / {{p85}}',
    reworkShare: 'Rework {{percent}} % of cases',
    note: 'Measured from {{file}}, {{from}} to {{to}}: {{cases}}.',
    noteLeadTime: 'Lead time per case: median {{median}}, P85 {{p85}}, longest {{longest}}.',
    noteFigures: 'Under each step: its median time / 85th percentile (P85).',
    folded: 'Folded into waits: {{activities}}',
    sourceOneDay: 'Measured from the event log {{file}}: {{cases}}, {{events}} on {{day}}.',
    sourceDays: 'Measured from the event log {{file}}: {{cases}}, {{events}} from {{from}} to {{to}}.',
    leadTime: 'Lead time per case: median {{median}}, 85 % within {{p85}}, 95 % within {{p95}}, longest {{longest}}.',
  },
  examples: {
    'learning-to-see': {
      units: { pcs: 'pcs' },
      nodes: {
        'acme-stamping': 'Stamping\n200-t press',
        'acme-weld-1': 'S. Weld #1',
        'acme-weld-2': 'S. Weld #2',
        'acme-assembly-1': 'Assembly #1',
        'acme-assembly-2': 'Assembly #2',
        'acme-inv-stamped': 'Stampings\n4,600 L · 2,400 R',
        'acme-inv-weld-1': 'After weld #1\n1,100 L · 600 R',
        'acme-inv-weld-2': 'After weld #2\n1,600 L · 850 R',
        'acme-inv-assembly-1': 'After assembly #1\n1,200 L · 640 R',
        'acme-inv-staging': 'Shipping staging\n2,700 L · 1,440 R',
        'acme-shipping': 'Shipping\nStaging',
        'acme-coils': 'Coils\n5 days',
        'acme-supplier': 'Michigan Steel Co.\n500-ft coils',
        'acme-control': 'Production Control\nMRP',
        'acme-customer': 'State Street\nAssembly\n18,400 pcs/month',
        'acme-truck-in': 'Tues. + Thurs.',
        'acme-truck-out': '1x daily',
      },
      frequencies: {
        'acme-truck-in': '2× week',
        'acme-truck-out': 'daily',
      },
      connectors: {
        'acme-i01': '90/60/30-day forecasts · daily order',
        'acme-i02': '6-week forecast · weekly fax',
        'acme-i03': 'Weekly schedule',
        'acme-i04': 'Weekly schedule',
        'acme-i05': 'Weekly schedule',
        'acme-i06': 'Weekly schedule',
        'acme-i07': 'Weekly schedule',
        'acme-i08': 'Daily ship schedule',
      },
    },
    office: {
      units: { orders: 'orders' },
      nodes: {
        'office-requests': 'Order requests\ne-mail, web shop, phone',
        'office-erp': 'Order management\nERP',
        'office-customer': 'Customer\n200 orders/month',
        'office-entry': 'Order entry',
        'office-credit': 'Credit check',
        'office-review': 'Engineering review',
        'office-scheduling': 'Scheduling',
        'office-invoicing': 'Invoicing',
        'office-note-rework': 'Review sends 3 in 10 orders back for missing specs',
      },
      frequencies: {},
      connectors: {
        'office-i1': 'ERP',
        'office-i2': 'ERP',
        'office-i3': 'ERP',
        'office-i4': 'ERP',
      },
    },
  },
} as const;
