/**
 * From a WebSocket frame to a checked client message, or a coded error. Never throws anything but an
 * AtelierError: whatever a tablet (or anyone on the network) sends, the bridge answers it.
 */
import { AtelierError } from '../../../program/src/errors/index.ts';
import { CLIENT_MESSAGE_TYPES, type ClientMessage, ClientMessageSchema } from '../protocol/messages.ts';

export interface Decoded {
  message: ClientMessage;
}

/** The request id of a frame that failed to decode, when it has a usable one, to echo in the error. */
export function salvageRequestId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  const { id } = value;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

export class DecodeError extends AtelierError {
  readonly requestId: string | undefined;
  constructor(error: AtelierError, requestId: string | undefined) {
    super(error.code, { params: error.params });
    this.requestId = requestId;
  }
}

export function decodeFrame(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): ClientMessage {
  if (isBinary) throw new DecodeError(new AtelierError('PROTOCOL_BINARY_UNSUPPORTED'), undefined);
  const text = Array.isArray(data)
    ? Buffer.concat(data).toString('utf8')
    : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The parser's own message says nothing useful to a teacher; the code says it all.
    throw new DecodeError(new AtelierError('PROTOCOL_NOT_JSON'), undefined);
  }
  const requestId = salvageRequestId(raw);
  const type =
    typeof raw === 'object' && raw !== null && 'type' in raw && typeof raw.type === 'string'
      ? raw.type
      : null;
  if (type === null || !(CLIENT_MESSAGE_TYPES as readonly string[]).includes(type)) {
    throw new DecodeError(
      new AtelierError('PROTOCOL_UNKNOWN_TYPE', { params: { type: String(type).slice(0, 40) } }),
      requestId,
    );
  }
  const parsed = ClientMessageSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(message)'} : ${issue.message}`)
      .join(' ; ');
    throw new DecodeError(
      new AtelierError('PROTOCOL_INVALID_MESSAGE', { params: { type, detail } }),
      requestId,
    );
  }
  return parsed.data;
}
