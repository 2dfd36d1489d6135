"use client";
import { useFormatter, useTranslations } from "next-intl";

/** The kind of document a stored type is, as the list names it. */
const typeKeys: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/gif": "gif",
  "image/webp": "webp",
  "application/msword": "word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
  "application/vnd.oasis.opendocument.text": "word",
  "application/vnd.ms-excel": "spreadsheet",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "spreadsheet",
  "application/vnd.oasis.opendocument.spreadsheet": "spreadsheet",
  "application/vnd.ms-powerpoint": "presentation",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "presentation",
  "application/vnd.oasis.opendocument.presentation": "presentation",
  "text/csv; charset=utf-8": "csv",
  "text/plain; charset=utf-8": "text",
};

/** Sizes, types and dates of evidence in the reader's language. */
export function useEvidenceFormat() {
  const t = useTranslations("evidence");
  const format = useFormatter();
  return {
    size(bytes: number) {
      if (bytes < 1024) return t("size.bytes", { size: bytes });
      if (bytes < 1024 * 1024) return t("size.kb", { size: format.number(bytes / 1024, { maximumFractionDigits: 0 }) });
      return t("size.mb", { size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) });
    },
    type(contentType: string | null) {
      const key = contentType ? typeKeys[contentType] : undefined;
      return key ? t(`types.${key}` as "types.pdf") : t("types.other");
    },
    when(iso: string) {
      return format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
    },
    /** Megabytes for the size refusal, as the server words it: mebibytes rounded up to a tenth. */
    megabytes(bytes: number) {
      return format.number(Math.ceil((bytes / (1024 * 1024)) * 10) / 10, { maximumFractionDigits: 1 });
    },
  };
}
