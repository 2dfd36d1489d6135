"use client";
import { useTranslations } from "next-intl";
import { SelectField, TextField, FieldError, type FieldErrors } from "@/components/forms/form-parts";
import type { ContactCandidate, ContactDraft } from "./types";

/**
 * The named contact of an owning agency: nobody, one of the agency's active users, or someone
 * without an account (a name and, if known, an e-mail). A radio group picks the kind; the fields of
 * that kind follow it.
 */
export function ContactFields(props: {
  id: string;
  agencyAbbreviation: string;
  candidates: ContactCandidate[];
  value: ContactDraft;
  onChange: (next: ContactDraft) => void;
  errors: FieldErrors;
  /** Put the focus on the chosen kind when the fields appear (the row's contact form). */
  autoFocus?: boolean;
}) {
  const t = useTranslations("owners");
  const { id, value } = props;
  const kinds = [
    { kind: "none", label: t("contactNone") },
    { kind: "user", label: t("contactUser", { agency: props.agencyAbbreviation }) },
    { kind: "person", label: t("contactPerson") },
  ] as const;
  const choose = (kind: ContactDraft["kind"]) => {
    if (kind === value.kind) return;
    if (kind === "none") props.onChange({ kind });
    else if (kind === "user") props.onChange({ kind, userId: props.candidates[0]?.id ?? "" });
    else props.onChange({ kind, name: "", email: "" });
  };
  const userErrors = props.errors["owners.contact.userId"];

  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="mb-1 text-sm font-medium">{t("contact")}</legend>
      <div className="flex flex-col gap-1.5">
        {kinds.map((k) => (
          <label key={k.kind} className="inline-flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-kind`}
              value={k.kind}
              checked={value.kind === k.kind}
              autoFocus={props.autoFocus && value.kind === k.kind}
              onChange={() => choose(k.kind)}
              className="size-4 accent-primary"
            />
            {k.label}
          </label>
        ))}
      </div>
      {value.kind === "user" ? (
        props.candidates.length ? (
          <SelectField
            id={`${id}-user`}
            label={t("contactUserLabel")}
            value={value.userId}
            onChange={(e) => props.onChange({ kind: "user", userId: e.target.value })}
            options={props.candidates.map((u) => ({ value: u.id, label: u.name }))}
            errors={userErrors}
          />
        ) : (
          <>
            <p className="text-xs text-muted-foreground">{t("noUsers", { agency: props.agencyAbbreviation })}</p>
            <FieldError id={`${id}-user-error`} errors={userErrors} />
          </>
        )
      ) : null}
      {value.kind === "person" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            id={`${id}-name`}
            label={t("contactName")}
            value={value.name}
            onChange={(e) => props.onChange({ ...value, name: e.target.value })}
            maxLength={200}
            required
            autoComplete="off"
            errors={props.errors["owners.contact.name"]}
          />
          <TextField
            id={`${id}-email`}
            type="email"
            label={t("contactEmail")}
            hint={t("contactEmailHint")}
            value={value.email}
            onChange={(e) => props.onChange({ ...value, email: e.target.value })}
            maxLength={254}
            autoComplete="off"
            errors={props.errors["owners.contact.email"]}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
