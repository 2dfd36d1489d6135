"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, TextField, useServerAction } from "@/components/forms/form-parts";
import {
  freezeNoteVersionAction,
  restoreNoteVersionAction,
} from "@/app/(workspace)/recommendations/[code]/note-actions";

/** "Freeze as report version": names a read-only copy of the notes as saved now. */
export function FreezeVersionForm({ code }: { code: string }) {
  const t = useTranslations("notes");
  const [name, setName] = useState("");
  const { run, pending, fieldErrors, message } = useServerAction(freezeNoteVersionAction);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        run({ code, name }, (data) => {
          setName("");
          return t("frozen", { name: data.name });
        });
      }}
    >
      <TextField
        id="note-version-name"
        label={t("versionName")}
        hint={t("versionNameHint")}
        value={name}
        maxLength={120}
        required
        onChange={(e) => setName(e.target.value)}
        errors={fieldErrors.name}
      />
      <Button size="sm" type="submit" disabled={pending || !name.trim()}>
        {t("freeze")}
      </Button>
      <FormOutcome message={message} />
    </form>
  );
}

/** Restores the viewed version into the live note, after a confirmation. */
export function RestoreVersionButton({ code, versionId, name }: { code: string; versionId: string; name: string }) {
  const t = useTranslations("notes");
  const router = useRouter();
  const { run, pending, message } = useServerAction(restoreNoteVersionAction);
  return (
    <div className="space-y-1">
      <Button
        size="sm"
        variant="outline"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("restoreConfirm", { name }))) return;
          run({ code, versionId }, (data) => {
            router.replace(`/recommendations/${encodeURIComponent(code)}#notes`);
            return t("restored", { name: data.name });
          });
        }}
      >
        {t("restore")}
      </Button>
      <FormOutcome message={message} />
    </div>
  );
}
