/** renderer/map-actions: every action’s label and description. English is the reference every other language must match. */
export const mapActions = {
  actions: {
    'add-note': {
      label: 'Add a sticky note',
      description: 'Add a sticky note, at the pointer',
    },
    'add-process': {
      label: 'Add a process box',
      description: 'Add a process box, at the pointer',
    },
    'add-inventory': {
      label: 'Add an inventory triangle',
      description: 'Add an inventory triangle, at the pointer',
    },
    'add-kaizen-burst': {
      label: 'Add a kaizen burst',
      description: 'Add a kaizen burst, at the pointer',
    },
    'add-text': {
      label: 'Add free text (an annotation)',
      description: 'Add free text (an annotation), at the pointer',
    },
    'add-node': {
      label: 'Add a symbol',
      description: 'Add the symbol clicked in the palette (or dragged onto the map)',
    },
    'start-from-example': {
      label: 'Start from an example',
      description: 'Fill an empty map with a worked example',
    },
    'select-tool': {
      label: 'Select and move',
      description: 'Select and move tool',
    },
    'connect-tool': {
      label: 'Connect',
      description: 'Connect tool: drag or click from one node to another',
    },
    'pick-connector': {
      label: 'Draw arrows',
      description: 'Pick the kind of arrow the connect tool draws, and take the tool',
    },
    'connect-selected': {
      label: 'Connect in selection order',
      description: 'Connect the selected nodes in the order they were selected',
    },
    'edit-text': {
      label: 'Edit text',
      description: "Edit the selected node's text (Enter again keeps it; Shift+Enter starts a new line)",
    },
    delete: {
      label: 'Delete selected',
      description: 'Delete the selection (the steps on both sides of a deleted inventory stay joined)',
    },
    duplicate: {
      label: 'Duplicate',
      description: 'Duplicate the selection',
    },
    copy: {
      label: 'Copy',
      description: 'Copy the selection',
    },
    cut: {
      label: 'Cut',
      description: 'Cut the selection',
    },
    paste: {
      label: 'Paste',
      description: 'Paste (into this map or another)',
    },
    undo: {
      label: 'Undo',
      description: 'Undo',
    },
    redo: {
      label: 'Redo',
      description: 'Redo',
    },
    'select-all': {
      label: 'Select all',
      description: 'Select everything',
    },
    deselect: {
      label: 'Select nothing',
      description: 'Select nothing; leave the connect tool, a pick on the map or the presentation',
    },
    recolor: {
      label: 'Colour',
      description: 'Give the selected notes a colour',
    },
    'nudge-left': {
      label: 'Move left',
      description: 'Move the selection left (Shift: further); with nothing selected, look left',
    },
    'nudge-right': {
      label: 'Move right',
      description: 'Move the selection right (Shift: further); with nothing selected, look right',
    },
    'nudge-up': {
      label: 'Move up',
      description: 'Move the selection up (Shift: further); with nothing selected, look up',
    },
    'nudge-down': {
      label: 'Move down',
      description: 'Move the selection down (Shift: further); with nothing selected, look down',
    },
    'align-left': {
      label: 'Align left',
      description: 'Align left edges',
    },
    'align-centre': {
      label: 'Align centres',
      description: 'Align centres',
    },
    'align-right': {
      label: 'Align right',
      description: 'Align right edges',
    },
    'align-top': {
      label: 'Align top',
      description: 'Align top edges',
    },
    'align-middle': {
      label: 'Align middles',
      description: 'Align middles',
    },
    'align-bottom': {
      label: 'Align bottom',
      description: 'Align bottom edges',
    },
    'distribute-horizontal': {
      label: 'Distribute horizontally',
      description: 'Space evenly from left to right',
    },
    'distribute-vertical': {
      label: 'Distribute vertically',
      description: 'Space evenly from top to bottom',
    },
    'bring-to-front': {
      label: 'Bring to front',
      description: 'Bring to front',
    },
    'send-to-back': {
      label: 'Send to back',
      description: 'Send to back',
    },
    'toggle-snap': {
      label: 'Snap to grid',
      description: 'Snap to grid on or off (hold Alt while dragging to place freely)',
    },
    merge: {
      label: 'Merge steps',
      description: 'On a future state: merge the selected process steps into one flow cell',
    },
    'timer-toggle': {
      label: 'Start, pause or resume the timer',
      description: 'Start, pause or resume the timer',
    },
    'timer-add-minute': {
      label: 'Add a minute',
      description: 'A minute more',
    },
    'timer-remove-minute': {
      label: 'Remove a minute',
      description: 'A minute less',
    },
    'timer-reset': {
      label: 'Reset timer',
      description: 'Reset the timer',
    },
    'zoom-in': {
      label: 'Zoom in',
      description: 'Zoom in (or Ctrl + mouse wheel, or pinch)',
    },
    'zoom-out': {
      label: 'Zoom out',
      description: 'Zoom out',
    },
    'zoom-reset': {
      label: 'Zoom to 100 %',
      description: 'Zoom to 100 %',
    },
    'zoom-fit': {
      label: 'Zoom to fit',
      description: 'Zoom to fit the whole map',
    },
    'zoom-selection': {
      label: 'Zoom to selection',
      description: 'Zoom to the selection',
    },
    'hold-to-pan': {
      label: 'Pan',
      description: 'Hold and drag to pan (or drag with the middle button, or scroll with two fingers)',
    },
    present: {
      label: 'Present',
      description: 'Present: hide the tools (Esc leaves)',
    },
    shortcuts: {
      label: 'Keyboard shortcuts',
      description: 'Show these shortcuts',
    },
    'open-settings': {
      label: 'Settings…',
      description: 'Open the settings: language, figures and dates, the data folder',
    },
  },
  groups: {
    add: 'Add',
    connect: 'Connect',
    edit: 'Edit',
    arrange: 'Arrange',
    futureState: 'Future state',
    view: 'View',
    timer: 'Timer',
  },
  keyNames: {
    ctrl: 'Ctrl',
    shift: 'Shift',
    alt: 'Alt',
    delete: 'Delete',
    enter: 'Enter',
    space: 'Space',
    esc: 'Esc',
    or: 'or',
  },
  tooltip: '{{label}} ({{keys}})',
  edits: {
    startFromExample: 'Start from example',
    move: 'Move',
    align: 'Align',
    distribute: 'Distribute',
    connect: 'Connect',
    delete: 'Delete',
    duplicate: 'Duplicate',
    colour: 'Colour',
    merge: 'Merge steps',
    add: 'Add',
  },
} as const;
