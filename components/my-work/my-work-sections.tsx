import Link from "next/link";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Localized } from "@/lib/i18n/localized";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SideDot } from "@/components/recommendations/badges";
import type { AgencyOption, AssigneeOption } from "@/components/recommendations/actions/types";
import type { MyWorkGroup } from "@/db/queries/my-work";
import { MyWorkRow, type MyWorkRowItem } from "./my-work-row";

/** One group of My work (Overdue, Due within 14 days, …): a heading with its count, then its actions. */
export async function MyWorkGroupSection(props: {
  group: MyWorkGroup;
  items: MyWorkRowItem[];
  showAgency: boolean;
  reassignAgencies: AgencyOption[];
  assignees: AssigneeOption[];
}) {
  const t = await getTranslations("myWork");
  const id = `my-work-${props.group}`;
  return (
    <Card aria-labelledby={`${id}-h`} data-group={props.group}>
      <h2 id={`${id}-h`} className="mb-1 flex items-center gap-2 text-base font-semibold">
        {t(`groups.${props.group}`)}
        <Badge tone={props.group === "overdue" && props.items.length ? "bad" : "neutral"}>{props.items.length}</Badge>
      </h2>
      {props.items.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t(`empty.${props.group}`)}</p>
      ) : (
        <ul className="divide-y">
          {props.items.map((item) => (
            <MyWorkRow
              key={item.id}
              item={item}
              showAgency={props.showAgency}
              reassignAgencies={props.reassignAgencies}
              assignees={props.assignees}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

/** An entry of a Needs attention list: a link to the recommendation, what is wrong, where. */
export interface AttentionEntry {
  key: string;
  code: string;
  /** The action's title, or the recommendation's own for a recommendation without actions. */
  title: Localized;
  /** The recommendation's title, when the entry is an action. */
  serves: Localized | null;
  agency: { abbreviation: string; side: string } | null;
  detail: string | null;
  late: string | null;
}

/** One Needs attention list: its count, the first few entries, "Show all" (or "Show fewer") links. */
export async function AttentionList(props: {
  list: "unassigned" | "overdue" | "unplanned";
  count: number;
  entries: AttentionEntry[];
  showAllHref: string | null;
  showFewerHref: string | null;
}) {
  const t = await getTranslations("myWork");
  const id = `attention-${props.list}`;
  return (
    <section aria-labelledby={`${id}-h`} className="min-w-0 space-y-2">
      <h3 id={`${id}-h`} className="flex items-center gap-2 text-sm font-semibold">
        {t(`attention.${props.list}`)}
        <Badge tone={props.count ? "warn" : "neutral"}>{props.count}</Badge>
      </h3>
      {props.entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t(`attention.${props.list}None`)}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {props.entries.map((e) => (
            <li key={e.key} className="min-w-0 break-words">
              <Link href={`/recommendations/${e.code}`} className="font-medium underline-offset-2 hover:underline">
                <span className="font-mono">{e.code}</span> <LocalizedText value={e.title} />
              </Link>
              <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
                {e.agency ? (
                  <span className="inline-flex items-center gap-1">
                    <SideDot side={e.agency.side} />
                    {e.agency.abbreviation}
                  </span>
                ) : null}
                {e.serves ? <LocalizedText value={e.serves} /> : null}
                {e.detail ? <span>{e.detail}</span> : null}
                {e.late ? <Badge tone="bad">{e.late}</Badge> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.showAllHref ? (
        <Link href={props.showAllHref} className="text-sm text-primary underline-offset-2 hover:underline">
          {t("attention.showAll", { count: props.count })}
        </Link>
      ) : null}
      {props.showFewerHref ? (
        <Link href={props.showFewerHref} className="text-sm text-primary underline-offset-2 hover:underline">
          {t("attention.showFewer")}
        </Link>
      ) : null}
    </section>
  );
}
