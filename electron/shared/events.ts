import { z } from 'zod';
import type { AuditEntity } from './schemas/audit';
import { BACKUP_KINDS } from './rules/backup-names';
import { sharingStatusSchema } from './schemas/sharing';

// Listed here rather than read from the texts, which the preload would then have to carry;
// `satisfies` keeps the list exactly the audit entities.
const ENTITIES = {
  hire: true,
  'plan-item': true,
  hours: true,
  reflection: true,
  person: true,
  template: true,
  settings: true,
  'day-off': true,
  backup: true,
  database: true,
  sync: true,
  competence: true,
  'check-in': true,
  'phase-evaluation': true,
  group: true,
} as const satisfies Record<AuditEntity, true>;
const entityNames = Object.keys(ENTITIES) as [AuditEntity, ...AuditEntity[]];

/** A binder is laid out in these steps; the UI names each ("binder.step.layout"). */
export const BINDER_STEPS = ['gather', 'layout', 'attachments', 'save'] as const;
export type BinderStep = (typeof BINDER_STEPS)[number];

/**
 * Every event main sends to the page, once, with the schema its payload must pass (checked in
 * main before sending and in the preload on arrival). The preload's `subscribe` is derived from it.
 */
export const events = {
  /** Something was written: which kinds of data, and for which hires (empty: not hire data). */
  'data-changed': z.strictObject({
    entities: z.array(z.enum(entityNames)).max(20),
    hireIds: z.array(z.number().int().positive()).max(1000),
  }),
  /** An automatic or manual backup finished (or failed), so the settings page can show it. */
  'backup-finished': z.strictObject({ ok: z.boolean(), kind: z.enum(BACKUP_KINDS) }),
  /** How sharing through a folder stands after a look at the folder (the status line). */
  'sync-status': sharingStatusSchema,
  /** A reminder was clicked: the page opens Mina uppgifter. */
  'open-my-work': z.strictObject({}),
  /** The background check found damage in the open database file; the page offers the recovery screen. */
  'database-damage-found': z.strictObject({}),
  /** How far a binder is: the step, and for attached documents how many of how many. */
  'binder-progress': z.strictObject({
    jobId: z.number().int().positive(),
    step: z.enum(BINDER_STEPS),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const eventNames = Object.keys(events) as EventName[];

/** What the transport adds to every event: whether this window's own call caused it. */
export interface EventMeta {
  fromThisWindow: boolean;
}

/** One event as it crosses from main to a window. */
export interface EventEnvelope {
  name: EventName;
  payload: unknown;
  meta: EventMeta;
}

export type EventListener<E extends EventName> = (payload: EventPayload<E>, meta: EventMeta) => void;

/** The IPC channel events travel on; never a contract call. */
export const EVENT_CHANNEL = 'introplan:event';

const envelopeSchema = z.strictObject({
  name: z.enum(eventNames as [EventName, ...EventName[]]),
  payload: z.unknown(),
  meta: z.strictObject({ fromThisWindow: z.boolean() }),
});

/** The envelope with its payload checked against the event's schema, or null when it does not pass. */
export function parseEnvelope(raw: unknown): { name: EventName; payload: EventPayload<EventName>; meta: EventMeta } | null {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return null;
  const payload = events[envelope.data.name].safeParse(envelope.data.payload);
  return payload.success ? { name: envelope.data.name, payload: payload.data, meta: envelope.data.meta } : null;
}
