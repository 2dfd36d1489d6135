"use client";
/**
 * A table's rows as data: the first render's rows come from the server with the page; after that,
 * whenever what the rows depend on in the URL changes (a keystroke, a filter, a sort, a page, back or
 * forward), the table fetches the new rows from its route (app/api/table/*) without rendering the
 * page again. The rows on screen stay until the new ones arrive (`loading` meanwhile); a request the
 * view has moved past is cancelled, and an answer that arrives late is ignored. A fetch that fails
 * leaves the previous rows and says why (`error`; `retry` tries again).
 *
 * When the page is rendered again on the server (a live update from someone else, an inline edit or a
 * bulk change, router.refresh), its rows are taken when they belong to the view in the URL (both sides
 * label rows with the view's canonical query, lib/table/url-state.ts).
 */
import { useCallback, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { dataQueryOf, type TableData } from "@/lib/table/data-query";

type AnyTableData = TableData<unknown, unknown, unknown>;

/** Rows (or a failure) for one fetch: the view's query as the browser spells it, and which attempt. */
interface Attempt {
  key: string;
  generation: number;
}

interface Request {
  controller: AbortController;
  response: Promise<Response>;
  /** An effect is waiting for it (and cancels it when the view moves on). */
  taken: boolean;
}
/** Row requests by generation and URL: started while rendering, taken by the effect that commits. */
const requests = new Map<string, Request>();

function startRequest(url: string): Request {
  const controller = new AbortController();
  const response = fetch(url, {
    signal: controller.signal,
    headers: { Accept: "application/json" },
    cache: "no-store",
  });
  // An abandoned request's rejection is expected.
  response.catch(() => {});
  return { controller, response, taken: false };
}

/**
 * `next` with each row that is the same as one already shown (same id, same content) replaced by the
 * object shown, so the rows that stay (a sort, a narrower search, a page back) need no render.
 */
export function keepSameRows<D extends AnyTableData>(prev: D, next: D): D {
  const before = new Map<string, unknown>();
  for (const row of prev.rows as { id?: unknown }[]) if (typeof row?.id === "string") before.set(row.id, row);
  if (!before.size) return next;
  let kept = 0;
  const rows = (next.rows as { id?: unknown }[]).map((row) => {
    const old = typeof row?.id === "string" ? before.get(row.id) : undefined;
    if (old === undefined || JSON.stringify(old) !== JSON.stringify(row)) return row;
    kept++;
    return old;
  });
  return kept ? { ...next, rows } : next;
}

export function useTableData<D extends AnyTableData>({
  endpoint,
  initial,
  query,
}: {
  /** The table's route, for example "/api/table/recommendations". */
  endpoint: string;
  /** The rows the server rendered the page with. */
  initial: D;
  /** The table's URL state serialized ("?q=…&sort=…"), as it is now (before the URL itself catches up). */
  query: string;
}) {
  const t = useTranslations("table");
  const key = dataQueryOf(query);
  // Bumped to fetch the current view again (retry, or server rows that belong to another view).
  const [generation, setGeneration] = useState(0);
  const [shown, setShown] = useState<Attempt & { data: D }>(() => ({ key, generation: 0, data: initial }));
  const [failed, setFailed] = useState<(Attempt & { message: string }) | null>(null);
  const [server, setServer] = useState({ data: initial, used: true });

  // The page was rendered again on the server (a live update, an edit, router.refresh, a saved view
  // opened): its rows replace ours once they are of the view in the URL, which may be a render later
  // (when the URL state catches up with a navigation).
  if (initial !== server.data) setServer({ data: initial, used: false });
  else if (!server.used && initial.query === key) {
    setServer({ data: initial, used: true });
    setShown({ key, generation, data: initial });
  }

  const stale = shown.key !== key || shown.generation !== generation;
  const failedNow = failed !== null && failed.key === key && failed.generation === generation;
  const fetching = stale && !failedNow;

  // The request starts as soon as the view changes, while React renders that change, rather than
  // after it has committed: the answer is on its way during the render.
  const id = `${generation}:${endpoint}?${key}`;
  if (fetching && typeof window !== "undefined" && !requests.has(id))
    requests.set(id, startRequest(`${endpoint}?${key}`));

  useEffect(() => {
    if (!fetching) return;
    // Requests started for views that never committed are nobody's.
    for (const [other, r] of requests) {
      if (other === id || r.taken) continue;
      r.controller.abort();
      requests.delete(other);
    }
    let request = requests.get(id);
    if (!request || request.taken) requests.set(id, (request = startRequest(`${endpoint}?${key}`)));
    request.taken = true;
    const { controller, response } = request;
    const abort = controller;
    const fail = (message: string) => setFailed({ key, generation, message });
    (async () => {
      try {
        const res = await response;
        const body = (await res.json().catch(() => null)) as (D & { error?: { message?: string } }) | null;
        if (abort.signal.aborted) return;
        if (!res.ok || !body || body.error) {
          fail(t("loadFailed", { reason: body?.error?.message ?? t("loadFailedStatus", { status: res.status }) }));
        } else setShown((prev) => ({ key, generation, data: keepSameRows(prev.data, body) }));
      } catch {
        // A cancelled request is the table moving on, not a failure.
        if (!abort.signal.aborted) fail(t("loadFailed", { reason: t("loadFailedNetwork") }));
      }
    })();
    // The view changed again (or the table went away) before the answer: cancel, and ignore it.
    return () => {
      abort.abort();
      if (requests.get(id) === request) requests.delete(id);
    };
  }, [fetching, id, key, generation, endpoint, t]);

  const retry = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    data: shown.data,
    /** Rows for the view in the URL are on their way; the rows shown are the previous ones. */
    loading: fetching,
    /** Why the rows of the view in the URL could not be fetched, as a sentence (the previous rows stay). */
    error: failedNow ? failed.message : null,
    retry,
  };
}
