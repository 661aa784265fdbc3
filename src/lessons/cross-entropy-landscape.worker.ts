/** Lesson 10's landscape in a Web Worker, while λ is dragged (src/state/off-thread.ts). */
import { serveOffThread } from '../state/off-thread';
import { crossEntropyLandscape } from './cross-entropy-landscape';

serveOffThread(crossEntropyLandscape, self as unknown as Parameters<typeof serveOffThread>[1]);
