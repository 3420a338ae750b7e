/**
 * The import rules of the code base, checked by `npm run lint:deps` (part of `npm test`).
 *
 * The folders are the layers: `shared/` is pure domain code that runs anywhere (zod, pure-rand and i18next only);
 * `renderer/` reaches main only through the API contract in `shared/api`; only the Electron
 * shell (`main/electron/shell.ts`, `preload.ts`) imports electron, and no test does (its first
 * require downloads a binary). Inside `shared/`, folders form layers too: a folder imports only
 * folders on a lower line of SHARED_LAYERS. No folder anywhere imports a folder that imports it.
 */

/** Lowest first. A new folder in shared/ goes on the lowest line above everything it imports. */
const SHARED_LAYERS = [
  ['util', 'actions'],
  ['i18n'],
  ['locale'],
  ['model'],
  ['geometry', 'vsm'],
  ['comparison', 'editing', 'event-log', 'facilitation', 'flow', 'future-state'],
  ['action-plan', 'room', 'sync'],
  ['workshop-file'],
  ['report'],
  ['api', 'desktop', 'export'],
];

const ELECTRON = '^electron$|(^|/)node_modules/electron/';

const anyOf = (folders) => `^shared/(${folders.join('|')})/`;

function sharedOrderRules() {
  return SHARED_LAYERS.map((line, index) => ({
    name: `shared-order-${line.join('-')}`,
    comment: `shared/${line.join(', shared/')} may import only shared folders on a lower line of SHARED_LAYERS`,
    severity: 'error',
    from: { path: anyOf(line) },
    to: { path: anyOf(SHARED_LAYERS.slice(index).flat()), pathNot: '^shared/$1/' },
  }));
}

module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ imports only shared/ and its pure packages (zod, pure-rand, i18next): no Node, no Electron, no React, no main/ or renderer/',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '(^|/)node_modules/(zod|pure-rand|i18next)/'] },
    },
    {
      name: 'shared-folder-ranked',
      comment: 'every folder in shared/ has its line in SHARED_LAYERS (.dependency-cruiser.cjs)',
      severity: 'error',
      from: { path: '^shared/[^/]+/', pathNot: anyOf(SHARED_LAYERS.flat()) },
      to: {},
    },
    ...sharedOrderRules(),
    {
      name: 'renderer-not-main',
      comment: 'renderer/ reaches main only through the API in shared/api',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'renderer-not-node',
      comment: 'renderer/ runs in a sandboxed page: no Node built-ins, no Electron, no SQLite',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-host-packages',
      comment: 'renderer/ runs in a sandboxed page: no Electron, no SQLite',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: [ELECTRON, '(^|/)node_modules/better-sqlite3/'] },
    },
    {
      name: 'main-not-renderer',
      comment: 'main/ never imports renderer/',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'only-shell-imports-electron',
      comment: 'only main/electron/shell.ts and preload.ts import electron; no test does (its first require downloads a binary)',
      severity: 'error',
      from: { pathNot: '^main/electron/(shell|preload)\\.ts$' },
      to: { path: ELECTRON },
    },
    {
      name: 'no-folder-cycles',
      comment: 'no two folders import each other, directly or round a longer loop',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(shared|main|renderer|tests|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'every relative import names a file that exists',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
