/**
 * The background's `runtime.onMessage` listener for requests answered from the dataset, built from injected
 * parts so it stays pure: sender check and validation (lib/messages/listen.ts), then {@link answer}.
 */
import { listener, type MessageListener, parseAnswerRequest } from '../messages';
import { answer, type AnswerContext } from './answer';

export type { MessageListener };

/** Creates the listener for extension id `runtimeId`. */
export function createMessageListener(runtimeId: string, ctx: AnswerContext): MessageListener {
  return listener(runtimeId, parseAnswerRequest, (req) => answer(req, ctx));
}
