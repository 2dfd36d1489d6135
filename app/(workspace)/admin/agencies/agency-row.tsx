"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, TextField, useServerAction } from "@/components/forms/form-parts";
import { renameAgencyAction } from "./actions";

export interface AgencyRowData {
  key: string;
  abbreviation: string;
  side: string;
  sideLabel: string;
  nameEn: string;
  nameZhHans: string;
  nameZhHant: string;
}

const COLUMNS = 7;

/** One agency, with a rename form that opens below its row. */
export function AgencyRow({ agency }: { agency: AgencyRowData }) {
  const t = useTranslations("admin.agencies");
  const [open, setOpen] = useState(false);
  const { run, pending, fieldErrors, message, reset } = useServerAction(renameAgencyAction);
  const id = `agency-${agency.key}`;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    run(
      {
        key: agency.key,
        abbreviation: value("abbreviation"),
        nameEn: value("nameEn"),
        nameZhHans: value("nameZhHans"),
        nameZhHant: value("nameZhHant"),
      },
      (renamed) => {
        setOpen(false);
        return t("renamed", { key: renamed.key });
      },
    );
  }

  return (
    <>
      <tr className="border-t align-top">
        <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{agency.key}</td>
        <th scope="row" className="px-3 py-2 text-left font-medium">
          {agency.abbreviation}
        </th>
        <td className="whitespace-nowrap px-3 py-2">{agency.sideLabel}</td>
        <td className="px-3 py-2" lang="en">
          {agency.nameEn}
        </td>
        <td className="px-3 py-2" lang="zh-Hans">
          {agency.nameZhHans}
        </td>
        <td className="px-3 py-2" lang="zh-Hant">
          {agency.nameZhHant}
        </td>
        <td className="px-3 py-2">
          <Button
            size="sm"
            variant="outline"
            aria-expanded={open}
            aria-controls={`${id}-rename`}
            aria-label={t("renameAgency", { abbreviation: agency.abbreviation })}
            onClick={() => {
              reset();
              setOpen((o) => !o);
            }}
          >
            {t("rename")}
          </Button>
          {open ? null : <FormOutcome message={message} className="mt-1 text-xs" />}
        </td>
      </tr>
      {open ? (
        <tr id={`${id}-rename`} className="bg-muted/40">
          <td colSpan={COLUMNS} className="px-3 py-3">
            <form
              onSubmit={submit}
              noValidate
              aria-label={t("renameAgency", { abbreviation: agency.abbreviation })}
              className="space-y-3"
            >
              <div className="grid gap-3 sm:grid-cols-4">
                <TextField
                  id={`${id}-abbreviation`}
                  name="abbreviation"
                  label={t("abbreviation")}
                  defaultValue={agency.abbreviation}
                  required
                  autoFocus
                  errors={fieldErrors.abbreviation}
                />
                <TextField
                  id={`${id}-name-en`}
                  name="nameEn"
                  label={t("nameEn")}
                  lang="en"
                  defaultValue={agency.nameEn}
                  required
                  errors={fieldErrors.nameEn}
                />
                <TextField
                  id={`${id}-name-zh-hans`}
                  name="nameZhHans"
                  label={t("nameZhHans")}
                  lang="zh-Hans"
                  defaultValue={agency.nameZhHans}
                  required
                  errors={fieldErrors.nameZhHans}
                />
                <TextField
                  id={`${id}-name-zh-hant`}
                  name="nameZhHant"
                  label={t("nameZhHant")}
                  lang="zh-Hant"
                  defaultValue={agency.nameZhHant}
                  required
                  errors={fieldErrors.nameZhHant}
                />
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <Button type="submit" disabled={pending}>
                  {pending ? t("saving") : t("saveNames")}
                </Button>
                <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
                  {t("cancel")}
                </Button>
                <FormOutcome message={message} />
              </div>
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}
