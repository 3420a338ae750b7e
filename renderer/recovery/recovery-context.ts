import { createContext, useContext } from 'react';

/** `readOnly`: the database could be opened only for reading, so maps open in the editor's read-only mode. */
export type RecoveryActions = { openBackups: () => void; readOnly: boolean };

export const RecoveryContext = createContext<RecoveryActions | null>(null);

export function useRecovery(): RecoveryActions {
  const actions = useContext(RecoveryContext);
  if (!actions) throw new Error('useRecovery must be used inside <RecoveryGate>');
  return actions;
}
