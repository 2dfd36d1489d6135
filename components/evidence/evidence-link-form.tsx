"use client";
import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormOutcome, type FormMessage } from "@/components/forms/form-parts";
import { addEvidenceLinkRequest } from "./evidence-requests";
import type { EvidenceOwnerProp } from "./types";

/** "Add a link": a web address as evidence, with an optional label saying what it is. */
export function EvidenceLinkForm(props: { owner: EvidenceOwnerProp }) {
  const t = useTranslations("evidence");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [url, setUrl] = useState("");
  const [label, setLabel] = useState("");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<FormMessage>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const outcome = await addEvidenceLinkRequest(props.owner, { url, label }, locale, t("failed"));
    setPending(false);
    if (outcome.ok) {
      setMessage({ tone: "ok", text: t("linkAdded", { name: label.trim() || url }) });
      setUrl("");
      setLabel("");
      router.refresh();
    } else {
      setMessage({ tone: "error", text: outcome.message });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="text-sm font-medium">
        {t("addLink")}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="space-y-1">
          <Label htmlFor={`${id}-url`}>{t("linkUrl")}</Label>
          <Input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://"
          />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-label`}>{t("linkLabel")}</Label>
          <Input id={`${id}-label`} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </div>
      </div>
      <Button type="submit" size="sm" variant="outline" disabled={pending || !url.trim()}>
        {t("addLinkButton")}
      </Button>
      <FormOutcome message={message} className="text-xs" />
    </form>
  );
}
