"use client";
import { useTranslations } from "next-intl";
import { EvidenceLinkForm } from "./evidence-link-form";
import { EvidenceList } from "./evidence-list";
import { EvidenceUpload } from "./evidence-upload";
import type { EvidenceListItem, EvidenceOwnerProp } from "./types";

/**
 * An owner's evidence behind a disclosure, "Evidence (2)": the list, and for those who may add
 * evidence the upload and the link form.
 */
export function EvidencePanel(props: {
  owner: EvidenceOwnerProp;
  items: EvidenceListItem[];
  canWrite: boolean;
  /** What the evidence is of, for the list's name ("Evidence of Draft the pilot rules"). */
  of: string;
  /** Why adding is not offered, when it is not (shown to those who may only read). */
  refusal?: string | null;
}) {
  const t = useTranslations("evidence");
  return (
    <details className="group mt-2 text-sm">
      <summary className="cursor-pointer text-xs font-medium text-muted-foreground hover:text-foreground">
        {t("summary", { count: props.items.length })}
      </summary>
      <div className="mt-2 space-y-3 border-l-2 pl-3">
        <EvidenceList items={props.items} canRemove={props.canWrite} label={t("listOf", { of: props.of })} />
        {props.canWrite ? (
          <>
            <EvidenceUpload owner={props.owner} />
            <EvidenceLinkForm owner={props.owner} />
          </>
        ) : props.refusal ? (
          <p className="text-xs text-muted-foreground">{props.refusal}</p>
        ) : null}
      </div>
    </details>
  );
}
