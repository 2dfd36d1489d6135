/**
 * Input schemas for changing and removing indicators and readings (defining one and recording a
 * reading are `indicatorCreateInput` and `indicatorReadingInput` in ./inputs). Shared by the API
 * routes, the server actions of the recommendation page and the OpenAPI document.
 */
import { z } from "zod";
import { indicatorCreateInput, indicatorReadingInput, isoDate, measure, recommendationCode, text } from "./inputs";

import { indicatorFields, type IndicatorField } from "@/lib/indicator-fields";
import { zodMessage as m } from "@/lib/i18n/server-message";

export { indicatorFields, type IndicatorField };

const values = {
  name: text("name", 200),
  unit: text("unit", 40),
  baseline: measure("baseline").nullable(),
  baselineDate: isoDate("baselineDate").nullable(),
  target: measure("target").nullable(),
  targetDate: isoDate("targetDate").nullable(),
};

/**
 * What the editor saw when it opened. Indicators have no version column, so a change is based on
 * these values instead: when the indicator no longer holds them, someone changed it meanwhile and
 * the save is refused (409) with who changed what, never applied over their change.
 */
const expected = z.object(values, { error: m("validation.indicatorExpected") }).strict();

const patchShape = {
  name: values.name.optional(),
  unit: values.unit.optional(),
  baseline: values.baseline.optional(),
  baselineDate: values.baselineDate.optional(),
  target: values.target.optional(),
  targetDate: values.targetDate.optional(),
  expected,
};

const someChange = (p: Partial<Record<IndicatorField, unknown>>) => indicatorFields.some((f) => p[f] !== undefined);
const someChangeMessage = m("validation.indicatorSomeChange");

/** PATCH /api/v1/indicators/{id}: the fields to change and `expected`, every field as it was read. */
export const indicatorPatchInput = z.object(patchShape).strict().refine(someChange, someChangeMessage);

const indicatorId = z.uuid(m("validation.indicatorId"));
const readingId = z.uuid(m("validation.readingId"));

/** Server actions of the recommendation page: the same inputs, with what to refresh. */
export const indicatorAddInput = indicatorCreateInput.extend({ code: recommendationCode });
export const indicatorSaveInput = z
  .object({ ...patchShape, id: indicatorId, code: recommendationCode })
  .strict()
  .refine(someChange, someChangeMessage);
export const indicatorDeleteInput = z.object({ id: indicatorId, code: recommendationCode }).strict();
export const readingAddInput = indicatorReadingInput.extend({ indicatorId, code: recommendationCode });
export const readingDeleteInput = z.object({ indicatorId, readingId, code: recommendationCode }).strict();

export type IndicatorPatchInput = z.infer<typeof indicatorPatchInput>;
export type IndicatorValues = z.infer<typeof expected>;
