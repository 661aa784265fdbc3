/**
 * A stand-in `document` so Observable Plot can draw on the server (figures visible before and without
 * JavaScript), with a minimal canvas so raster heatmaps render too. The imports are guarded: linkedom
 * and the PNG encoder must never reach the browser bundle.
 */
async function createServerDocument(): Promise<Document> {
  const { parseHTML } = await import('linkedom');
  const { createServerCanvas } = await import('./server-canvas');
  const document = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  const createElement = document.createElement.bind(document);
  document.createElement = ((tag: string, options?: ElementCreationOptions) =>
    tag.toLowerCase() === 'canvas' ? createServerCanvas() : createElement(tag, options)) as Document['createElement'];
  return document;
}

export const serverDocument: Document | undefined = import.meta.env.SSR ? await createServerDocument() : undefined;
