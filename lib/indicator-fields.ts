/** The fields of an indicator people edit, in the order the form shows them (shared by the schemas and the form). */
export const indicatorFields = ["name", "unit", "baseline", "baselineDate", "target", "targetDate"] as const;
export type IndicatorField = (typeof indicatorFields)[number];
