/**
 * The one way a context asks the background something: the answer's type comes from the protocol map
 * (protocol.ts), and a missing answer or a failed send becomes the answer's own `{ ok: false, error }`, so
 * callers handle one shape and never a rejection.
 */
import type { AnswerTo, BackgroundRequest } from './protocol';

/** Sends one message and resolves to what the receiver answered (`browser.runtime.sendMessage`). */
export type Send = (message: BackgroundRequest) => Promise<unknown>;

/** What to say when nobody answered, or the background could not be reached (words for the user). */
export interface AskErrors {
  noAnswer: string;
  unreachable: string;
}

/** Default wording: the popup and options page can be reopened; the page script is reloaded with its page. */
export const ASK_ERRORS: AskErrors = {
  noAnswer: 'ClaimLens did not answer. Try again.',
  unreachable: 'ClaimLens could not be reached. Try again.',
};

/** Asks the background `req`; resolves to its answer (never rejects). */
export async function ask<R extends BackgroundRequest>(
  send: Send,
  req: R,
  errors: AskErrors = ASK_ERRORS,
): Promise<AnswerTo<R>> {
  let answer: unknown;
  try {
    answer = await send(req);
  } catch {
    return { ok: false, error: errors.unreachable } satisfies { ok: false; error: string } as AnswerTo<R>;
  }
  if (answer === undefined || answer === null)
    return { ok: false, error: errors.noAnswer } satisfies { ok: false; error: string } as AnswerTo<R>;
  // Our own background answered (the sender check runs there); the protocol map fixes its shape.
  return answer as AnswerTo<R>;
}
