import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SimulationProblem } from '../../shared/flow/simulation/line-from-map';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';

/** Why a map cannot be simulated yet, in the words of `t`'s language. */
export function simulationProblemText(problem: SimulationProblem, t: TFunction<'flow'>): string {
  switch (problem) {
    case 'no-takt':
      return t('cannotSimulate.noTakt');
    case 'not-connected':
      return t('cannotSimulate.notConnected');
    case 'no-process-step':
      return t('cannotSimulate.noProcessStep');
    default:
      return exhaustiveSwitchError(problem, 'simulation problem');
  }
}

/** `simulationProblemText` in the language of the screen or the report that shows it. */
export function useSimulationProblemText(): (problem: SimulationProblem) => string {
  const { t } = useTranslation('flow');
  return (problem) => simulationProblemText(problem, t);
}
