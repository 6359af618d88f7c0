/**
 * The background's `runtime.onMessage` listener, built from injected parts so it stays pure: it accepts
 * messages only from this extension's own contexts, validates them, and answers through {@link answer}.
 */
import { isOwnSender, parseBackgroundRequest } from '../messages';
import { answer, type AnswerContext } from './answer';

/** The listener shape webextension-polyfill expects: a promise answers, `undefined` means "not mine". */
export type MessageListener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

/** Creates the listener for extension id `runtimeId`. */
export function createMessageListener(runtimeId: string, ctx: AnswerContext): MessageListener {
  return (message, sender) => {
    if (!isOwnSender(sender, runtimeId)) return undefined;
    const req = parseBackgroundRequest(message);
    return req ? answer(req, ctx) : undefined;
  };
}
