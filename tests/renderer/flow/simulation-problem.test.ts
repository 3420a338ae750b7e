import { describe, expect, it } from 'vitest';
import { lineFromMap } from '../../../shared/flow/simulation/line-from-map';
import { AS_DRAWN } from '../../../shared/flow/simulation/what-if';
import { translator } from '../../../shared/i18n/i18n-instance';
import { simulationProblemText } from '../../../renderer/flow/use-simulation-problem';
import { DAY, flows, mapOf, other, step } from '../../shared/vsm/build';

const settings = { demandPerPeriod: 480, workingDaysPerPeriod: 1, workingTimePerDay: DAY };

function problemOf(doc: ReturnType<typeof mapOf>) {
  const built = lineFromMap(doc, AS_DRAWN);
  if (built.ok) throw new Error('the map was simulated');
  return built.problem;
}

describe('why a map cannot be simulated, in the language of the screen', () => {
  it('a map without demand is refused for its takt, in German on a German screen and in English on an English one', () => {
    const problem = problemOf(mapOf([step('A', { cycleTime: 1 })], []));
    expect(problem).toBe('no-takt');
    expect(simulationProblemText(problem, translator('de', 'flow'))).toMatch(/^Tragen Sie Kundenbedarf/);
    expect(simulationProblemText(problem, translator('en', 'flow'))).toMatch(/^Set the customer demand/);
  });

  it('a map with demand but no material arrows asks for them', () => {
    const problem = problemOf(mapOf([step('A', { cycleTime: 1 }), step('B', { cycleTime: 1 })], [], settings));
    expect(problem).toBe('not-connected');
    expect(simulationProblemText(problem, translator('de', 'flow'))).toMatch(/Materialflusspfeilen/);
    expect(simulationProblemText(problem, translator('fr', 'flow'))).toMatch(/flèches de flux matière/);
  });

  it('a flow of boundaries only has no step to simulate', () => {
    const problem = problemOf(mapOf([other('supplier', 'S'), other('customer', 'E')], flows('S>E'), settings));
    expect(problem).toBe('no-process-step');
    expect(simulationProblemText(problem, translator('es', 'flow'))).toBe('El flujo no tiene ningún paso de proceso que simular.');
  });
});
