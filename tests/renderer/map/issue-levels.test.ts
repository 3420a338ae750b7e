import { describe, expect, it } from 'vitest';
import { issueLevels } from '../../../renderer/map/issue-levels';
import type { Diagnostic } from '../../../shared/vsm';

const finding = (severity: Diagnostic['severity'], nodeIds: string[]): Diagnostic => ({
  code: 'process-time-missing',
  severity,
  nodeIds,
  connectorIds: [],
  message: '',
});

describe('issueLevels', () => {
  it('marks each node with its worst finding, errors over warnings, and leaves notes unmarked', () => {
    const levels = issueLevels([finding('warning', ['a', 'b']), finding('error', ['b']), finding('warning', ['b']), finding('info', ['c'])]);
    expect(levels.get('a')).toBe('warning');
    expect(levels.get('b')).toBe('error');
    expect(levels.has('c')).toBe(false);
  });
});
