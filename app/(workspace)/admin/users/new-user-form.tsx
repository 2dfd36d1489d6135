"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { userRoles, type UserRole } from "@/db/schema/enums";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, TextField, useServerAction } from "@/components/forms/form-parts";
import { createUserAction } from "./actions";

export interface AgencyOption {
  key: string;
  label: string;
}

export function NewUserForm({ agencies, minLength }: { agencies: AgencyOption[]; minLength: number }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  const form = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<UserRole>("member");
  const { run, pending, fieldErrors, message } = useServerAction(createUserAction);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    run(
      {
        name: value("name"),
        email: value("email"),
        role,
        agency: value("agency") || null,
        password: value("password"),
      },
      (user) => {
        form.current?.reset();
        setRole("member");
        return t("created", { name: user.name, email: user.email });
      },
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-4" aria-label={t("newTitle")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="new-user-name"
          name="name"
          label={t("name")}
          autoComplete="off"
          required
          errors={fieldErrors.name}
        />
        <TextField
          id="new-user-email"
          name="email"
          type="email"
          label={t("email")}
          autoComplete="off"
          required
          errors={fieldErrors.email}
        />
        <SelectField
          id="new-user-role"
          name="role"
          label={t("role")}
          value={role}
          onChange={(e) => setRole(e.target.value as UserRole)}
          options={userRoles.map((r) => ({ value: r, label: tr(r) }))}
          errors={fieldErrors.role}
        />
        <SelectField
          id="new-user-agency"
          name="agency"
          label={t("agency")}
          hint={role === "member" ? t("agencyRequired") : t("agencyOptional")}
          defaultValue=""
          options={[{ value: "", label: t("noAgency") }, ...agencies.map((a) => ({ value: a.key, label: a.label }))]}
          errors={fieldErrors.agency}
        />
        <TextField
          id="new-user-password"
          name="password"
          type="password"
          label={t("initialPassword")}
          hint={t("passwordHint", { min: minLength })}
          autoComplete="new-password"
          required
          errors={fieldErrors.password}
          className="sm:col-span-2"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
        <FormOutcome message={message} />
      </div>
    </form>
  );
}
