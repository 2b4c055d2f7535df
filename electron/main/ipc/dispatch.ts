import type { z } from 'zod';
import { contract, type Channel, type Output, type ParsedInput } from '../../shared/contract';
import { svText, translateSv } from '../../shared/i18n/translate';
import { fail, ok, type Result } from '../../shared/result';
import { storageFailure } from '../../../db/open-failure';
import { AppError } from '../errors';
import { runAsCaller, type CallerId } from './caller';
import type { HandlerContext } from './context';
import { NEW_HIRE_CHANNELS } from './new-hire-access';

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext) => Output<C> | Promise<Output<C>>;

/** One handler per channel; a channel without a handler does not compile. */
export type HandlerTable = { [C in Channel]: Handler<C> };

/** Channels of one domain: `ChannelsOf<'settings'>` is 'settings:get-preferences' | … */
export type ChannelsOf<D extends string> = Extract<Channel, `${D}:${string}`>;

/**
 * The handlers of one channel domain, exactly: a handler file declares `DomainHandlers<'staff'>`,
 * so a missing channel and a misspelt one are both compile errors.
 */
export type DomainHandlers<D extends string> = { [C in ChannelsOf<D>]: Handler<C> };

/**
 * Joins the domains' tables into the whole table, refusing a channel that two of them register:
 * the type already asks for every channel; this catches one answered twice.
 */
export function combineHandlers(...tables: readonly Partial<HandlerTable>[]): HandlerTable {
  const all: Record<string, unknown> = {};
  for (const table of tables) {
    for (const [channel, handler] of Object.entries(table)) {
      if (channel in all) throw new Error(`The channel ${channel} is registered twice.`);
      all[channel] = handler;
    }
  }
  const missing = Object.keys(contract).filter((channel) => !(channel in all));
  if (missing.length) throw new Error(`No handler for ${missing.join(', ')}.`);
  return all as HandlerTable;
}

/** Turns zod issues into Swedish text per field; schema messages are catalogue keys. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    fields[key] ??= translateSv(issue.message) ?? svText('validation.invalid');
  }
  return fields;
}

const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/**
 * Validates the input against the contract, runs the handler as `caller` and wraps every outcome
 * in a Result. Unexpected errors are logged here and reach the renderer only as a Swedish sentence.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  rawInput: unknown,
  ctx: HandlerContext,
  caller?: CallerId,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail({ code: 'unknown-channel', message: svText('errors.unknown-channel') });
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    return fail({ code: 'invalid-input', message: svText('errors.invalid-input'), fields: fieldErrors(parsed.error.issues) });
  }
  if (ctx.user.hireId != null && !NEW_HIRE_CHANNELS.has(channel))
    return fail({ code: 'forbidden', message: svText('session.newHireOnly') });
  try {
    const handler = handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
    return ok(await runAsCaller(caller, () => handler(parsed.data, ctx)));
  } catch (error) {
    if (error instanceof AppError) {
      return fail({ code: error.code, message: error.message, ...(error.fields && { fields: error.fields }) });
    }
    // The disk or another program failed, not Introplan: SQLite rolled the transaction back, so
    // the user is told what happened and what to do instead of "something went wrong".
    const kind = storageFailure(error);
    if (kind) return fail({ code: kind, message: svText(`errors.${kind}`) });
    console.error(`[ipc] ${channel} failed`, error);
    return fail({ code: 'internal', message: svText('errors.internal') });
  }
}
