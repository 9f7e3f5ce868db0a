/**
 * One tablet's connection: its requests, answered in order, and the events of the runs it started.
 * A session must say hello (with the protocol version it speaks) before anything else.
 */
import { randomUUID } from 'node:crypto';
import { AtelierError } from '../../../program/src/errors/index.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../program/src/i18n.ts';
import type { RunEvent } from '../../../program/src/run-events.ts';
import type { Fleet } from '../fleet/fleet.ts';
import { type ClientMessage, PROTOCOL_VERSION, type ServerMessage } from '../protocol/messages.ts';
import { ProgramRejectedError } from '../runs/program-rejected.ts';
import type { ActiveRun, RunManager } from '../runs/run-manager.ts';
import { robotInfo } from './robot-info.ts';

export interface SessionContext {
  fleet: Fleet;
  runs: RunManager;
  bridge: { name: string; version: string };
  log: (line: string) => void;
}

export class Session {
  readonly id = randomUUID();
  #greeted = false;
  #lang: Language = DEFAULT_LANGUAGE;
  #closed = false;

  constructor(
    private readonly context: SessionContext,
    private readonly send: (message: ServerMessage) => void,
  ) {}

  get greeted(): boolean {
    return this.#greeted;
  }

  /** Handles one checked message; answers every failure with a coded error. */
  async handle(message: ClientMessage): Promise<void> {
    try {
      await this.#dispatch(message);
    } catch (error) {
      this.sendError(error, message.id);
    }
  }

  sendError(error: unknown, requestId: string | undefined): void {
    if (this.#closed) return;
    const idPart = requestId === undefined ? {} : { id: requestId };
    if (error instanceof ProgramRejectedError) {
      this.send({
        type: 'error',
        ...idPart,
        code: error.code,
        message: error.messageIn(this.#lang),
        problems: error.problems.map((p) => ({ ...p })),
      });
    } else if (error instanceof AtelierError) {
      this.send({ type: 'error', ...idPart, code: error.code, message: error.messageIn(this.#lang) });
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      this.context.log(`erreur interne : ${detail}`);
      const internal = new AtelierError('INTERNAL', { params: { detail }, cause: error });
      this.send({ type: 'error', ...idPart, code: internal.code, message: internal.messageIn(this.#lang) });
    }
  }

  async #dispatch(message: ClientMessage): Promise<void> {
    const idPart = message.id === undefined ? {} : { id: message.id };
    if (message.type !== 'hello' && !this.#greeted) throw new AtelierError('PROTOCOL_HELLO_FIRST');
    switch (message.type) {
      case 'hello': {
        if (message.lang !== undefined && isLanguage(message.lang)) this.#lang = message.lang;
        if (message.protocol !== PROTOCOL_VERSION) {
          throw new AtelierError('PROTOCOL_VERSION_UNSUPPORTED', {
            params: { client: message.protocol, bridge: PROTOCOL_VERSION },
          });
        }
        this.#greeted = true;
        this.send({
          type: 'welcome',
          ...idPart,
          protocol: PROTOCOL_VERSION,
          bridge: this.context.bridge,
          robots: this.#robots(),
        });
        return;
      }
      case 'robots.list':
        this.send({ type: 'robots', ...idPart, robots: this.#robots() });
        return;
      case 'run': {
        await this.context.runs.start(
          message.robotId,
          message.program,
          this.id,
          (event, active) => this.#forward(event, active),
          (run) => this.send({ type: 'run.started', ...idPart, robotId: run.robotId, runId: run.runId }),
        );
        return;
      }
      case 'stop':
        await this.context.runs.stop(message.robotId);
        this.send({ type: 'stopped', ...idPart, robotId: message.robotId });
        return;
    }
  }

  #robots() {
    return this.context.fleet.list().map((robot) => robotInfo(robot, this.context.runs));
  }

  /** Run events go to the tablet that started the run. */
  #forward(event: RunEvent, run: ActiveRun): void {
    if (this.#closed) return;
    const base = { robotId: run.robotId, runId: run.runId };
    switch (event.event) {
      case 'step':
        this.send({ type: 'run.step', ...base, blockId: event.blockId, scriptId: event.scriptId });
        return;
      case 'output':
        this.send({ type: 'run.output', ...base, text: event.text });
        return;
      case 'error': {
        this.send({
          type: 'run.error',
          ...base,
          code: event.code,
          message: event.message,
          ...(event.blockId === undefined ? {} : { blockId: event.blockId }),
        });
        return;
      }
      case 'done':
        this.send({
          type: 'run.done',
          ...base,
          reason: event.reason,
          state: this.context.fleet.get(run.robotId).state(),
        });
        return;
    }
  }

  /** The tablet has gone: its robots stop. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.context.runs.stopOwnedBy(this.id);
  }
}
