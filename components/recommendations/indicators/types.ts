import type { IndicatorReadingView, IndicatorView } from "@/db/queries/indicators";

/** A reading as the list shows it: with whether the viewer may remove it. */
export type ReadingItem = IndicatorReadingView & { mayDelete: boolean };

/** An indicator as the list shows it: its readings carry what the viewer may do with them. */
export type IndicatorItem = Omit<IndicatorView, "readings" | "latest"> & {
  readings: ReadingItem[];
  latest: ReadingItem | null;
};

/** What the viewer may do with the section's indicators, and why not when they may not. */
export interface IndicatorRights {
  /** Define, edit and delete indicators. */
  manage: boolean;
  /** Record readings. */
  record: boolean;
  /** Why they may not define indicators, when they may not. */
  manageRefusal: string | null;
}
