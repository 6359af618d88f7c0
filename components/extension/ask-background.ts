/** The request helper (lib/messages/ask.ts) over `runtime.sendMessage`, for every context that asks the background. */
import { browser } from 'wxt/browser';
import { type AnswerTo, ASK_ERRORS, type AskErrors, ask, type BackgroundRequest } from '../../lib/messages';

/** Wording for a page's content script: its context ends with an update, and a reload starts a new one. */
export const PAGE_ASK_ERRORS: AskErrors = {
  noAnswer: 'ClaimLens did not answer. Reload the page and try again.',
  unreachable: 'ClaimLens could not be reached. Reload the page and try again.',
};

/** Asks the background `req`; the answer's type comes from the protocol map. Never rejects. */
export function askBackground<R extends BackgroundRequest>(
  req: R,
  errors: AskErrors = ASK_ERRORS,
): Promise<AnswerTo<R>> {
  return ask((m) => browser.runtime.sendMessage(m), req, errors);
}
