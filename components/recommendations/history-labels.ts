/**
 * The sentence a timeline entry shows ("Health: On track → At risk", "Reading recorded: …"),
 * one case per entity type and kind of db/schema/activity.ts. The switches are exhaustive: a new
 * kind does not compile until it has a label here.
 */
import type { createFormatter } from "next-intl";
import type { HistoryEntry, HistorySource } from "@/db/queries/history";
import { localizedString } from "@/lib/i18n/localized";

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;
export type Format = ReturnType<typeof createFormatter>;

/** The badge tone of each source, on the timeline and the feed alike. */
export const historySourceTone = {
  agency: "info",
  assessment: "warn",
  coordination: "neutral",
  system: "neutral",
} as const satisfies Record<HistorySource, string>;

/** The entry with its action named in the reader's language, where the action has a title in it. */
export function namedEntry<E extends HistoryEntry>(e: E, locale: string): E {
  return e.actionTitles ? { ...e, actionTitle: localizedString(e.actionTitles, locale) } : e;
}

/** Fields whose values are enum members, with the message namespace that names them. */
const enumNamespaces: Record<string, string> = {
  status: "status",
  health: "health",
  priority: "priority",
  acceptance: "acceptance",
  closureReason: "closureReason",
  theme: "themes",
  horizon: "horizon",
};
const labelledFields = new Set([
  "status",
  "health",
  "priority",
  "acceptance",
  "acceptanceReason",
  "closureReason",
  "targetDate",
  "theme",
  "horizon",
  "rationale",
  "titleEn",
  "titleZhHans",
  "titleZhHant",
  "summaryEn",
  "summaryZhHans",
  "summaryZhHant",
  "progress",
  "dueDate",
  "description",
  "title",
  "descriptionZhHans",
  "descriptionZhHant",
  "assigneeId",
  "agencyId",
  "leadShenzhen",
  "leadHongKong",
  "completionNote",
  "cancellationReason",
  "position",
]);
/** An indicator's fields, as its "update" entries name them. */
const indicatorFields = new Set(["name", "unit", "baseline", "baselineDate", "target", "targetDate"]);
/** An action's English title and description are stored as `title` and `description`: named with their language beside the other two. */
const actionFieldLabels: Record<string, string> = { title: "titleEn", description: "descriptionEn" };
/** Ids say nothing to a reader: for these, say that the assignment changed, not which uuid it became. */
const idFields = new Set(["assigneeId", "agencyId"]);

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function unreachable(value: never): never {
  throw new Error(`No history label for ${JSON.stringify(value)}`);
}

/** A property of an entry's stored value, as text ("" when absent). */
const prop = (value: unknown, key: string): string => {
  const v = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return v === undefined || v === null ? "" : String(v);
};

