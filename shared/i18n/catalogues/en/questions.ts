/** The eight future-state questions of Learning to See, each with a hint. English is the reference every other language must match. */
export const questions = {
  takt: {
    title: 'What is the takt time?',
    hint: 'Available working time per day divided by customer demand per day: the pace the customer sets.',
  },
  finishedGoods: {
    title: 'Build to a finished-goods supermarket, or ship directly?',
    hint: 'Does the customer pull from a supermarket of finished goods, or does the last step build to order straight into shipping?',
  },
  continuousFlow: {
    title: 'Where can continuous flow be used?',
    hint: 'Which steps can be joined so that work moves one piece at a time, with no inventory between them?',
  },
  supermarketPull: {
    title: 'Where are supermarket pull systems needed?',
    hint: 'Where flow must break (changeovers, distant or shared processes), which supermarkets control what upstream makes?',
  },
  pacemaker: {
    title: 'Which single process is the pacemaker?',
    hint: 'The one point that gets the customer schedule; everything after it flows, everything before it is pulled.',
  },
  levelMix: {
    title: 'How will the production mix be levelled at the pacemaker?',
    hint: 'Spread the different products evenly over the day instead of batching them: how, and with what (a levelling box)?',
  },
  levelVolume: {
    title: 'What increment of work is released and taken away at the pacemaker?',
    hint: 'The pitch: a consistent, small amount of work (a pack-out quantity times takt) released and withdrawn at regular intervals.',
  },
  processImprovements: {
    title: 'What process improvements are needed?',
    hint: 'Changeover, uptime, quality, work content: what must improve for the value stream to flow as designed? Mark each with a kaizen burst.',
  },
} as const;
