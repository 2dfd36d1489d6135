import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getNoteVersion, listNoteVersions } from "@/db/queries/notes";
import { sanitizeNoteHtml } from "@/lib/notes/derive";
import { isUuid } from "@/lib/validation/ids";
import { Card, CardTitle } from "@/components/ui/card";
import { NotesEditor } from "./notes-editor";
import { FreezeVersionForm, RestoreVersionButton } from "./note-version-controls";
import { RepairNoteControl } from "./note-repair-control";

/**
 * The "Progress notes" section of a recommendation: the live editor, the frozen report versions,
 * one version read-only when `?noteVersion=<id>` names it, and for administrators the repair.
 */
export async function NotesSection(props: {
  code: string;
  recommendationId: string;
  viewVersionId?: string;
  mayEdit: boolean;
  mayFreeze: boolean;
  mayRepair: boolean;
}) {
  const t = await getTranslations("notes");
  const format = await getFormatter();
  const db = await getDb();
  const versions = await listNoteVersions(db, props.recommendationId);
  const viewing =
    props.viewVersionId && isUuid(props.viewVersionId)
      ? await getNoteVersion(db, props.recommendationId, props.viewVersionId)
      : null;
  const base = `/recommendations/${encodeURIComponent(props.code)}`;
  return (
    <Card aria-labelledby="notes-h" id="notes">
      <CardTitle id="notes-h">{t("title")}</CardTitle>
      {viewing ? (
        <section aria-labelledby="note-version-h" className="space-y-3">
          <h3 id="note-version-h" className="text-sm font-medium">
            {t("viewing", {
              name: viewing.name,
              date: format.dateTime(viewing.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </h3>
          {viewing.html ? (
            <div
              className="notes-content rounded-md border border-input px-3 py-2 text-sm"
              data-testid="note-version-content"
              // Sanitised when frozen and again here: only formatting tags and http(s)/mailto links.
              dangerouslySetInnerHTML={{ __html: sanitizeNoteHtml(viewing.html) }}
            />
          ) : (
            <p className="text-sm text-muted-foreground">{t("emptyVersion")}</p>
          )}
          <div className="flex flex-wrap items-start gap-3">
            <Link href={`${base}#notes`} className="text-sm underline underline-offset-2">
              {t("close")}
            </Link>
            {props.mayEdit && <RestoreVersionButton code={props.code} versionId={viewing.id} name={viewing.name} />}
          </div>
        </section>
      ) : (
        <NotesEditor code={props.code} />
      )}
      <section aria-labelledby="note-versions-h" className="mt-4 space-y-2 border-t border-border pt-3">
        <h3 id="note-versions-h" className="text-sm font-medium">
          {t("versions")}
        </h3>
        {versions.length ? (
          <ul className="space-y-1 text-sm">
            {versions.map((v) => (
              <li key={v.id} className="flex items-baseline justify-between gap-2">
                <Link
                  href={`${base}?noteVersion=${v.id}#notes`}
                  aria-current={viewing?.id === v.id ? "true" : undefined}
                  className="underline underline-offset-2"
                >
                  {v.name}
                </Link>
                <span className="text-xs text-muted-foreground">
                  {format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t("versionsEmpty")}</p>
        )}
        {props.mayFreeze && <FreezeVersionForm code={props.code} />}
      </section>
      {props.mayRepair && (
        <RepairNoteControl code={props.code} versions={versions.map((v) => ({ id: v.id, name: v.name }))} />
      )}
    </Card>
  );
}
