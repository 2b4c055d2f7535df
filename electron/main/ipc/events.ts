import { events, type EventEnvelope, type EventName, type EventPayload } from '../../shared/events';
import { currentCaller, type CallerId } from './caller';

/** A window that can receive events: Electron's webContents in the app, the page in the harness. */
export interface EventTarget {
  id: CallerId;
  send(envelope: EventEnvelope): void;
}

export interface EventBus {
  /** Sends an event to every window; its payload must pass the event's schema. */
  publish<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

/**
 * Main's side of the event channel. Payloads are checked like call inputs before they leave, so
 * a wrong payload is a bug found in tests rather than something a window has to guess at.
 */
export function createEventBus(targets: () => readonly EventTarget[]): EventBus {
  return {
    publish(name, payload) {
      const checked = events[name].parse(payload);
      const origin = currentCaller();
      for (const target of targets()) {
        try {
          target.send({ name, payload: checked, meta: { fromThisWindow: target.id === origin } });
        } catch (error) {
          // A window closing while the event is sent must not fail the change that caused it.
          console.warn(`[events] ${name} not delivered to window ${target.id}`, error);
        }
      }
    },
  };
}

/** For code that runs without windows (the demo, benchmarks, db tests). */
export const noEvents: EventBus = { publish: (name, payload) => void events[name].parse(payload) };
