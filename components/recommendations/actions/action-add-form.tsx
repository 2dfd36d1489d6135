"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField, useServerAction } from "@/components/forms/form-parts";
import { addAction } from "@/app/(workspace)/recommendations/[code]/actions";
import { ActionFormShell } from "./action-form-shell";
import type { AgencyOption, AssigneeOption } from "./types";

/** Add an action: title, description, agency, someone from that agency, due date. Enter saves, Escape cancels. */
export function ActionAddForm(props: {
  code: string;
  agencies: AgencyOption[];
  assignees: AssigneeOption[];
  onDone: () => void;
}) {
  const t = useTranslations("actionList");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [agency, setAgency] = useState(props.agencies.length === 1 ? props.agencies[0]!.id : "");
  const [assigneeId, setAssigneeId] = useState("");
  const [dueDate, setDueDate] = useState("");
  const { run, pending, fieldErrors, message } = useServerAction(addAction);
  const chosen = props.agencies.find((a) => a.id === agency);
  const people = props.assignees.filter((u) => u.agencyId === agency);

  function save(event: React.FormEvent) {
    event.preventDefault();
    run(
      {
        code: props.code,
        title,
        description: description || null,
        agency: chosen?.key ?? "",
        assigneeId: assigneeId || null,
        dueDate: dueDate || null,
      },
      () => {
        props.onDone();
        return null;
      },
    );
  }

  return (
    <ActionFormShell
      label={t("addLabel")}
      submitLabel={t("addSubmit")}
      pending={pending}
      message={message}
      onSubmit={save}
      onCancel={props.onDone}
    >
      <TextField
        id="action-add-title"
        label={t("title")}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={300}
        required
        autoFocus
        errors={fieldErrors.title}
      />
      <TextAreaField
        id="action-add-description"
        label={t("description")}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        maxLength={4000}
        rows={2}
        errors={fieldErrors.description}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          id="action-add-agency"
          label={t("agency")}
          value={agency}
          onChange={(e) => {
            setAgency(e.target.value);
            setAssigneeId("");
          }}
          required
          options={[
            ...(props.agencies.length > 1 ? [{ value: "", label: t("chooseAgency") }] : []),
            ...props.agencies.map((a) => ({ value: a.id, label: `${a.abbreviation} · ${a.name}` })),
          ]}
          errors={fieldErrors.agency}
        />
        <SelectField
          id="action-add-assignee"
          label={t("assignee")}
          value={assigneeId}
          onChange={(e) => setAssigneeId(e.target.value)}
          disabled={!agency}
          hint={agency && !people.length ? t("noPeople") : undefined}
          options={[{ value: "", label: t("unassigned") }, ...people.map((u) => ({ value: u.id, label: u.name }))]}
          errors={fieldErrors.assigneeId}
        />
        <TextField
          id="action-add-due"
          type="date"
          label={t("dueDate")}
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          errors={fieldErrors.dueDate}
        />
      </div>
    </ActionFormShell>
  );
}
