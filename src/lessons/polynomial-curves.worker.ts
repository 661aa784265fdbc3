/** Lesson 14's error-by-degree curves in a Web Worker, while λ is dragged (src/state/off-thread.ts). */
import { serveOffThread } from '../state/off-thread';
import { polynomialCurves } from './polynomial-curves';

serveOffThread(polynomialCurves, self as unknown as Parameters<typeof serveOffThread>[1]);
