/**
 * The one way a context receives messages: only from this extension's own contexts (`sender.id` equals the
 * runtime id: never a page, never another extension), then only what the validator accepts; anything else
 * gets no answer and changes nothing.
 */

/** What webextension-polyfill's `runtime.onMessage` expects: a promise answers, `undefined` means "not mine". */
export type MessageListener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

/** True when a message comes from one of this extension's own contexts. */
export function isOwnSender(sender: { id?: string } | undefined, runtimeId: string): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === runtimeId;
}

/**
 * A listener for extension `runtimeId`: checks the sender, validates with `parse`, and answers through `handle`
 * (`undefined` from `handle`: no answer).
 */
export function listener<M>(
  runtimeId: string,
  parse: (message: unknown) => M | undefined,
  handle: (message: M) => Promise<unknown> | undefined,
): MessageListener {
  return (message, sender) => {
    if (!isOwnSender(sender, runtimeId)) return undefined;
    const m = parse(message);
    return m === undefined ? undefined : handle(m);
  };
}
