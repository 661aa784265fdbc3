/**
 * A stand-in `document` so Observable Plot can draw on the server (figures visible before and without
 * JavaScript). The import is guarded: linkedom must never reach the browser bundle.
 */
export const serverDocument: Document | undefined = import.meta.env.SSR
  ? (await import('linkedom')).parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document
  : undefined;
