/** Dates as launchgate writes them: one place, so waivers, records and reports agree. */
/** The UTC day of an instant as `YYYY-MM-DD` (waiver expiry, changelog entries, record names). */
export declare function isoDay(date: Date): string;
