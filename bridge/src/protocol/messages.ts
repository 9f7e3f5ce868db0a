/**
 * The WebSocket API between a tablet and the bridge, version 1 (docs/protocol.md).
 * Pure schemas, no Node: the editor imports them to build and check its messages.
 *
 * Every message is one JSON text frame with a `type`. A client request may carry an `id` (a string of
 * its choice); the bridge's answer to that request carries the same `id`.
 */
import { z } from 'zod';
import { GridRobotStateSchema } from '../../../simulator/src/grid/state.ts';
import { GridWorldSchema } from '../../../simulator/src/grid/world.ts';

export const PROTOCOL_VERSION = 1;
/** Largest frame the bridge accepts, in bytes. A program of a few hundred blocks is ~50 KB. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

const RequestId = z.string().min(1).max(64);
const RobotId = z.string().min(1).max(128);

// ── Tablet → bridge ────────────────────────────────────────────────────────────────────────────

export const HelloMessageSchema = z.strictObject({
  type: z.literal('hello'),
  id: RequestId.exactOptional(),
  /** The protocol version the client speaks. */
  protocol: z.number().int().positive(),
  lang: z.string().max(10).exactOptional(),
});

export const ListRobotsMessageSchema = z.strictObject({
  type: z.literal('robots.list'),
  id: RequestId.exactOptional(),
});

export const RunMessageSchema = z.strictObject({
  type: z.literal('run'),
  id: RequestId.exactOptional(),
  robotId: RobotId,
  /** Checked against ProgramSchema by the bridge, which reports every problem with its block. */
  program: z.unknown(),
});

export const StopMessageSchema = z.strictObject({
  type: z.literal('stop'),
  id: RequestId.exactOptional(),
  robotId: RobotId,
});

export const ClientMessageSchema = z.discriminatedUnion('type', [
  HelloMessageSchema,
  ListRobotsMessageSchema,
  RunMessageSchema,
  StopMessageSchema,
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;
export const CLIENT_MESSAGE_TYPES = ClientMessageSchema.options.map((o) => o.shape.type.value);

// ── Bridge → tablet ────────────────────────────────────────────────────────────────────────────

export const RobotStatusSchema = z.enum(['idle', 'running', 'disconnected']);

export const RobotInfoSchema = z.strictObject({
  id: RobotId,
  /** What the pupil sees in the robot picker, e.g. « Robot virtuel 1 ». */
  name: z.string(),
  transport: z.enum(['virtual', 'serial', 'tcp', 'ble']),
  profile: z.string(),
  status: RobotStatusSchema,
  /** The run in progress, if any. */
  runId: z.string().nullable(),
  /** The live state of a simulated robot; null for a real robot that reports none. */
  state: GridRobotStateSchema.nullable(),
  /** The mat a simulated robot stands on, for the editor to draw. */
  world: GridWorldSchema.nullable(),
});
export type RobotInfo = z.infer<typeof RobotInfoSchema>;

const Reply = { id: RequestId.exactOptional() };

export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('welcome'),
    ...Reply,
    protocol: z.literal(PROTOCOL_VERSION),
    bridge: z.strictObject({ name: z.string(), version: z.string() }),
    robots: z.array(RobotInfoSchema),
  }),
  z.strictObject({ type: z.literal('robots'), ...Reply, robots: z.array(RobotInfoSchema) }),
  z.strictObject({
    type: z.literal('robot.state'),
    robotId: RobotId,
    status: RobotStatusSchema,
    runId: z.string().nullable(),
    state: GridRobotStateSchema.nullable(),
  }),
  z.strictObject({ type: z.literal('run.started'), ...Reply, robotId: RobotId, runId: z.string() }),
  z.strictObject({
    type: z.literal('run.step'),
    robotId: RobotId,
    runId: z.string(),
    blockId: z.string(),
    scriptId: z.string(),
  }),
  z.strictObject({ type: z.literal('run.output'), robotId: RobotId, runId: z.string(), text: z.string() }),
  z.strictObject({
    type: z.literal('run.error'),
    robotId: RobotId,
    runId: z.string(),
    code: z.string(),
    message: z.string(),
    blockId: z.string().exactOptional(),
  }),
  z.strictObject({
    type: z.literal('run.done'),
    robotId: RobotId,
    runId: z.string(),
    reason: z.enum(['finished', 'stopped', 'error', 'time_limit']),
    state: GridRobotStateSchema.nullable(),
  }),
  z.strictObject({ type: z.literal('stopped'), ...Reply, robotId: RobotId }),
  /** The answer to a request that could not be done, or to a frame that is not a valid message. */
  z.strictObject({
    type: z.literal('error'),
    ...Reply,
    code: z.string(),
    message: z.string(),
    /** For an invalid program: every problem, each with its block. */
    problems: z
      .array(z.strictObject({ code: z.string(), message: z.string(), blockId: z.string().exactOptional() }))
      .exactOptional(),
  }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;
