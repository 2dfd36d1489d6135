"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { sides } from "@/db/schema/enums";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, TextField, useServerAction } from "@/components/forms/form-parts";
import { createAgencyAction, mergeAgenciesAction } from "./actions";

export interface AgencyChoice {
  key: string;
  label: string;
}

export function CreateAgencyForm() {
  const t = useTranslations("admin.agencies");
  const ts = useTranslations("sides");
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, fieldErrors, message } = useServerAction(createAgencyAction);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    run(
      {
        key: value("key"),
        abbreviation: value("abbreviation"),
        side: value("side") as (typeof sides)[number],
        nameEn: value("nameEn"),
        nameZhHans: value("nameZhHans"),
        nameZhHant: value("nameZhHant"),
      },
      (created) => {
        form.current?.reset();
        return t("created", { abbreviation: created.abbreviation, key: created.key });
      },
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-4" aria-label={t("newTitle")}>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="new-agency-key"
          name="key"
          label={t("key")}
          hint={t("keyHint")}
          autoComplete="off"
          required
          errors={fieldErrors.key}
        />
        <TextField
          id="new-agency-abbreviation"
          name="abbreviation"
          label={t("abbreviation")}
          autoComplete="off"
          required
          errors={fieldErrors.abbreviation}
        />
        <SelectField
          id="new-agency-side"
          name="side"
          label={t("side")}
          defaultValue="shenzhen"
          options={sides.map((s) => ({ value: s, label: ts(s) }))}
          errors={fieldErrors.side}
        />
        <TextField
          id="new-agency-name-en"
          name="nameEn"
          label={t("nameEn")}
          lang="en"
          required
          errors={fieldErrors.nameEn}
        />
        <TextField
          id="new-agency-name-zh-hans"
          name="nameZhHans"
          label={t("nameZhHans")}
          lang="zh-Hans"
          required
          errors={fieldErrors.nameZhHans}
        />
        <TextField
          id="new-agency-name-zh-hant"
          name="nameZhHant"
          label={t("nameZhHant")}
          lang="zh-Hant"
          required
          errors={fieldErrors.nameZhHant}
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

/** Choose two agencies, review what will happen, then confirm: merging cannot be undone. */
export function MergeAgenciesForm({ agencies }: { agencies: AgencyChoice[] }) {
  const t = useTranslations("admin.agencies");
  const [source, setSource] = useState("");
  const [target, setTarget] = useState("");
  const [confirming, setConfirming] = useState(false);
  const { run, pending, fieldErrors, message, reset } = useServerAction(mergeAgenciesAction);
  const labelOf = (key: string) => agencies.find((a) => a.key === key)?.label ?? key;
  const options = [{ value: "", label: t("choose") }, ...agencies.map((a) => ({ value: a.key, label: a.label }))];
  const sameChosen = source !== "" && source === target;

  function review(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    if (source && target && !sameChosen) setConfirming(true);
  }

  function merge() {
    run({ sourceKey: source, targetKey: target }, (r) => {
      setConfirming(false);
      setSource("");
      setTarget("");
      return t("merged", {
        source: r.source,
        target: r.target,
        users: r.users,
        owners: r.ownersMoved + r.ownersCombined,
        actions: r.actions,
      });
    });
  }

  return (
    <form onSubmit={review} noValidate className="space-y-4" aria-label={t("mergeTitle")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="merge-source"
          name="sourceKey"
          label={t("mergeSource")}
          hint={t("mergeSourceHint")}
          value={source}
          disabled={confirming}
          onChange={(e) => setSource(e.target.value)}
          options={options}
          errors={fieldErrors.sourceKey}
        />
        <SelectField
          id="merge-target"
          name="targetKey"
          label={t("mergeTarget")}
          hint={t("mergeTargetHint")}
          value={target}
          disabled={confirming}
          onChange={(e) => setTarget(e.target.value)}
          options={options}
          errors={sameChosen ? [t("mergeSame")] : fieldErrors.targetKey}
        />
      </div>
      {confirming ? (
        <div
          role="group"
          aria-labelledby="merge-confirm-text"
          className="space-y-3 rounded-md border border-destructive/50 bg-destructive/5 p-4"
        >
          <p id="merge-confirm-text" className="text-sm">
            {t("mergeConfirm", { source: labelOf(source), target: labelOf(target) })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="destructive" onClick={merge} disabled={pending} autoFocus>
              {pending ? t("merging") : t("mergeConfirmButton", { source, target })}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" variant="outline" disabled={!source || !target || sameChosen}>
          {t("mergeReview")}
        </Button>
      )}
      <FormOutcome message={message} />
    </form>
  );
}
