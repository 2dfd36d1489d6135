/**
 * What follows from an action's status, enforced on the server for every write (page, API): done
 * means 100 % with a completion note that says what shows it; cancelled needs the reason; leaving
 * either state drops what belonged to it. Pure, so the rules are unit-tested on their own.
 */
import type { ActionStatus } from "@/db/schema/enums";

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
  errors: Record<string, string[]>;
}

const blank = (v: string | null | undefined) => !v?.trim();

/** `before` is null for a new action; `asked` holds only the fields the caller sent. */
export function settleActionLifecycle(
  before: ActionLifecycleState | null,
  asked: Partial<ActionLifecycleState>,
): ActionLifecycleOutcome {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const changes: Partial<ActionLifecycleState> = {};
  const was = before?.status ?? null;
  const status = asked.status ?? was ?? "todo";
  const note = asked.completionNote !== undefined ? asked.completionNote : (before?.completionNote ?? null);
  const reason =
    asked.cancellationReason !== undefined ? asked.cancellationReason : (before?.cancellationReason ?? null);

  if (status === "done") {
    // Asked for when it becomes done, or when someone clears it (actions done before notes existed keep none).
    if (was !== "done" ? blank(note) : asked.completionNote !== undefined && blank(note))
      add(
        "completionNote",
        "Say what shows the action is done: a short completion note (a report, a decision, a link).",
      );
    if (asked.progress !== undefined && asked.progress !== 100)
      add("progress", "A done action is at 100 %. Leave progress at 100, or choose another status.");
    if ((before?.progress ?? null) !== 100) changes.progress = 100;
  } else if (asked.completionNote) {
    add("completionNote", "A completion note belongs to a done action: mark it done, or leave the note out.");
  } else if (before?.completionNote) {
    changes.completionNote = null;
  }

  if (status === "cancelled") {
    if (was !== "cancelled" ? blank(reason) : asked.cancellationReason !== undefined && blank(reason))
      add("cancellationReason", "Say why the action is cancelled: the reason is kept in the history.");
  } else if (asked.cancellationReason) {
    add(
      "cancellationReason",
      "A cancellation reason belongs to a cancelled action: cancel it, or leave the reason out.",
    );
  } else if (before?.cancellationReason) {
    changes.cancellationReason = null;
  }

  const completed =
    status === "done" && was !== "done" ? "now" : status !== "done" && was === "done" ? "cleared" : "unchanged";
  return { changes, completed, errors };
}
