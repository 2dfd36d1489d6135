"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Download, ExternalLink, FileText, Link2, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormOutcome, type FormMessage } from "@/components/forms/form-parts";
import { removeEvidenceRequest } from "./evidence-requests";
import { evidenceDownloadPath, type EvidenceListItem } from "./types";
import { useEvidenceFormat } from "./use-evidence-format";

/**
 * Files and links attached as evidence: name, type and size, who added it and when, a download
 * link; with `canRemove`, a remove button that asks first.
 */
export function EvidenceList(props: { items: EvidenceListItem[]; canRemove: boolean; label: string }) {
  const t = useTranslations("evidence");
  const locale = useLocale();
  const router = useRouter();
  const f = useEvidenceFormat();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<FormMessage>(null);

  async function remove(item: EvidenceListItem) {
    setPending(true);
    const outcome = await removeEvidenceRequest(item.id, locale, t("failed"));
    setPending(false);
    setConfirming(null);
    setMessage(
      outcome.ok ? { tone: "ok", text: t("removed", { name: item.name }) } : { tone: "error", text: outcome.message },
    );
    if (outcome.ok) router.refresh();
  }

  return (
    <div className="space-y-2">
      {props.items.length === 0 ? (
        <p className="text-xs text-muted-foreground">{t("none")}</p>
      ) : (
        <ul className="divide-y rounded-md border" aria-label={props.label}>
          {props.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 p-2 text-sm">
              <div className="min-w-0 flex-1 space-y-0.5">
                {item.kind === "file" ? (
                  <a
                    href={evidenceDownloadPath(item.id)}
                    download
                    className="inline-flex max-w-full items-center gap-1.5 break-all font-medium text-primary underline-offset-4 hover:underline"
                  >
                    <FileText aria-hidden className="size-4 shrink-0" />
                    <span>{item.name}</span>
                    <Download aria-hidden className="size-3.5 shrink-0" />
                    <span className="sr-only">{t("download")}</span>
                  </a>
                ) : (
                  <a
                    href={item.url!}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="inline-flex max-w-full items-center gap-1.5 break-all font-medium text-primary underline-offset-4 hover:underline"
                  >
                    <Link2 aria-hidden className="size-4 shrink-0" />
                    <span>{item.name}</span>
                    <ExternalLink aria-hidden className="size-3.5 shrink-0" />
                    <span className="sr-only">{t("opensNewTab")}</span>
                  </a>
                )}
                <p className="text-xs text-muted-foreground">
                  {item.kind === "file"
                    ? t("fileDetails", { type: f.type(item.contentType), size: f.size(item.size ?? 0) })
                    : t("linkDetails", { url: item.url! })}
                  {" · "}
                  {t("addedBy", { name: item.uploadedBy ?? t("removedAccount"), when: f.when(item.createdAt) })}
                </p>
              </div>
              {props.canRemove ? (
                confirming === item.id ? (
                  <div
                    className="flex flex-wrap items-center gap-1"
                    role="group"
                    aria-label={t("confirmRemove", { name: item.name })}
                  >
                    <span className="text-xs">{t("confirmRemove", { name: item.name })}</span>
                    <Button size="sm" variant="destructive" disabled={pending} onClick={() => remove(item)}>
                      {t("remove")}
                    </Button>
                    <Button size="sm" variant="ghost" disabled={pending} onClick={() => setConfirming(null)}>
                      {t("keep")}
                    </Button>
                  </div>
                ) : (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t("removeOf", { name: item.name })}
                    onClick={() => {
                      setMessage(null);
                      setConfirming(item.id);
                    }}
                  >
                    <Trash2 aria-hidden /> {t("remove")}
                  </Button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <FormOutcome message={message} className="text-xs" />
    </div>
  );
}
