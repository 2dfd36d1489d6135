/**
 * What a table's rows depend on in its URL, as one canonical string: the browser fetches its rows
 * by it and the server labels the rows it rendered with it, so both sides can tell whether the rows
 * on screen belong to the view in the URL. Display-only keys (columns, widths, pins) and the saved-view
 * id change no row and are left out. No server imports: the browser uses it too.
 */
const displayOnlyKeys = ["cols", "widths", "pin", "view"] as const;

export function dataQueryOf(params: URLSearchParams | string): string {
  const out = new URLSearchParams(params);
  for (const key of displayOnlyKeys) out.delete(key);
  for (const [key, value] of [...out]) if (value === "") out.delete(key, value);
  out.sort();
  return out.toString();
}

/** The rows a table shows for one view, with what its controls count and what its link got wrong. */
export interface TableData<TRow, TGroup, TFacets> {
  /** `dataQueryOf` of the URL these rows were read for. */
  query: string;
  rows: TRow[];
  groups: TGroup[];
  facets: TFacets;
  /** Items in the view, and rows in it (a recommendation is a row in each group it falls in). */
  total: number;
  rowTotal: number;
  /** A hand-edited link's ignored parts, as sentences. */
  problems: string[];
}
