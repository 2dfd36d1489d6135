/**
 * Open connections are re-checked against the database every few seconds, and at once when a
 * notification says a user's access (lib/realtime/access.ts) or a recommendation's owners changed:
 * a deactivated user, "sign out everywhere" or lost rights close the connection (4403), and changed
 * rights (read-only ↔ writable) make the client reconnect with the new ones.
 */
import type { Extension, Hocuspocus, onConfigurePayload } from "@hocuspocus/server";
import type { DbOrTx } from "@/db";
import { loadNoteAccess, recommendationIdByCode } from "@/db/queries/notes";
import { noteDocumentName } from "@/lib/notes/document-name";
import { ACCESS_CHANNEL } from "@/db/notify";
import { CHANGES_CHANNEL, type ChangeEvent } from "@/lib/realtime/changes";
import { authenticated } from "../context";
import { CloseCodes, closePeer } from "../frames";

export type Listen = (channel: string, onNotify: (payload: string) => void) => Promise<() => Promise<void>>;

export class AccessRecheckExtension implements Extension {
  extensionName = "tct-access-recheck";
  private instance: Hocuspocus | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly unlisten: Promise<(() => Promise<void>) | null>[] = [];

  constructor(
    private readonly options: {
      db: DbOrTx;
      intervalMs?: number;
      /** LISTEN on the database (DatabaseHandle.listen), for a re-check at once instead of at the next period. */
      listen?: Listen;
      log: (message: string) => void;
    },
  ) {}

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance;
    this.timer = setInterval(() => void this.recheck(), this.options.intervalMs ?? 10_000);
    this.timer.unref();
    const { listen } = this.options;
    if (!listen) return;
    const subscribe = (channel: string, onNotify: (payload: string) => void) =>
      // A database that is down must not become an unhandled rejection; the timer still re-checks.
      listen(channel, onNotify).catch((err: unknown) => {
        console.error(`collab: cannot listen on ${channel}; re-checking on the timer only`, err);
        return null;
      });
    this.unlisten.push(
      subscribe(ACCESS_CHANNEL, (payload) => {
        try {
          const { userIds } = JSON.parse(payload) as { userIds: string[] };
          void this.recheck(new Set(userIds));
        } catch (err) {
          console.error("collab: ignoring a malformed access notification", err);
        }
      }),
      // Owners of a recommendation may have changed: who may edit its note with them.
      subscribe(CHANGES_CHANNEL, (payload) => {
        if (this.instance?.documents.size) void this.recheckChangedNote(payload);
      }),
    );
  }

  /** Re-checks open connections now (those of the given users, or all; one document, or all). */
  private async recheck(onlyUserIds?: Set<string>, onlyDocument?: string): Promise<void> {
    for (const document of this.instance?.documents.values() ?? []) {
      if (onlyDocument && document.name !== onlyDocument) continue;
      for (const connection of document.getConnections()) {
        const ctx = authenticated(connection.context);
        if (!ctx || (onlyUserIds && !onlyUserIds.has(ctx.userId))) continue;
        try {
          const access = await loadNoteAccess(this.options.db, {
            userId: ctx.userId,
            recommendationId: ctx.recommendationId,
            tokenIssuedAt: ctx.tokenIssuedAt,
            sessionId: ctx.sessionId,
          });
          if (!access.allowed) {
            this.options.log(`closing ${ctx.name}'s connection to ${document.name}: ${access.reason}`);
            closePeer(ctx.peer, CloseCodes.forbidden, "access removed");
          } else if (access.canEdit !== ctx.canEdit) {
            closePeer(ctx.peer, CloseCodes.forbidden, "access changed");
          }
        } catch (err) {
          // The database may be down: keep the connection, try again at the next period.
          console.error("collab: access re-check failed", err);
        }
      }
    }
  }

  private async recheckChangedNote(payload: string) {
    try {
      const { code } = JSON.parse(payload) as ChangeEvent;
      const id = await recommendationIdByCode(this.options.db, code);
      if (id) await this.recheck(undefined, noteDocumentName(id));
    } catch (err) {
      console.error("collab: access re-check after a change failed", err);
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const stop of await Promise.all(this.unlisten)) await stop?.().catch(() => {});
  }
}
