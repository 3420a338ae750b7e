import { createContext, useContext } from 'react';

export type RecoveryActions = { openBackups: () => void };

export const RecoveryContext = createContext<RecoveryActions | null>(null);

export function useRecovery(): RecoveryActions {
  const actions = useContext(RecoveryContext);
  if (!actions) throw new Error('useRecovery must be used inside <RecoveryGate>');
  return actions;
}
