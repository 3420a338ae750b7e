import { isOverdue, type ActionStatus } from '../action-plan/action-item';
import { translator } from '../i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { nodeLabel } from '../vsm/node-roles';
import type { WorkshopFile } from '../workshop-file/workshop-file-schema';

/**
 * The action plan as rows for the report and the CSV: each action with the step it improves
 * and the burst it came from by their labels (or that the node is gone), in the order of the
 * future-state maps and, within one, the order the actions were made. `today` is YYYY-MM-DD.
 */
export type ActionPlanRow = {
  id: string;
  mapName: string;
  what: string;
  step: string;
  burst: string;
  owner: string;
  dueDate: string | null;
  status: ActionStatus;
  statusLabel: string;
  overdue: boolean;
};

/** Each status in the catalogue (namespace `report`). */
const STATUS_WORDS = { open: 'open', 'in-progress': 'inProgress', done: 'done', dropped: 'dropped' } as const satisfies Record<ActionStatus, string>;

export function actionPlanRows(file: Pick<WorkshopFile, 'maps' | 'actions'>, today: string, language: Language = DEFAULT_LANGUAGE): ActionPlanRow[] {
  const t = translator(language, 'report');
  return file.maps.flatMap((map) => {
    const nodes = new Map(map.nodes.map((node) => [node.id, node]));
    const named = (nodeId: string | null) => {
      if (nodeId === null) return '';
      const node = nodes.get(nodeId);
      return node ? nodeLabel(node) : t('actions.removedNode');
    };
    return file.actions
      .filter((action) => action.mapId === map.id)
      .map((action) => ({
        id: action.id,
        mapName: map.name,
        what: action.what,
        step: named(action.stepNodeId),
        burst: named(action.kaizenNodeId),
        owner: action.owner,
        dueDate: action.dueDate,
        status: action.status,
        statusLabel: t(`actionStatus.${STATUS_WORDS[action.status]}`),
        overdue: isOverdue(action, today),
      }));
  });
}
