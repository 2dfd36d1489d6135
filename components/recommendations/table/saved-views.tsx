"use client";
/**
 * Saved views: open one (it is just a link), save the current view under a name (private or shared),
 * update or delete your own, and choose the view your list opens with. One component for every table:
 * `list` says which (the recommendations table or All actions), and views stay with their table.
 */
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Bookmark, Check, ChevronDown } from "lucide-react";
import type { SavedViewSummary } from "@/db/queries/views";
import {
  deleteViewAction,
  saveViewAction,
  setDefaultViewAction,
} from "@/app/(workspace)/recommendations/table-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { ViewList } from "@/db/schema/saved-views";
import { listPaths, normalizeViewQuery, savedViewHref } from "@/lib/table/view";

export function SavedViews({
  list,
  views,
  defaultViewId,
  shareRefusal,
  currentViewId,
  currentQuery,
  onMessage,
}: {
  list: ViewList;
  views: SavedViewSummary[];
  defaultViewId: string | null;
  /** Why this person may not share a view with everyone; the choice is then disabled and says so. */
  shareRefusal: string | null;
  currentViewId: string | null;
  /** The URL query of what the table shows now. */
  currentQuery: string;
  onMessage: (ok: boolean, text: string) => void;
}) {
  const t = useTranslations("table");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [makeDefault, setMakeDefault] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);
  const current = views.find((v) => v.id === currentViewId) ?? null;
  const modified = current !== null && normalizeViewQuery(current.query) !== normalizeViewQuery(currentQuery);
  const mine = views.filter((v) => v.mine);
  const others = views.filter((v) => !v.mine);
  const query = normalizeViewQuery(currentQuery);

  const run = (work: () => Promise<{ ok: boolean; error?: string } & Record<string, unknown>>, done?: () => void) =>
    start(async () => {
      const result = await work();
      if (result.ok) {
        done?.();
        router.refresh();
      } else onMessage(false, result.error ?? "");
    });

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    start(async () => {
      const result = await saveViewAction({ list, name, query, shared: shared && !shareRefusal, makeDefault });
      if (!result.ok) {
        setNameError(result.fieldErrors?.name?.[0] ?? result.error);
        return;
      }
      setSaving(false);
      setOpen(false);
      setName("");
      setNameError(null);
      onMessage(true, t("viewSaved"));
      router.push(savedViewHref({ id: result.data.id, query }, list));
    });
  };

  const viewLink = (v: SavedViewSummary) => (
    <li key={v.id}>
      <Link
        href={savedViewHref(v, list)}
        onClick={() => setOpen(false)}
        aria-current={v.id === currentViewId ? "true" : undefined}
        className="flex items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-accent aria-[current]:font-semibold"
      >
        <span className="flex-1 truncate">{v.name}</span>
        {!v.mine ? <span className="text-xs text-muted-foreground">{t("sharedBy", { name: v.ownerName })}</span> : null}
        {v.id === defaultViewId ? (
          <span className="rounded bg-muted px-1 text-[10px] uppercase">{t("defaultBadge")}</span>
        ) : null}
      </Link>
    </li>
  );

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm">
          <Bookmark aria-hidden />
          {current ? t("currentView", { name: current.name }) : t("views")}
          {modified ? <span className="text-xs text-muted-foreground">({t("modified")})</span> : null}
          <ChevronDown aria-hidden className="size-3.5 opacity-60" />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-80" aria-label={t("views")}>
        <ul className="space-y-0.5">
          <li>
            <Link
              href={`${listPaths[list]}?view=none`}
              onClick={() => setOpen(false)}
              className="block rounded px-2 py-1.5 text-sm hover:bg-accent"
            >
              {list === "actions" ? t("allActions") : t("allRecommendations")}
            </Link>
          </li>
        </ul>
        <p className="mt-2 px-2 text-xs font-medium uppercase text-muted-foreground">{t("myViews")}</p>
        {mine.length ? (
          <ul className="space-y-0.5">{mine.map(viewLink)}</ul>
        ) : (
          <p className="px-2 py-1 text-sm text-muted-foreground">{t("noViews")}</p>
        )}
        {others.length ? (
          <>
            <p className="mt-2 px-2 text-xs font-medium uppercase text-muted-foreground">{t("sharedViews")}</p>
            <ul className="space-y-0.5">{others.map(viewLink)}</ul>
          </>
        ) : null}
        <div className="mt-2 space-y-1 border-t pt-2">
          {current?.mine && modified ? (
            <Button
              variant="ghost"
              size="sm"
              className="w-full justify-start"
              disabled={pending}
              onClick={() =>
                run(() => saveViewAction({ id: current.id, list, name: current.name, query, shared: current.shared }))
              }
            >
              <Check aria-hidden /> {t("updateView", { name: current.name })}
            </Button>
          ) : null}
          {current ? (
            <Button
              variant="ghost"
              size="sm"
              className="w-full justify-start"
              disabled={pending}
              onClick={() =>
                run(() => setDefaultViewAction({ id: current.id === defaultViewId ? null : current.id, list }))
              }
            >
              {current.id === defaultViewId ? t("clearDefault") : t("setDefault")}
            </Button>
          ) : null}
          {current?.mine ? (
            <Button
              variant="ghost"
              size="sm"
              className="w-full justify-start text-destructive"
              disabled={pending}
              onClick={() =>
                run(
                  () => deleteViewAction({ id: current.id }),
                  () => router.push(savedViewHref({ id: "none", query }, list)),
                )
              }
            >
              {t("deleteView", { name: current.name })}
            </Button>
          ) : null}
          {saving ? (
            <form onSubmit={save} className="space-y-2 px-1" aria-label={t("saveView")}>
              <label className="block space-y-1 text-sm">
                <span>{t("viewName")}</span>
                <Input
                  autoFocus
                  required
                  maxLength={80}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? "view-name-error" : undefined}
                />
              </label>
              {nameError ? (
                <p id="view-name-error" role="alert" className="text-xs text-destructive">
                  {nameError}
                </p>
              ) : null}
              <div>
                <label
                  className="flex items-center gap-2 text-sm aria-disabled:text-muted-foreground"
                  aria-disabled={shareRefusal ? true : undefined}
                >
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={shared && !shareRefusal}
                    disabled={shareRefusal !== null}
                    aria-describedby={shareRefusal ? "view-share-refusal" : undefined}
                    onChange={(e) => setShared(e.target.checked)}
                  />
                  {t("shareView")}
                </label>
                {shareRefusal ? (
                  <p id="view-share-refusal" className="pl-6 text-xs text-muted-foreground">
                    {shareRefusal}
                  </p>
                ) : null}
              </div>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={makeDefault}
                  onChange={(e) => setMakeDefault(e.target.checked)}
                />
                {t("makeDefault")}
              </label>
              <div className="flex gap-2">
                <Button type="submit" size="sm" disabled={pending}>
                  {t("save")}
                </Button>
                <Button type="button" size="sm" variant="ghost" onClick={() => setSaving(false)}>
                  {t("cancel")}
                </Button>
              </div>
            </form>
          ) : (
            <Button variant="ghost" size="sm" className="w-full justify-start" onClick={() => setSaving(true)}>
              {t("saveView")}
            </Button>
          )}
        </div>
      </PopoverContent>
    </Popover>
  );
}
