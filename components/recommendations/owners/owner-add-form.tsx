"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError, SelectField, selectClass } from "@/components/forms/form-parts";
import { Label } from "@/components/ui/label";
import type { OwnerRole } from "@/db/schema/enums";
import { ContactFields } from "./contact-fields";
import { OwnerFormShell } from "./owner-form-shell";
import { contactInput, ownersAsSent, useSaveOwners } from "./use-save-owners";
import { sideOrder, type ContactCandidate, type ContactDraft, type OwnerAgency, type OwnerItem } from "./types";

/**
 * Add an owning agency: which one (grouped by side, only those not owners yet), as lead or
 * supporting, and optionally its contact. Making it lead makes the side's current lead supporting,
 * as the table's lead edit does.
 */
export function OwnerAddForm(props: {
  code: string;
  version: number;
  owners: OwnerItem[];
  agencies: OwnerAgency[];
  candidates: ContactCandidate[];
  onDone: (message: string | null) => void;
}) {
  const t = useTranslations();
  const [agencyId, setAgencyId] = useState("");
  const [role, setRole] = useState<OwnerRole>("supporting");
  const [contact, setContact] = useState<ContactDraft>({ kind: "none" });
  // The version the form was opened on: a change made meanwhile makes the save a conflict.
  const [version] = useState(props.version);
  const { save, pending, fieldErrors, message } = useSaveOwners(props.code);
  const agency = props.agencies.find((a) => a.id === agencyId);
  const people = props.candidates.filter((u) => u.agencyId === agencyId);
  const agencyErrors = fieldErrors["owners.agency"];

  function submit() {
    const others = ownersAsSent(props.owners).map((o, i) =>
      role === "lead" && agency && props.owners[i]!.agency.side === agency.side && o.role === "lead"
        ? { ...o, role: "supporting" as const }
        : o,
    );
    save(
      version,
      [
        ...others,
        { agency: agency?.key ?? "", role, ...(contact.kind === "none" ? {} : { contact: contactInput(contact) }) },
      ],
      () => {
        props.onDone(
          t("owners.added", {
            agency: agency?.abbreviation ?? "",
            role: t(`ownerRole.${role}`),
          }),
        );
        return null;
      },
    );
  }

  return (
    <OwnerFormShell
      label={t("owners.addLabel")}
      submitLabel={t("owners.addSubmit")}
      pending={pending}
      message={message}
      onSubmit={submit}
      onCancel={() => props.onDone(null)}
    >
      <div className="space-y-1.5">
        <Label htmlFor="owner-add-agency">{t("owners.agency")}</Label>
        <select
          id="owner-add-agency"
          className={selectClass}
          value={agencyId}
          autoFocus
          onChange={(e) => {
            setAgencyId(e.target.value);
            setContact({ kind: "none" });
          }}
          aria-invalid={agencyErrors?.length ? true : undefined}
          aria-describedby={agencyErrors?.length ? "owner-add-agency-error" : undefined}
        >
          <option value="">{t("owners.chooseAgency")}</option>
          {sideOrder.map((side) => {
            const options = props.agencies.filter((a) => a.side === side);
            return options.length ? (
              <optgroup key={side} label={t(`sides.${side}`)}>
                {options.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.abbreviation} · {a.name}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
        <FieldError id="owner-add-agency-error" errors={agencyErrors} />
      </div>
      <SelectField
        id="owner-add-role"
        label={t("owners.role")}
        value={role}
        onChange={(e) => setRole(e.target.value as OwnerRole)}
        hint={role === "lead" && agency ? t("owners.leadHint", { side: t(`sides.${agency.side}`) }) : undefined}
        options={[
          { value: "supporting", label: t("ownerRole.supporting") },
          { value: "lead", label: t("ownerRole.lead") },
        ]}
        errors={fieldErrors["owners.role"]}
      />
      {agency ? (
        <ContactFields
          id="owner-add-contact"
          agencyAbbreviation={agency.abbreviation}
          candidates={people}
          value={contact}
          onChange={setContact}
          errors={fieldErrors}
        />
      ) : null}
    </OwnerFormShell>
  );
}
