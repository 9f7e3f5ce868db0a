/**
 * The WebSocket API at `/ws`: the upgrade is vetted (path and origin) before it happens, frames are
 * capped at MAX_PAYLOAD_BYTES (ws closes a connection that sends more, with code 1009), every frame is
 * decoded and answered, and a heartbeat finds tablets that vanished without closing (a tablet put to
 * sleep, out of Wi-Fi range): their robots stop.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { MAX_PAYLOAD_BYTES, type ServerMessage } from '../protocol/messages.ts';
import { DecodeError, decodeFrame } from './codec.ts';
import { isOriginAllowed, type OriginPolicy } from './origin.ts';
import { Session, type SessionContext } from './session.ts';

export const WS_PATH = '/ws';

export interface WsApiOptions {
  origin: OriginPolicy;
  /** How often the bridge pings each tablet; one missed pong and the tablet is taken as gone. */
  heartbeatMs: number;
}

export interface WsApi {
  /** Sends a message to every tablet that has said hello. */
  broadcast(message: ServerMessage): void;
  readonly clientCount: number;
  close(): Promise<void>;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

export function attachWsApi(server: Server, context: SessionContext, options: WsApiOptions): WsApi {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  const sessions = new Map<WebSocket, Session>();
  const alive = new WeakSet<WebSocket>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== WS_PATH) return refuse(socket, 404, 'Not Found');
    if (!isOriginAllowed(request.headers.origin, request.headers.host, options.origin)) {
      context.log(`connexion refusée : origine ${request.headers.origin ?? '?'} non autorisée`);
      return refuse(socket, 403, 'Forbidden');
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  wss.on('connection', (ws: WebSocket) => {
    const session = new Session(context, (message) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
    });
    sessions.set(ws, session);
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    // Messages of one tablet are handled one after the other, in the order sent.
    let queue: Promise<void> = Promise.resolve();
    ws.on('message', (data, isBinary) => {
      let message: ReturnType<typeof decodeFrame>;
      try {
        message = decodeFrame(data, isBinary);
      } catch (error) {
        session.sendError(error, error instanceof DecodeError ? error.requestId : undefined);
        return;
      }
      queue = queue.then(() => session.handle(message));
    });
    ws.on('error', (error) => context.log(`connexion en erreur : ${error.message}`));
    ws.on('close', () => {
      sessions.delete(ws);
      void session
        .close()
        .catch((error: unknown) => context.log(`arrêt des robots d'une tablette partie : ${String(error)}`));
    });
  });

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, options.heartbeatMs);
  heartbeat.unref();

  return {
    broadcast(message) {
      const text = JSON.stringify(message);
      for (const [ws, session] of sessions) {
        if (session.greeted && ws.readyState === WebSocket.OPEN) ws.send(text);
      }
    },
    get clientCount() {
      return sessions.size;
    },
    async close() {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      await Promise.all([...sessions.values()].map((s) => s.close()));
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
