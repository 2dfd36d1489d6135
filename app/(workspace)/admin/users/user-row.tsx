"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { userRoles, type UserRole } from "@/db/schema/enums";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FieldError, FormOutcome, selectClass, TextField, useServerAction } from "@/components/forms/form-parts";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "./actions";
import type { AgencyOption } from "./new-user-form";

export interface UserRowData {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  agencyKey: string | null;
  active: boolean;
  /** Already formatted on the server, in the reader's language and time zone. */
  lastSignIn: string | null;
}

const COLUMNS = 7;

/** One user: role and agency edited in place, activation, and a password reset form below the row. */
export function UserRow({
  user,
  agencies,
  isSelf,
  minLength,
}: {
  user: UserRowData;
  agencies: AgencyOption[];
  isSelf: boolean;
  minLength: number;
}) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  const [role, setRole] = useState<UserRole>(user.role);
  const [agency, setAgency] = useState(user.agencyKey ?? "");
  // When the saved values change (this save, or another administrator's), the selects follow them.
  const saved = `${user.role}|${user.agencyKey ?? ""}`;
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setRole(user.role);
    setAgency(user.agencyKey ?? "");
  }
  const [resetOpen, setResetOpen] = useState(false);
  const edit = useServerAction(updateUserAction);
  const activation = useServerAction(setUserActiveAction);
  const reset = useServerAction(resetPasswordAction);
  const id = `user-${user.id}`;
  const dirty = role !== user.role || agency !== (user.agencyKey ?? "");
  // The row shows the outcome of whatever was done last in it.
  const [last, setLast] = useState<"edit" | "activation" | "reset">("edit");
  const message = { edit: edit.message, activation: activation.message, reset: reset.message }[last];

  function save() {
    setLast("edit");
    edit.run({ id: user.id, role, agency: agency || null }, () => t("saved", { name: user.name }));
  }

  function toggleActive() {
    setLast("activation");
    activation.run({ id: user.id, active: !user.active }, (u) =>
      u.active ? t("reactivated", { name: u.name }) : t("deactivated", { name: u.name }),
    );
  }

  function submitReset(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setLast("reset");
    reset.run({ id: user.id, password }, () => {
      setResetOpen(false);
      return t("passwordWasReset", { name: user.name });
    });
  }

  return (
    <>
      <tr className="border-t align-top">
        <th scope="row" className="px-3 py-2 text-left font-medium">
          {user.name}
          {isSelf ? <span className="block text-xs font-normal text-muted-foreground">{t("you")}</span> : null}
        </th>
        <td className="px-3 py-2">{user.email}</td>
        <td className="px-3 py-2">
          <select
            id={`${id}-role`}
            aria-label={t("roleOf", { name: user.name })}
            aria-invalid={edit.fieldErrors.role ? true : undefined}
            aria-describedby={edit.fieldErrors.role ? `${id}-role-error` : undefined}
            value={role}
            onChange={(e) => setRole(e.target.value as UserRole)}
            className={`${selectClass} min-w-40`}
          >
            {userRoles.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-role-error`} errors={edit.fieldErrors.role} />
        </td>
        <td className="px-3 py-2">
          <select
            id={`${id}-agency`}
            aria-label={t("agencyOf", { name: user.name })}
            aria-invalid={edit.fieldErrors.agency ? true : undefined}
            aria-describedby={edit.fieldErrors.agency ? `${id}-agency-error` : undefined}
            value={agency}
            onChange={(e) => setAgency(e.target.value)}
            className={`${selectClass} min-w-36 max-w-64`}
          >
            <option value="">{t("noAgency")}</option>
            {agencies.map((a) => (
              <option key={a.key} value={a.key}>
                {a.label}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-agency-error`} errors={edit.fieldErrors.agency} />
        </td>
        <td className="px-3 py-2">
          {user.active ? <Badge tone="good">{t("active")}</Badge> : <Badge tone="bad">{t("inactive")}</Badge>}
        </td>
        <td className="whitespace-nowrap px-3 py-2 text-muted-foreground">{user.lastSignIn ?? t("never")}</td>
        <td className="px-3 py-2">
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant={dirty ? "default" : "outline"}
              onClick={save}
              disabled={!dirty || edit.pending}
              aria-label={t("saveFor", { name: user.name })}
            >
              {edit.pending ? t("saving") : t("save")}
            </Button>
            <Button
              size="sm"
              variant={user.active ? "outline" : "default"}
              onClick={toggleActive}
              disabled={activation.pending || (isSelf && user.active)}
              aria-label={
                user.active ? t("deactivateUser", { name: user.name }) : t("reactivateUser", { name: user.name })
              }
              aria-describedby={isSelf && user.active ? `${id}-self` : undefined}
            >
              {user.active ? t("deactivate") : t("reactivate")}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-expanded={resetOpen}
              aria-controls={`${id}-reset`}
              aria-label={t("resetPasswordFor", { name: user.name })}
              onClick={() => {
                reset.reset();
                setResetOpen((open) => !open);
              }}
            >
              {t("resetPassword")}
            </Button>
          </div>
          {isSelf && user.active ? (
            <p id={`${id}-self`} className="mt-1 text-xs text-muted-foreground">
              {t("cannotDeactivateSelf")}
            </p>
          ) : null}
          {/* While the reset form is open its own outcome shows there, next to the field. */}
          <FormOutcome message={last === "reset" && resetOpen ? null : message} className="mt-1 text-xs" />
        </td>
      </tr>
      {resetOpen ? (
        <tr id={`${id}-reset`} className="bg-muted/40">
          <td colSpan={COLUMNS} className="px-3 py-3">
            <form
              onSubmit={submitReset}
              noValidate
              className="flex flex-wrap items-end gap-3"
              aria-label={t("resetPasswordFor", { name: user.name })}
            >
              <TextField
                id={`${id}-new-password`}
                name="password"
                type="password"
                label={t("newPasswordFor", { name: user.name })}
                hint={t("resetHint", { min: minLength })}
                autoComplete="new-password"
                autoFocus
                required
                errors={reset.fieldErrors.password}
                className="min-w-72 flex-1"
              />
              <Button type="submit" disabled={reset.pending}>
                {reset.pending ? t("saving") : t("setPassword")}
              </Button>
              <Button type="button" variant="ghost" onClick={() => setResetOpen(false)}>
                {t("cancel")}
              </Button>
              <FormOutcome message={reset.message} className="basis-full" />
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}
