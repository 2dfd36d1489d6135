"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Crown, Pencil, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/forms/form-parts";
import { ContactFields } from "./contact-fields";
import { OwnerFormShell } from "./owner-form-shell";
import { contactInput, ownersAsSent, useSaveOwners } from "./use-save-owners";
import type { ContactCandidate, ContactDraft, OwnerItem } from "./types";

const draftOf = (c: OwnerItem["contact"]): ContactDraft =>
  c === null
    ? { kind: "none" }
    : c.kind === "user"
      ? { kind: "user", userId: c.userId }
      : { kind: "person", name: c.name, email: c.email ?? "" };

/** The contact as a line of text: a user of the agency, a person without an account, or nobody. */
export function ContactLine({ contact }: { contact: OwnerItem["contact"] }) {
  const t = useTranslations("owners");
  if (!contact) return <span className="text-muted-foreground">{t("noContact")}</span>;
  return (
    <span className="break-words">
      {t("contactIs", { name: contact.name })}
      {contact.email ? (
        <>
          {" · "}
          <a href={`mailto:${contact.email}`} className="underline underline-offset-2 hover:text-foreground">
            {contact.email}
          </a>
        </>
      ) : null}
      {contact.kind === "person" ? <span className="text-muted-foreground"> {t("noAccount")}</span> : null}
      {contact.kind === "user" && !contact.active ? (
        <span className="text-muted-foreground"> {t("deactivated")}</span>
      ) : null}
    </span>
  );
}

/**
 * One owning agency: its role and contact, and for those allowed, the controls to make it lead or
 * supporting, set its contact, or remove it (after a confirmation).
 */
export function OwnerRow(props: {
  code: string;
  version: number;
  owners: OwnerItem[];
  owner: OwnerItem;
  candidates: ContactCandidate[];
  canEdit: boolean;
  onSaved: (message: string) => void;
  /** A form of this row opened: the card's last outcome no longer applies. */
  onOpen: () => void;
}) {
  const t = useTranslations();
  const { owner } = props;
  const abbr = owner.agency.abbreviation;
  const [mode, setMode] = useState<"view" | "contact" | "remove">("view");
  const [draft, setDraft] = useState<ContactDraft>(draftOf(owner.contact));
  const [version, setVersion] = useState(props.version);
  const { save, pending, fieldErrors, message, reset } = useSaveOwners(props.code);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The button that opened a form gets the focus back when it closes (it is re-rendered by then).
  const returnTo = useRef<string | null>(null);
  const id = `owner-${owner.agency.key}`;
  const contactButtonId = `${id}-contact-button`;
  const removeButtonId = `${id}-remove-button`;

  useEffect(() => {
    if (mode === "remove") confirmButton.current?.focus();
    else if (mode === "view" && returnTo.current) {
      document.getElementById(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [mode]);

  const open = (next: "contact" | "remove") => {
    reset();
    props.onOpen();
    setDraft(draftOf(owner.contact));
    setVersion(props.version);
    setMode(next);
  };
  const close = (buttonId: string) => {
    returnTo.current = buttonId;
    setMode("view");
  };
  const others = () => ownersAsSent(props.owners);

  function changeRole() {
    const toLead = owner.role === "supporting";
    const previous = props.owners.find(
      (o) => toLead && o.role === "lead" && o.agency.side === owner.agency.side && o.agency.key !== owner.agency.key,
    );
    save(
      props.version,
      others().map((o) =>
        o.agency === owner.agency.key
          ? { ...o, role: toLead ? "lead" : "supporting" }
          : previous && o.agency === previous.agency.key
            ? { ...o, role: "supporting" }
            : o,
      ),
      () => {
        props.onSaved(
          toLead
            ? previous
              ? t("owners.madeLeadInstead", { agency: abbr, previous: previous.agency.abbreviation })
              : t("owners.madeLead", { agency: abbr })
            : t("owners.madeSupporting", { agency: abbr }),
        );
        return null;
      },
    );
  }

  function saveContact() {
    save(
      version,
      others().map((o) => (o.agency === owner.agency.key ? { ...o, contact: contactInput(draft) } : o)),
      () => {
        close(contactButtonId);
        props.onSaved(t("owners.contactSaved", { agency: abbr }));
        return null;
      },
    );
  }

  function remove() {
    save(
      version,
      others().filter((o) => o.agency !== owner.agency.key),
      () => {
        props.onSaved(t("owners.removed", { agency: abbr }));
        return null;
      },
    );
  }

  return (
    <li className="space-y-2 py-3 text-sm" aria-labelledby={`${id}-name`}>
      <div className="space-y-2">
        <div className="min-w-0 space-y-1">
          <p id={`${id}-name`} className="break-words font-medium">
            {owner.agency.name} <span className="text-muted-foreground">({abbr})</span>
          </p>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
            <Badge tone={owner.role === "lead" ? "info" : "neutral"}>{t(`ownerRole.${owner.role}`)}</Badge>
            <ContactLine contact={owner.contact} />
          </p>
        </div>
        {props.canEdit && mode === "view" ? (
          <div className="flex flex-wrap items-center gap-1">
            <Button
              size="sm"
              variant="outline"
              disabled={pending}
              onClick={changeRole}
              aria-label={
                owner.role === "lead"
                  ? t("owners.makeSupportingOf", { agency: abbr })
                  : t("owners.makeLeadOf", { agency: abbr })
              }
            >
              <Crown aria-hidden />
              {owner.role === "lead" ? t("owners.makeSupporting") : t("owners.makeLead")}
            </Button>
            <Button
              id={contactButtonId}
              size="sm"
              variant="outline"
              onClick={() => open("contact")}
              aria-label={t("owners.editContactOf", { agency: abbr })}
            >
              <Pencil aria-hidden /> {t("owners.editContact")}
            </Button>
            <Button
              id={removeButtonId}
              size="sm"
              variant="ghost"
              onClick={() => open("remove")}
              aria-label={t("owners.removeOf", { agency: abbr })}
            >
              <Trash2 aria-hidden /> {t("owners.remove")}
            </Button>
          </div>
        ) : null}
      </div>
      {mode === "view" ? <FormOutcome message={message} className="text-xs" /> : null}
      {mode === "contact" ? (
        <OwnerFormShell
          label={t("owners.contactLabel", { agency: abbr })}
          submitLabel={t("owners.save")}
          pending={pending}
          message={message}
          onSubmit={saveContact}
          onCancel={() => close(contactButtonId)}
        >
          <ContactFields
            id={`${id}-contact`}
            agencyAbbreviation={abbr}
            candidates={props.candidates.filter((u) => u.agencyId === owner.agency.id)}
            value={draft}
            onChange={setDraft}
            errors={fieldErrors}
            autoFocus
          />
        </OwnerFormShell>
      ) : null}
      {mode === "remove" ? (
        <div
          role="group"
          aria-labelledby={`${id}-confirm`}
          className="space-y-2 rounded-md border border-destructive/40 bg-destructive/5 p-3"
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              close(removeButtonId);
            }
          }}
        >
          <p id={`${id}-confirm`}>{t("owners.confirmRemove", { agency: abbr })}</p>
          <div className="flex flex-wrap gap-2">
            <Button ref={confirmButton} size="sm" variant="destructive" disabled={pending} onClick={remove}>
              {pending ? t("owners.saving") : t("owners.confirmRemoveButton", { agency: abbr })}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => close(removeButtonId)}>
              {t("owners.cancel")}
            </Button>
          </div>
          <FormOutcome message={message} />
        </div>
      ) : null}
    </li>
  );
}
