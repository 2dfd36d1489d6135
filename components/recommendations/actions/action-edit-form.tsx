"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField, useServerAction } from "@/components/forms/form-parts";
import { actionTextKey, TranslatedFields, type ContentLang, type Texts } from "@/components/forms/translated-fields";
import { useLocalized } from "@/components/ui/localized-text";
import { useLoadedVersion } from "@/components/forms/use-loaded-version";
import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import { saveAction } from "@/app/(workspace)/recommendations/[code]/actions";
import { ActionFormShell } from "./action-form-shell";
import type { ActionRowItem, AgencyOption, AssigneeOption } from "./types";

const languages: ContentLang[] = ["en", "zhHans", "zhHant"];

/** The action's title and description in each language, as the form's fields hold them ("" for none). */
function textsOf(item: Pick<ActionRowItem, "titles" | "descriptions">): { title: Texts; description: Texts } {
  const d = item.descriptions;
  return {
    title: { ...item.titles },
    description: { en: d.en ?? "", zhHans: d.zhHans ?? "", zhHant: d.zhHant ?? "" },
  };
}

/**
 * One action edited in place. Only what the person changed is sent, so a member's save never
 * touches the assignment; the server judges it with the same rules whatever is sent.
 */
export function ActionEditForm(props: {
  code: string;
  item: ActionRowItem;
  initialStatus: ActionStatus;
  reassignAgencies: AgencyOption[];
  assignees: AssigneeOption[];
  onDone: () => void;
}) {
  const t = useTranslations();
  const { item } = props;
  const [texts, setTexts] = useState(() => textsOf(item));
  const [titleMissing, setTitleMissing] = useState(false);
  const shown = useLocalized();
  const [status, setStatus] = useState<ActionStatus>(props.initialStatus);
  const [progress, setProgress] = useState(props.initialStatus === "done" ? 100 : item.progress);
  const [completionNote, setCompletionNote] = useState(item.completionNote ?? "");
  const [cancellationReason, setCancellationReason] = useState(item.cancellationReason ?? "");
  const [dueDate, setDueDate] = useState(item.dueDate ?? "");
  const [reason, setReason] = useState("");
  const [agencyId, setAgencyId] = useState(item.agency.id);
  const [assigneeId, setAssigneeId] = useState(item.assignee?.id ?? "");
  const { run, pending, fieldErrors, message } = useServerAction(saveAction);
  // Someone else's change arriving while this is open and untouched shows up in the fields.
  const base = useLoadedVersion(item, (now) => {
    setTexts(textsOf(now));
    setStatus(now.status);
    setProgress(now.progress);
    setCompletionNote(now.completionNote ?? "");
    setCancellationReason(now.cancellationReason ?? "");
    setDueDate(now.dueDate ?? "");
    setAgencyId(now.agency.id);
    setAssigneeId(now.assignee?.id ?? "");
  });
  // Opening on "done" is already a change the person asked for: it keeps the version it was based on.
  const [touched, setTouched] = useState(props.initialStatus !== item.status);
  useEffect(() => {
    if (props.initialStatus !== item.status) base.touch();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const edit =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      base.touch();
      setTouched(true);
      set(v);
    };
  const id = `action-${item.id}-edit`;
  const agencies = props.reassignAgencies;
  const agency = agencies.find((a) => a.id === agencyId);
  const people = props.assignees.filter((u) => u.agencyId === agencyId);
  const dueChanged = dueDate !== (item.dueDate ?? "");

  function chooseStatus(next: ActionStatus) {
    edit(setStatus)(next);
    // Done means 100 %: shown in the field before saving, not done behind the person's back.
    if (next === "done") setProgress(100);
    else if (status === "done") setProgress(item.progress);
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    if (!touched) return props.onDone();
    const changed = <V,>(now: V, was: V) => (now === was ? undefined : now);
    const { title } = texts;
    if (!title.en.trim() && !title.zhHans.trim() && !title.zhHant.trim()) return setTitleMissing(true);
    const was = textsOf(item);
    // Only the languages the person changed are sent; an emptied description is sent as null.
    const textChanges = Object.fromEntries(
      (["title", "description"] as const).flatMap((field) =>
        languages
          .filter((l) => texts[field][l] !== was[field][l])
          .map((l) => [actionTextKey(field, l), field === "title" ? texts[field][l] : texts[field][l] || null]),
      ),
    );
    run(
      {
        id: item.id,
        code: props.code,
        version: base.version,
        ...textChanges,
        status: changed(status, item.status),
        progress: changed(progress, item.progress),
        dueDate: dueChanged ? dueDate || null : undefined,
        reason: dueChanged ? reason || null : undefined,
        completionNote:
          status === "done" ? (changed(completionNote, item.completionNote ?? "") ?? undefined) : undefined,
        cancellationReason:
          status === "cancelled"
            ? (changed(cancellationReason, item.cancellationReason ?? "") ?? undefined)
            : undefined,
        ...(item.rights.reassign
          ? {
              agency: agencyId !== item.agency.id ? agency?.key : undefined,
              assigneeId: changed(assigneeId, item.assignee?.id ?? "") === undefined ? undefined : assigneeId || null,
            }
          : {}),
      },
      () => {
        base.saved();
        props.onDone();
        return null;
      },
    );
  }

  return (
    <ActionFormShell
      label={t("actionList.editLabel", { title: shown.text(item.titles).text })}
      submitLabel={t("actionList.save")}
      pending={pending}
      message={message}
      onSubmit={save}
      onCancel={props.onDone}
    >
      <TranslatedFields
        idPrefix={id}
        collapse
        hint={t("actionList.titleOneLanguage")}
        fields={[
          { name: "title", label: t("actionList.title"), maxLength: 300, autoFocus: props.initialStatus !== "done" },
          { name: "description", label: t("actionList.description"), maxLength: 4000, rows: 2 },
        ]}
        values={texts}
        onChange={(field, lang, value) => {
          if (field === "title") setTitleMissing(false);
          edit(setTexts)({ ...texts, [field]: { ...texts[field as "title"], [lang]: value } });
        }}
        errors={(field, lang, first) => {
          const own = fieldErrors[actionTextKey(field, lang)];
          return field === "title" && first && titleMissing ? [t("actionList.titleMissing"), ...(own ?? [])] : own;
        }}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          id={`${id}-status`}
          label={t("actionList.status")}
          value={status}
          onChange={(e) => chooseStatus(e.target.value as ActionStatus)}
          options={actionStatuses.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
          errors={fieldErrors.status}
        />
        <TextField
          id={`${id}-progress`}
          type="number"
          min={0}
          max={100}
          step={5}
          label={t("actionList.progress")}
          value={progress}
          readOnly={status === "done"}
          hint={status === "done" ? t("actionList.doneIsFull") : undefined}
          onChange={(e) => edit(setProgress)(Number(e.target.value))}
          errors={fieldErrors.progress}
        />
        <TextField
          id={`${id}-due`}
          type="date"
          label={t("actionList.dueDate")}
          value={dueDate}
          onChange={(e) => edit(setDueDate)(e.target.value)}
          errors={fieldErrors.dueDate}
        />
      </div>
      {status === "done" ? (
        <TextAreaField
          id={`${id}-completion`}
          label={t("actionList.completionNote")}
          hint={t("actionList.completionHint")}
          value={completionNote}
          onChange={(e) => edit(setCompletionNote)(e.target.value)}
          maxLength={2000}
          rows={2}
          required
          autoFocus={props.initialStatus === "done"}
          errors={fieldErrors.completionNote}
        />
      ) : null}
      {status === "cancelled" ? (
        <TextField
          id={`${id}-cancellation`}
          label={t("actionList.cancellationReason")}
          value={cancellationReason}
          onChange={(e) => edit(setCancellationReason)(e.target.value)}
          maxLength={1000}
          required
          errors={fieldErrors.cancellationReason}
        />
      ) : null}
      {dueChanged ? (
        <TextField
          id={`${id}-reason`}
          label={t("actionList.dueReason")}
          hint={t("actionList.dueReasonHint")}
          value={reason}
          onChange={(e) => edit(setReason)(e.target.value)}
          maxLength={1000}
          errors={fieldErrors.reason}
        />
      ) : null}
      {item.rights.reassign ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id={`${id}-agency`}
            label={t("actionList.agency")}
            value={agencyId}
            onChange={(e) => {
              edit(setAgencyId)(e.target.value);
              setAssigneeId("");
            }}
            options={agencies.map((a) => ({ value: a.id, label: `${a.abbreviation} · ${a.name}` }))}
            errors={fieldErrors.agency}
          />
          <SelectField
            id={`${id}-assignee`}
            label={t("actionList.assignee")}
            value={assigneeId}
            onChange={(e) => edit(setAssigneeId)(e.target.value)}
            options={[
              { value: "", label: t("actionList.unassigned") },
              ...people.map((u) => ({ value: u.id, label: u.name })),
            ]}
            errors={fieldErrors.assigneeId}
          />
        </div>
      ) : (
        <p className="text-xs text-muted-foreground" id={`${id}-reassign`}>
          {t("actionList.assignedTo", {
            agency: item.agency.abbreviation,
            person: item.assignee?.name ?? t("actionList.unassigned"),
          })}{" "}
          {item.rights.reassignRefusal}
        </p>
      )}
    </ActionFormShell>
  );
}
