/** Lesson 11's run in a Web Worker, while a slider that changes it is dragged (src/state/off-thread.ts). */
import { serveOffThread } from '../state/off-thread';
import { decisionRun } from './decision-run';

serveOffThread(decisionRun, self as unknown as Parameters<typeof serveOffThread>[1]);
