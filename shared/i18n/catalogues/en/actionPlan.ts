/** renderer/action-plan: the action plan screen. English is the reference every other language must match. */
export const actionPlan = {} as const;
