/**
 * Pure Yjs helpers for stored notes, shared by the database layer and the collaboration server.
 *
 * Why `findUnappliable` exists: Yjs keeps an update it cannot integrate (its items hang off
 * content the document does not have) as "pending structs", fires no `update` event for it, and
 * still encodes it with the document. Storing such updates grows a note without bound and without
 * any visible change (issue 15, item 1), so the server refuses them before storing.
 */
import * as Y from "yjs";

/** The state of a note nobody has written in yet. */
export const EMPTY_NOTE_STATE = Y.encodeStateAsUpdate(new Y.Doc());

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
type Struct = DecodedUpdate["structs"][number];

/**
 * Y.decodeUpdate, once per update object: the collaboration server's checks (limits, then
 * persistence) all look at the same payload of one message, and decoding is most of their cost.
 * Throws for a malformed update, like Y.decodeUpdate. Entries go when the update is collected.
 */
const decoded = new WeakMap<Uint8Array, DecodedUpdate>();
export function decodeUpdateOnce(update: Uint8Array): DecodedUpdate {
  let d = decoded.get(update);
  if (!d) decoded.set(update, (d = Y.decodeUpdate(update)));
  return d;
}

/** True for the 2-byte update that changes nothing (what a fresh client sends in sync step 2). */
export function isEmptyUpdate(update: Uint8Array | DecodedUpdate): boolean {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  return structs.length === 0 && ds.clients.size === 0;
}

/** The ids an item needs before Yjs can integrate it: its neighbours and (when named by id) its parent. */
function dependencies(struct: Struct): Y.ID[] {
  if (!(struct instanceof Y.Item)) return [];
  const deps: Y.ID[] = [];
  if (struct.origin) deps.push(struct.origin);
  if (struct.rightOrigin) deps.push(struct.rightOrigin);
  const parent = struct.parent as unknown;
  if (parent && typeof parent === "object" && "client" in parent && "clock" in parent) deps.push(parent as Y.ID);
  return deps;
}

/**
 * Whether applying `update` to a document with `stateVector` would leave anything pending (items
 * or deletions Yjs cannot integrate), decided from the state vector alone, without copying the
 * document: the same rule Yjs follows (an item needs its clock to continue its client's and every
 * item it refers to to be known; a deletion needs the deleted range to be known).
 */
export function findUnappliable(stateVector: Map<number, number>, update: Uint8Array): boolean {
  return unappliable((client) => stateVector.get(client) ?? 0, Y.decodeUpdate(update));
}

/** findUnappliable against a live document's own state (no state vector is encoded or copied). */
export function findUnappliableIn(doc: Y.Doc, update: DecodedUpdate): boolean {
  return unappliable((client) => Y.getState(doc.store, client), update);
}

function unappliable(base: (client: number) => number, { structs, ds }: DecodedUpdate): boolean {
  // Clocks this update would advance, over the document's own.
  const known = new Map<number, number>();
  const state = (client: number) => known.get(client) ?? base(client);
  const queues = new Map<number, Struct[]>();
  for (const s of structs) {
    let q = queues.get(s.id.client);
    if (!q) queues.set(s.id.client, (q = []));
    q.push(s);
  }
  for (const q of queues.values()) q.sort((a, b) => a.id.clock - b.id.clock);
  let progress = true;
  while (progress) {
    progress = false;
    for (const [client, q] of queues) {
      while (q.length) {
        const s = q[0]!;
        const end = s.id.clock + s.length;
        if (end <= state(client)) {
          q.shift();
          continue;
        }
        if (s instanceof Y.Skip || s.id.clock > state(client)) break;
        if (dependencies(s).some((d) => d.client !== client && d.clock >= state(d.client))) break;
        known.set(client, end);
        q.shift();
        progress = true;
      }
    }
  }
  if ([...queues.values()].some((q) => q.some((s) => !(s instanceof Y.Skip)))) return true;
  for (const [client, ranges] of ds.clients) {
    for (const r of ranges) if (r.clock + r.len > state(client)) return true;
  }
  return false;
}

/** True when `doc` holds content Yjs could not integrate. */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Forgets what `doc` could not integrate, so it is no longer stored or sent. Returns whether there was any. */
export function dropPending(doc: Y.Doc): boolean {
  const had = hasPending(doc);
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return had;
}

/** Most work done between yields while a large note is applied, so other requests keep being served. */
const SLICE_MS = 8;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Applies a stored note (state, then updates in order) to `doc`, yielding to the event loop every few ms. */
export async function applyNoteUpdates(doc: Y.Doc, state: Uint8Array | undefined, updates: Uint8Array[]) {
  let sliceStart = performance.now();
  if (state?.byteLength) Y.applyUpdate(doc, state);
  for (const update of updates) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    Y.applyUpdate(doc, update);
  }
}