export function describeHistoryEntry(e: HistoryEntry, t: Translate, format: Format): string {
  const day = (v: string) => format.dateTime(new Date(`${v}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === "") return t("history.none");
    const field = e.field ?? "";
    if (typeof v === "string") {
      if (e.entityType === "action" && field === "status") return t(`actionStatus.${v}`);
      const ns = enumNamespaces[field];
      if (ns) return t(`${ns}.${v}`);
      if (isoDay.test(v)) return day(v);
      return v.length > 120 ? `${v.slice(0, 117)}…` : v;
    }
    if (typeof v === "number") {
      if (field === "progress") return format.number(v / 100, { style: "percent" });
      // Stored from 0; people count places in a list from 1.
      if (field === "position") return format.number(v + 1);
      return format.number(v);
    }
    if (typeof v === "boolean") return String(v);
    return t("history.changed");
  };

  const fieldChange = (subject: string) => {
    if (!e.field || !labelledFields.has(e.field)) return t("history.fieldChanged", { field: e.field ?? "" }) + subject;
    const key = (e.entityType === "action" && actionFieldLabels[e.field]) || e.field;
    const field = t(`history.fields.${key}`);
    if (idFields.has(e.field)) return `${field} ${t("history.changed")}${subject}`;
    return `${field}: ${value(e.from)} → ${value(e.to)}${subject}`;
  };

  /** A stored figure or day of an indicator, as the reader writes it. */
  const measure = (v: string): string => {
    if (v === "") return t("history.none");
    if (isoDay.test(v)) return day(v);
    const n = Number(v);
    return Number.isFinite(n) ? format.number(n) : v;
  };

  switch (e.entityType) {
    case "recommendation":
      switch (e.kind) {
        case "create":
          return t("history.created");
        case "update":
          return fieldChange("");
        case "archive":
          return t("history.archive");
        case "restore":
          return t("history.restore");
        case "owner_added": {
          // Older entries hold the abbreviation alone; newer ones { agency, role }.
          if (typeof e.to === "string") return t("history.ownerAdded", { agency: e.to });
          const role = prop(e.to, "role");
          return role
            ? t("history.ownerAddedAs", { agency: prop(e.to, "agency"), role: t(`ownerRole.${role}`) })
            : t("history.ownerAdded", { agency: prop(e.to, "agency") });
        }
        case "owner_removed":
          return t("history.ownerRemoved", { agency: prop(e.from, "agency") });
        case "owner_role_changed":
          return t("history.ownerRoleChanged", {
            agency: prop(e.to, "agency"),
            from: t(`ownerRole.${prop(e.from, "role")}`),
            to: t(`ownerRole.${prop(e.to, "role")}`),
          });
        case "owner_contact_set": {
          const contact = (v: unknown) => prop(v, "contact") || t("history.none");
          return t("history.ownerContactSet", {
            agency: prop(e.to, "agency"),
            from: contact(e.from),
            to: contact(e.to),
          });
        }
        default:
          return unreachable(e);
      }
    case "action":
      switch (e.kind) {
        case "create":
          return t("history.actionAdded", {
            title: e.actionTitle || prop(e.to, "title") || prop(e.to, "titleZhHant") || prop(e.to, "titleZhHans"),
          });
        case "update":
          return fieldChange(e.actionTitle ? t("history.onAction", { title: e.actionTitle }) : "");
        default:
          return unreachable(e);
      }
    case "indicator":
      switch (e.kind) {
        case "create":
          return t("history.indicatorAdded", { name: prop(e.to, "name"), unit: prop(e.to, "unit") });
        case "update": {
          // One entry per save: `from` and `to` hold the fields that changed.
          const to = e.to && typeof e.to === "object" ? (e.to as Record<string, unknown>) : {};
          const changes = Object.keys(to)
            .filter((f) => indicatorFields.has(f))
            .map((f) => {
              const shown = f === "name" || f === "unit" ? (v: string) => v || t("history.none") : measure;
              return `${t(`history.indicatorFields.${f}`)}: ${shown(prop(e.from, f))} → ${shown(prop(to, f))}`;
            });
          return t("history.indicatorChanged", { name: e.field ?? "", changes: changes.join("; ") });
        }
        case "delete":
          return t("history.indicatorDeleted", {
            name: prop(e.from, "name"),
            count: Number(prop(e.from, "readings")) || 0,
          });
        default:
          return unreachable(e);
      }
    case "indicator_reading": {
      const stored = e.kind === "create" ? e.to : e.kind === "delete" ? e.from : unreachable(e);
      const observedOn = prop(stored, "observedOn");
      const values = { indicator: e.field ?? "", value: measure(prop(stored, "value")), date: measure(observedOn) };
      return t(e.kind === "create" ? "history.readingRecorded" : "history.readingDeleted", values);
    }
    case "note":
      switch (e.kind) {
        case "edit":
          return t("history.noteEdited");
        case "freeze_version":
          return t("history.noteFrozen", { name: prop(e.to, "name") });
        case "restore_version":
          return t("history.noteRestored", { name: prop(e.to, "name") });
        case "repair":
          return t("history.noteRepaired");
        default:
          return unreachable(e);
      }
    case "owner": {
      if (e.kind !== "owner_combined" && e.kind !== "owner_moved") return unreachable(e);
      // A merge: the owning agency (from) now counts as the agency it was merged into (to).
      const from = Array.isArray(e.from) ? e.from[0] : e.from;
      return t("history.ownerMerged", { from: prop(from, "agency"), to: prop(e.to, "agency") });
    }
    case "evidence": {
      const stored = e.kind === "evidence_added" ? e.to : e.kind === "evidence_removed" ? e.from : unreachable(e);
      const name = prop(stored, "name");
      return t(e.kind === "evidence_added" ? "history.evidenceAdded" : "history.evidenceRemoved", { name });
    }
    case "round_request": {
      const values = { round: prop(e.to, "round"), agency: prop(e.to, "agency") };
      switch (e.kind) {
        case "answer_submitted":
          return t("history.answerSubmitted", values);
        case "answer_withdrawn":
          return t("history.answerWithdrawn", values);
        case "answer_returned": {
          const comment = prop(e.to, "comment");
          return comment
            ? t("history.answerReturnedWithComment", { ...values, comment })
            : t("history.answerReturned", values);
        }
        case "answer_accepted":
          return t("history.answerAccepted", values);
        default:
          return unreachable(e);
      }
    }
    // Rounds, agencies, accounts, tokens and sign-ins belong to no one recommendation: no timeline
    // shows them, the workspace feed does (db/queries/activity-feed.ts says to whom).
    case "round":
      switch (e.kind) {
        case "round_opened":
          return t("activity.roundOpened", { name: prop(e.to, "name"), dueDate: measure(prop(e.to, "dueDate")) });
        case "round_closed":
          return t("activity.roundClosed", { name: prop(e.to, "name") });
        default:
          return unreachable(e);
      }
    case "agency":
      switch (e.kind) {
        case "agency_created":
          return t("activity.agencyCreated", { abbreviation: prop(e.to, "abbreviation") || prop(e.to, "key") });
        case "agency_renamed": {
          // `from` and `to` hold the fields that changed.
          const to = e.to && typeof e.to === "object" ? (e.to as Record<string, unknown>) : {};
          const changes = Object.keys(to).map((f) => `${prop(e.from, f) || t("history.none")} → ${prop(to, f)}`);
          return t("activity.agencyRenamed", { changes: changes.join("; ") });
        }
        case "agency_merged":
          return t("activity.agencyMerged", {
            from: prop(e.from, "nameEn") || prop(e.from, "key"),
            to: prop(e.to, "nameEn") || prop(e.to, "key"),
          });
        default:
          return unreachable(e);
      }
    // Named as the security log names them; only administrators see these entries.
    case "user":
    case "api_token":
    case "auth":
      return t(`admin.activity.kinds.${e.kind}`);
    default:
      return unreachable(e);
  }
}
