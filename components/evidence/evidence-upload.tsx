"use client";
import { useId, useRef, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Upload } from "lucide-react";
import { FormOutcome, type FormMessage } from "@/components/forms/form-parts";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { uploadEvidenceFile } from "./evidence-requests";
import type { EvidenceOwnerProp } from "./types";
import { useEvidenceFormat } from "./use-evidence-format";

/** The types the picker offers first (the server decides from the content, whatever is picked). */
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.csv";

/**
 * Attaches a file: chosen with a labelled file input (or dropped on it), refused at once when over
 * the size limit, otherwise sent with a progress bar; the server's refusal (wrong type, no right)
 * is shown as it words it.
 */
export function EvidenceUpload(props: { owner: EvidenceOwnerProp }) {
  const t = useTranslations("evidence");
  const locale = useLocale();
  const format = useFormatter();
  const router = useRouter();
  const f = useEvidenceFormat();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; share: number } | null>(null);
  const [message, setMessage] = useState<FormMessage>(null);

  async function send(file: File) {
    setMessage(null);
    if (file.size > MAX_EVIDENCE_BYTES) {
      if (input.current) input.current.value = "";
      setMessage({
        tone: "error",
        text: t("tooLarge", { limit: f.megabytes(MAX_EVIDENCE_BYTES), size: f.megabytes(file.size) }),
      });
      return;
    }
    setProgress({ name: file.name, share: 0 });
    const outcome = await uploadEvidenceFile(props.owner, file, {
      locale,
      failed: t("failed"),
      onProgress: (share) => setProgress({ name: file.name, share }),
    });
    setProgress(null);
    if (input.current) input.current.value = "";
    setMessage(
      outcome.ok ? { tone: "ok", text: t("uploaded", { name: file.name }) } : { tone: "error", text: outcome.message },
    );
    if (outcome.ok) router.refresh();
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="flex items-center gap-1.5 text-sm font-medium">
        <Upload aria-hidden className="size-4" /> {t("attachFile")}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        accept={ACCEPT}
        aria-describedby={`${id}-hint`}
        disabled={progress !== null}
        className="block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-accent"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void send(file);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0];
          if (!file) return;
          e.preventDefault();
          void send(file);
        }}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {t("hint", { limit: f.megabytes(MAX_EVIDENCE_BYTES) })}
      </p>
      {progress ? (
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <progress
            value={progress.share}
            max={1}
            className="h-2 w-40 accent-primary"
            aria-label={t("uploadingOf", { name: progress.name })}
          />
          <span>
            {t("uploading", { name: progress.name, share: format.number(progress.share, { style: "percent" }) })}
          </span>
        </div>
      ) : null}
      <FormOutcome message={message} className="text-xs" />
    </div>
  );
}
