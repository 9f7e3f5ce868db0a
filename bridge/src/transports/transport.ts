/**
 * The one contract between a driver and a wire. A driver never imports serialport, noble or net: it is
 * given a Transport. Exactly one file implements each wire (serial.ts, tcp.ts, ble.ts), and
 * mock-transport.ts lets a test push bytes in and read what was written.
 *
 * Contract:
 * - `open()` resolves when bytes can be written; rejects with a coded AtelierError (port missing, held
 *   by another program, permission) within a bounded time.
 * - `write()` resolves when the bytes are handed to the OS (serial: drained); rejects if the transport
 *   is not open or closes meanwhile. Writes are sent in call order.
 * - Data listeners get chunks as they arrive, split anywhere: framing is the driver's job.
 * - State listeners hear every change; an unexpected loss (cable pulled, peer killed) goes to `closed`
 *   with the error that caused it.
 */
export type TransportState = 'closed' | 'opening' | 'open' | 'closing';

export interface Transport {
  /** What the transport is connected to, for messages: `/dev/ttyACM0`, `127.0.0.1:33333`. */
  readonly description: string;
  readonly state: TransportState;
  open(): Promise<void>;
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
  onData(listener: (chunk: Uint8Array) => void): () => void;
  onStateChange(listener: (state: TransportState, error?: Error) => void): () => void;
}
