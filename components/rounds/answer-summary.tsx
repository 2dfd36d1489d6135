import { useFormatter, useTranslations } from "next-intl";
import type { Health, RecommendationStatus } from "@/db/schema/enums";
import { HealthBadge, StatusBadge } from "@/components/recommendations/badges";

export interface AnswerContent {
  proposedStatus: RecommendationStatus | null;
  proposedHealth: Health | null;
  statement: string;
  targetDate: string | null;
  targetDateReason: string | null;
  updatedAt: Date | string | null;
}

/** An answer as written, read-only: what the reviewer reads and what a submitted answer shows its agency. */
export function AnswerSummary({ answer }: { answer: AnswerContent }) {
  const t = useTranslations("rounds.answer");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="text-muted-foreground">{t("proposedStatus")}</dt>
      <dd>{answer.proposedStatus ? <StatusBadge status={answer.proposedStatus} /> : t("unchanged")}</dd>
      <dt className="text-muted-foreground">{t("proposedHealth")}</dt>
      <dd>{answer.proposedHealth ? <HealthBadge health={answer.proposedHealth} /> : t("unchanged")}</dd>
      {answer.targetDate ? (
        <>
          <dt className="text-muted-foreground">{t("revisedTarget")}</dt>
          <dd>{t("targetWithReason", { date: day(answer.targetDate), reason: answer.targetDateReason ?? "" })}</dd>
        </>
      ) : null}
      <dt className="text-muted-foreground">{t("statement")}</dt>
      <dd className="whitespace-pre-line break-words">{answer.statement || t("noStatement")}</dd>
    </dl>
  );
}
