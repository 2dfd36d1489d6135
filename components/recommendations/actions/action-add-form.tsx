"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextField, useServerAction } from "@/components/forms/form-parts";
import { actionTextKey, emptyTexts, TranslatedFields } from "@/components/forms/translated-fields";
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
  const [texts, setTexts] = useState({ title: emptyTexts(), description: emptyTexts() });
  const [titleMissing, setTitleMissing] = useState(false);
  const [agency, setAgency] = useState(props.agencies.length === 1 ? props.agencies[0]!.id : "");
  const [assigneeId, setAssigneeId] = useState("");
  const [dueDate, setDueDate] = useState("");
  const { run, pending, fieldErrors, message } = useServerAction(addAction);
  const chosen = props.agencies.find((a) => a.id === agency);
  const people = props.assignees.filter((u) => u.agencyId === agency);

  function save(event: React.FormEvent) {
    event.preventDefault();
    const { title, description } = texts;
    // Checked here too, so the person reads a sentence by the field without a round trip.
    if (!title.en.trim() && !title.zhHans.trim() && !title.zhHant.trim()) return setTitleMissing(true);
    run(
      {
        code: props.code,
        title: title.en,
        titleZhHans: title.zhHans,
        titleZhHant: title.zhHant,
        description: description.en || null,
        descriptionZhHans: description.zhHans || null,
        descriptionZhHant: description.zhHant || null,
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
      <TranslatedFields
        idPrefix="action-add"
        collapse
        hint={t("titleOneLanguage")}
        fields={[
          { name: "title", label: t("title"), maxLength: 300, autoFocus: true },
          { name: "description", label: t("description"), maxLength: 4000, rows: 2 },
        ]}
        values={texts}
        onChange={(field, lang, value) => {
          if (field === "title") setTitleMissing(false);
          setTexts((was) => ({ ...was, [field]: { ...was[field as "title"], [lang]: value } }));
        }}
        errors={(field, lang, first) => {
          const own = fieldErrors[actionTextKey(field, lang)];
          return field === "title" && first && titleMissing ? [t("titleMissing"), ...(own ?? [])] : own;
        }}
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
