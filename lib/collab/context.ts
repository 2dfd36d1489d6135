import type { Peer } from "crossws";

/** What a connection carries once authenticated: who, for which note, with which rights. */
export interface CollabContext {
  userId: string;
  name: string;
  color: string;
  recommendationId: string;
  tokenIssuedAt: number;
  /** The browser session the ticket was issued to (signing it out closes the connection), if any. */
  sessionId: string | null;
  canEdit: boolean;
  /** The websocket, so an extension can close it with a code and a reason. */
  peer: Peer;
}

/** The context of a connection that passed authentication, or null. */
export function authenticated(context: unknown): CollabContext | null {
  const ctx = context as Partial<CollabContext> | undefined;
  return ctx?.userId ? (ctx as CollabContext) : null;
}
