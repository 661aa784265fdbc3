/**
 * The ink worker: paints the sketches' lines and dot sets (ink-paint.ts) on canvases the page hands
 * over, one per run of such shapes (sketch-ink.ts), in batches of messages. Scenes that arrive
 * faster than frames are merged: every scene's new buffers are kept at once, and each canvas
 * paints only its latest scene, once per frame. The page hears when a canvas has first been
 * painted, to take its SVG stand-ins away.
 */
import { paintInk, type InkScene } from './ink-paint';

export type InkWorkerMessage =
  | { readonly kind: 'canvas'; readonly id: number; readonly canvas: OffscreenCanvas }
  | {
      readonly kind: 'scene';
      readonly id: number;
      /** The scene as JSON. */
      readonly scene: string;
      /** Buffers this canvas does not hold yet; the canvas keeps only those its latest scene uses. */
      readonly buffers: ReadonlyArray<readonly [number, Float32Array]>;
    }
  | { readonly kind: 'drop'; readonly id: number };

export interface InkPainted {
  readonly id: number;
}

interface WorkerScope {
  /** The page sends the messages of a task together. */
  onmessage: ((event: MessageEvent<readonly InkWorkerMessage[]>) => void) | null;
  postMessage(message: InkPainted): void;
  requestAnimationFrame?: (callback: () => void) => number;
}

interface Target {
  readonly canvas: OffscreenCanvas;
  readonly context: OffscreenCanvasRenderingContext2D | null;
  readonly buffers: Map<number, Float32Array>;
  scene: InkScene | null;
  painted: boolean;
}

const scope = self as unknown as WorkerScope;
const targets = new Map<number, Target>();
const dirty = new Set<number>();
let scheduled = false;

function flush(): void {
  scheduled = false;
  for (const id of dirty) {
    const target = targets.get(id);
    if (!target?.scene || !target.context) continue;
    const { canvas, scene } = target;
    const width = Math.max(1, Math.round(scene.width * scene.ratio));
    const height = Math.max(1, Math.round(scene.height * scene.ratio));
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    paintInk(target.context, scene, target.buffers);
    if (!target.painted) {
      target.painted = true;
      scope.postMessage({ id });
    }
  }
  dirty.clear();
}

function take(message: InkWorkerMessage): void {
  if (message.kind === 'canvas') {
    targets.set(message.id, { canvas: message.canvas, context: message.canvas.getContext('2d'), buffers: new Map(), scene: null, painted: false });
    return;
  }
  if (message.kind === 'drop') {
    targets.delete(message.id);
    dirty.delete(message.id);
    return;
  }
  const target = targets.get(message.id);
  if (!target) return;
  const scene = JSON.parse(message.scene) as InkScene;
  for (const [key, data] of message.buffers) target.buffers.set(key, data);
  const used = new Set(scene.items.map((item) => item.buffer));
  for (const key of target.buffers.keys()) if (!used.has(key)) target.buffers.delete(key);
  target.scene = scene;
  dirty.add(message.id);
}

scope.onmessage = (event) => {
  for (const message of event.data) take(message);
  if (dirty.size > 0 && !scheduled) {
    scheduled = true;
    // A worker that has a canvas gets frames of its own in Chromium and Firefox; elsewhere, the next task.
    if (scope.requestAnimationFrame) scope.requestAnimationFrame(flush);
    else setTimeout(flush, 0);
  }
};
