/**
 * SurfaceView's painter in a Web Worker, on the two canvases the page hands over. Requests that
 * arrive faster than frames are painted are merged: each one's grid and path are kept at once, and
 * only the latest is painted, once per frame; the page hears which mesh is on show.
 */
import { SurfacePainter } from './surface-paint';
import type { SurfacePaintRequest } from './surface-requests';

export type SurfaceWorkerMessage =
  | { kind: 'init'; surface: OffscreenCanvas; marks: OffscreenCanvas; palette: string[][] }
  | { kind: 'paint'; request: SurfacePaintRequest };

export interface SurfacePainted {
  kind: 'painted';
  /** Quads per side of the mesh now on show (0: nothing could be painted). */
  mesh: number;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<SurfaceWorkerMessage>) => void) | null;
  postMessage(message: SurfacePainted): void;
  requestAnimationFrame?: (callback: () => void) => number;
}

const scope = self as unknown as WorkerScope;
let painter: SurfacePainter | null = null;
let pending: SurfacePaintRequest | null = null;
let scheduled = false;

function flush(): void {
  scheduled = false;
  const request = pending;
  pending = null;
  if (!painter || !request) return;
  scope.postMessage({ kind: 'painted', mesh: painter.paint(request) });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'init') {
    painter = new SurfacePainter(message.surface, message.marks, message.palette);
  } else if (painter) {
    painter.take(message.request);
    pending = message.request;
  }
  if (pending && !scheduled) {
    scheduled = true;
    // A worker that has a canvas gets frames of its own in Chromium and Firefox; elsewhere, the next task.
    if (scope.requestAnimationFrame) scope.requestAnimationFrame(flush);
    else setTimeout(flush, 0);
  }
};
