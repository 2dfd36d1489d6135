import { z } from "zod";
import { emailDeliveries, notificationReasons } from "@/db/schema/notifications";
import { zodMessage as m } from "@/lib/i18n/server-message";

const delivery = z.enum(emailDeliveries, {
  error: (issue) =>
    m("validation.oneOf", { field: "delivery", values: emailDeliveries.join(", "), got: String(issue.input) }),
});

/** Mail delivery per reason; reasons left out keep their current choice. */
export const notificationPreferencesInput = z.strictObject(
  Object.fromEntries(notificationReasons.map((r) => [r, delivery.optional()])) as {
    [R in (typeof notificationReasons)[number]]: z.ZodOptional<typeof delivery>;
  },
);
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;

/** `{ id }` of /notifications/{id}: a positive integer, else the address names nothing. */
export const notificationIdParams = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,15}$/, { error: m("errors.noSuchAddress") })
    .transform(Number),
});

/** `?unread=true` keeps the unread ones; `?before=<id>` pages on. */
export const notificationListQuery = z.object({
  unread: z.enum(["true", "false"]).optional(),
  before: z
    .string()
    .regex(/^[1-9]\d{0,15}$/)
    .transform(Number)
    .optional(),
});

/** A server action's `{ id }` of one notification. */
export const notificationIdInput = z.strictObject({
  id: z
    .number({ error: m("errors.noSuchAddress") })
    .int()
    .positive(),
});
export const noInput = z.strictObject({});

/** Who to suggest for an @mention in a recommendation's note: names beginning with `prefix`. */
export const mentionSearchInput = z.strictObject({
  code: z.string().min(1).max(64),
  prefix: z.string().max(100),
});
