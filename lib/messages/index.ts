/** The message protocol (protocol.ts), its validators, the request helper and the listener helper. */
export * from './ask';
export * from './listen';
export * from './protocol';
export * from './sites';
export * from './validate';
