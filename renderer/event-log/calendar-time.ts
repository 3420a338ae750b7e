/** An event log measures calendar time, so a day in the wizard is 24 hours, as on the map it makes. */
export const CALENDAR_DAYS = { workingTimePerDay: 86_400 };
