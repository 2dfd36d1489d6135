"use client";
import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/components/forms/form-parts";
import { useLoadedVersion } from "@/components/forms/use-loaded-version";
import { saveTracking } from "@/app/(workspace)/recommendations/[code]/actions";

/** What one field's save sends besides the code and the version (one PATCH, one transaction). */
export type PropertyPatch = Omit<Parameters<typeof saveTracking>[0], "code" | "version">;

export type PropertyNotice =
  | { tone: "ok"; field: string; text: string }
  | { tone: "error"; field: string; text: string }
  | { tone: "conflict"; field: string; text: string };

/**
 * Saves one field of the panel at a time against the version the panel was showing when the person
 * began the edit. Beginning an edit (opening a menu, an editor or a prompt) holds that version, so a
 * change someone else makes meanwhile is refused as a conflict instead of overwritten; an idle panel
 * adopts newer values as they arrive (live refresh).
 */
export function usePropertySave<T extends { code: string; version: number }>(current: T) {
  const t = useTranslations("properties");
  const router = useRouter();
  const base = useLoadedVersion(current, () => {});
  const [pending, start] = useTransition();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<PropertyNotice | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  const save = useCallback(
    (field: string, label: string, patch: PropertyPatch, done?: (ok: boolean) => void) => {
      setNotice(null);
      setErrors({});
      setBusy(field);
      const version = base.version;
      start(async () => {
        const result = await saveTracking({ code: current.code, version, ...patch });
        setBusy(null);
        if (result.ok) {
          base.saved();
          setNotice({ tone: "ok", field, text: t("saved", { field: label }) });
        } else if (result.code === "conflict") {
          setNotice({ tone: "conflict", field, text: result.error });
        } else {
          setErrors(result.fieldErrors ?? {});
          setNotice({ tone: "error", field, text: result.error });
        }
        done?.(result.ok);
      });
    },
    [base, current.code, t],
  );

  return {
    save,
    pending,
    busy,
    notice,
    errors,
    /** Hold the version the person is looking at while they edit. */
    begin: base.touch,
    /** The edit ended without a save: newer values may be adopted again. */
    release: () => {
      base.saved();
      setErrors({});
    },
    /** After a conflict: show the current values and base the next edit on them. */
    reload: () => {
      base.saved();
      setErrors({});
      setNotice(null);
      router.refresh();
    },
  };
}
