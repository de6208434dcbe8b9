/**
 * The live transcript of a realtime call, ordered by conversation item, not
 * by event arrival. The Realtime API tells us where each item sits
 * (`previous_item_id` on `conversation.item.added` / `input_audio_buffer.committed`),
 * while transcripts complete asynchronously: a candidate's transcription often
 * lands after the coach has started answering. Pure functions, no DOM: unit-
 * tested in Node and used by the React hook.
 *
 * Every item gets an `at` time that is also an order key: appended items get
 * "now" (nudged past the last item), an item placed between two known items
 * gets a time between theirs. The server sorts saved items by (`at`, `seq`),
 * so the saved transcript has the same order as the screen.
 *
 * One interview may span several calls (a reconnect opens a new one). Each
 * call's items only point at items of that call, and its first item has
 * `previous_item_id: null` — which means "first in this call", not "first in
 * the interview". So `callStart` marks where the current call begins; earlier
 * calls' lines stay put before it (see `endCall`).
 */

export type Speaker = 'candidate' | 'coach';

export interface LiveItem {
  itemId: string;
  role: Speaker;
  text: string;
  /** True once the final transcript arrived (then it is saved). */
  final: boolean;
  /** ISO-8601 order key (see above). */
  at: string;
  /** Its call ended before the final transcript arrived: shown, never saved. */
  cutOff?: boolean;
}

export interface Conversation {
  order: string[];
  items: Record<string, LiveItem>;
  /** Index in `order` where the current call's items begin (earlier calls' items come before). */
  callStart: number;
}

/** A server event as far as ordering cares; unknown events are ignored. */
export interface RealtimeEvent {
  type: string;
  item_id?: string;
  previous_item_id?: string | null;
  item?: { id?: string; role?: string; type?: string };
  delta?: string;
  transcript?: string;
}

export const emptyConversation: Conversation = { order: [], items: {}, callStart: 0 };

function roleOf(role: string | undefined): Speaker | null {
  if (role === 'user') return 'candidate';
  if (role === 'assistant') return 'coach';
  return null;
}

function ms(iso: string): number {
  return Date.parse(iso);
}

/** An order key between the neighbours at `index` in `order` (ms precision; ties fall back to position). */
function keyAt(c: Conversation, order: string[], index: number, now: number): string {
  const prev = index > 0 ? c.items[order[index - 1]!] : undefined;
  const next = index + 1 < order.length ? c.items[order[index + 1]!] : undefined;
  const lo = prev ? ms(prev.at) : -Infinity;
  if (!next) return new Date(Math.max(now, lo + 1)).toISOString();
  const hi = ms(next.at);
  if (lo === -Infinity) return new Date(Math.min(now, hi - 1)).toISOString();
  return new Date(Math.floor((lo + hi) / 2)).toISOString();
}

/** Place `itemId` after `previousId` (or at the end when unknown), creating or moving it. */
function place(c: Conversation, itemId: string, role: Speaker, previousId: string | null | undefined, now: number): Conversation {
  const order = c.order.filter((id) => id !== itemId);
  let index = order.length;
  if (previousId === null) index = c.callStart; // First in this call: after every earlier call's line.
  else if (previousId !== undefined && order.includes(previousId)) index = order.indexOf(previousId) + 1;
  else if (c.order.includes(itemId)) return c; // Known already and no better information: keep it where it is.
  order.splice(index, 0, itemId);
  const existing = c.items[itemId];
  const item: LiveItem = { itemId, role: existing?.role ?? role, text: existing?.text ?? '', final: existing?.final ?? false, at: keyAt(c, order, index, now) };
  return { ...c, order, items: { ...c.items, [itemId]: item } };
}

function ensure(c: Conversation, itemId: string, role: Speaker, now: number): Conversation {
  return c.items[itemId] ? c : place(c, itemId, role, undefined, now);
}

function update(c: Conversation, itemId: string, change: (item: LiveItem) => LiveItem): Conversation {
  const item = c.items[itemId]!;
  return { ...c, items: { ...c.items, [itemId]: change(item) } };
}

/**
 * The current call ended (dropped or stopped): lines still waiting for their
 * final transcript never get one, so they are marked cut off, and the next
 * call's lines go after everything shown so far.
 */
export function endCall(c: Conversation): Conversation {
  const items = { ...c.items };
  for (const id of c.order) if (!items[id]!.final) items[id] = { ...items[id]!, cutOff: true };
  return { order: c.order, items, callStart: c.order.length };
}

export interface Applied {
  conversation: Conversation;
  /** The item that just became final (to be saved), if any. */
  completed?: LiveItem;
}

/** Fold one server event into the conversation. `now` is injectable for tests. */
export function applyEvent(c: Conversation, ev: RealtimeEvent, now: number = Date.now()): Applied {
  switch (ev.type) {
    case 'conversation.item.added':
    case 'conversation.item.created': {
      const role = roleOf(ev.item?.role);
      if (!ev.item?.id || !role || (ev.item.type && ev.item.type !== 'message')) return { conversation: c };
      return { conversation: place(c, ev.item.id, role, ev.previous_item_id, now) };
    }
    case 'input_audio_buffer.committed':
      if (!ev.item_id) return { conversation: c };
      return { conversation: place(c, ev.item_id, 'candidate', ev.previous_item_id, now) };
    case 'response.output_audio_transcript.delta':
    case 'conversation.item.input_audio_transcription.delta': {
      if (!ev.item_id || !ev.delta) return { conversation: c };
      const role: Speaker = ev.type.startsWith('response.') ? 'coach' : 'candidate';
      const next = ensure(c, ev.item_id, role, now);
      if (next.items[ev.item_id]!.final) return { conversation: next };
      return { conversation: update(next, ev.item_id, (it) => ({ ...it, text: it.text + ev.delta })) };
    }
    case 'response.output_audio_transcript.done':
    case 'conversation.item.input_audio_transcription.completed': {
      if (!ev.item_id || typeof ev.transcript !== 'string') return { conversation: c };
      const role: Speaker = ev.type.startsWith('response.') ? 'coach' : 'candidate';
      const next = ensure(c, ev.item_id, role, now);
      if (next.items[ev.item_id]!.final) return { conversation: next }; // A replayed "done": saved already.
      const done = update(next, ev.item_id, (it) => ({ ...it, text: ev.transcript!.trim(), final: true }));
      const item = done.items[ev.item_id]!;
      return { conversation: done, completed: item.text ? item : undefined };
    }
    default:
      return { conversation: c };
  }
}

/** Items in conversation order (what the transcript view renders). */
export function orderedItems(c: Conversation): LiveItem[] {
  return c.order.map((id) => c.items[id]!).filter((it) => it.text !== '' || !it.final);
}

/** The item's position, sent as `seq` (tie-break for equal `at`). */
export function positionOf(c: Conversation, itemId: string): number {
  return Math.max(0, c.order.indexOf(itemId));
}
