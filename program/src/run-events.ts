/**
 * What a run of a program reports, in order. The bridge forwards these over the WebSocket API and
 * `atelier run --json` prints them one per line (docs/protocol.md).
 */
import type { ErrorCode } from './errors/index.ts';

export type RunEndReason = 'finished' | 'stopped' | 'error' | 'time_limit';

export type RunEvent =
  /** A statement starts; `blockId` is its `id`, the block the editor lights up. */
  | { event: 'step'; blockId: string; scriptId: string }
  /** Text the robot produced (a board's print, a text shown). */
  | { event: 'output'; text: string }
  /** A runtime error; the run ends after it. */
  | { event: 'error'; code: ErrorCode; message: string; blockId?: string }
  /** Always last. */
  | { event: 'done'; reason: RunEndReason };
