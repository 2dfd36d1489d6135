/**
 * What follows from an action's status, enforced on the server for every write (page, API): done
 * means 100 % with a completion note that says what shows it; cancelled needs the reason; leaving
 * either state drops what belonged to it. Pure, so the rules are unit-tested on their own.
 */
import type { ActionStatus } from "@/db/schema/enums";
import { msg, type FieldMessages, type MessageKey } from "./i18n/server-message";

export interface ActionLifecycleState {
  status: ActionStatus;
  progress: number;
  completionNote: string | null;
  cancellationReason: string | null;
}

export interface ActionLifecycleOutcome {
  /** The columns to write besides those asked for (every value here is also recorded in the history). */
  changes: Partial<ActionLifecycleState>;
  /** Set when the action becomes done, cleared when it stops being done. */
  completed: "now" | "cleared" | "unchanged";
  /** Field → messages for a change that breaks a rule; empty when the change is allowed. */
  errors: FieldMessages;
}

const blank = (v: string | null | undefined) => !v?.trim();

/** `before` is null for a new action; `asked` holds only the fields the caller sent. */
export function settleActionLifecycle(
  before: ActionLifecycleState | null,
  asked: Partial<ActionLifecycleState>,
): ActionLifecycleOutcome {
  const errors: FieldMessages = {};
  const add = (field: string, key: MessageKey) => (errors[field] ??= []).push(msg(key));
  const changes: Partial<ActionLifecycleState> = {};
  const was = before?.status ?? null;
  const status = asked.status ?? was ?? "todo";
  const note = asked.completionNote !== undefined ? asked.completionNote : (before?.completionNote ?? null);
  const reason =
    asked.cancellationReason !== undefined ? asked.cancellationReason : (before?.cancellationReason ?? null);

  if (status === "done") {
    // Asked for when it becomes done, or when someone clears it (actions done before notes existed keep none).
    if (was !== "done" ? blank(note) : asked.completionNote !== undefined && blank(note))
      add("completionNote", "rules.completionNote");
    if (asked.progress !== undefined && asked.progress !== 100) add("progress", "rules.doneAt100");
    if ((before?.progress ?? null) !== 100) changes.progress = 100;
  } else if (asked.completionNote) {
    add("completionNote", "rules.completionNoteNotDone");
  } else if (before?.completionNote) {
    changes.completionNote = null;
  }

  if (status === "cancelled") {
    if (was !== "cancelled" ? blank(reason) : asked.cancellationReason !== undefined && blank(reason))
      add("cancellationReason", "rules.cancellationReason");
  } else if (asked.cancellationReason) {
    add("cancellationReason", "rules.cancellationReasonNotCancelled");
  } else if (before?.cancellationReason) {
    changes.cancellationReason = null;
  }

  const completed =
    status === "done" && was !== "done" ? "now" : status !== "done" && was === "done" ? "cleared" : "unchanged";
  return { changes, completed, errors };
}
