/**
 * TEST DOUBLE — not a simulator. A fake `Robot` for the interpreter's tests: it records every action
 * with the clock time it started at, takes clock time for the actions that take time on a real robot
 * (moves, turns, notes, melodies), answers sensor reads from values the test sets, and can be told to
 * fail a method. Timed actions honour the abort signal as the `Robot` contract asks: they reject with
 * the signal's reason at once.
 *
 * `RecordingRobot` has no `onInput` (a robot that only has sensors: the interpreter polls them);
 * `PushingRecordingRobot` has one, and `push()` sends an input as the robot would.
 */
import type { Clock, DisplayImage, Distance, RgbHex, Robot, RobotInput } from '../robot.ts';
import {
  BEAT_MS,
  BOOLEAN_SENSORS,
  type LightTarget,
  type MelodyName,
  type SensorName,
} from '../vocabulary.ts';

export type RobotMethod =
  | 'move'
  | 'turn'
  | 'setMotors'
  | 'stopMotors'
  | 'setLight'
  | 'playNote'
  | 'playMelody'
  | 'showImage'
  | 'showText'
  | 'clearDisplay'
  | 'readSensor'
  | 'halt';

export interface RecordedCall {
  method: RobotMethod;
  args: unknown[];
  /** Clock time when the call was made. */
  at: number;
}

export interface RecordingRobotTiming {
  /** Default 1000: a floor robot takes about a second per step. */
  msPerStep: number;
  msPerCm: number;
  msPerDegree: number;
  melodyMs: number;
}

const DEFAULT_TIMING: RecordingRobotTiming = { msPerStep: 1000, msPerCm: 50, msPerDegree: 5, melodyMs: 2000 };

export class RecordingRobot implements Robot {
  readonly calls: RecordedCall[] = [];
  /** Sensor reads, apart from `calls` (polling reads a sensor every tick). */
  readonly reads: SensorName[] = [];
  readonly sensors = new Map<SensorName, number | boolean>();
  readonly timing: RecordingRobotTiming;
  readonly #clock: Clock;
  readonly #failures = new Map<RobotMethod, unknown>();

  constructor(clock: Clock, timing: Partial<RecordingRobotTiming> = {}) {
    this.#clock = clock;
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  /** Makes every later call of `method` reject with `error`. */
  failOn(method: RobotMethod, error: unknown): void {
    this.#failures.set(method, error);
  }

  /** The recorded calls of one method, or of all actions but sensor reads. */
  callsOf(method: RobotMethod): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  methods(): RobotMethod[] {
    return this.calls.map((call) => call.method);
  }

  async #act(method: RobotMethod, args: unknown[], ms: number, signal?: AbortSignal): Promise<void> {
    this.calls.push({ method, args, at: this.#clock.now() });
    if (this.#failures.has(method)) throw this.#failures.get(method);
    if (ms > 0) await this.#clock.sleep(ms, signal);
  }

  move(direction: 'forward' | 'backward', distance: Distance, signal: AbortSignal): Promise<void> {
    const ms =
      'steps' in distance ? distance.steps * this.timing.msPerStep : distance.cm * this.timing.msPerCm;
    return this.#act('move', [direction, distance], Math.abs(ms), signal);
  }

  turn(direction: 'left' | 'right', degrees: number, signal: AbortSignal): Promise<void> {
    return this.#act('turn', [direction, degrees], Math.abs(degrees) * this.timing.msPerDegree, signal);
  }

  setMotors(left: number, right: number, signal: AbortSignal): Promise<void> {
    return this.#act('setMotors', [left, right], 0, signal);
  }

  stopMotors(): Promise<void> {
    return this.#act('stopMotors', [], 0);
  }

  setLight(color: RgbHex, target: LightTarget, signal: AbortSignal): Promise<void> {
    return this.#act('setLight', [color, target], 0, signal);
  }

  playNote(note: string, beats: number, signal: AbortSignal): Promise<void> {
    return this.#act('playNote', [note, beats], beats * BEAT_MS, signal);
  }

  playMelody(name: MelodyName, signal: AbortSignal): Promise<void> {
    return this.#act('playMelody', [name], this.timing.melodyMs, signal);
  }

  showImage(image: DisplayImage, signal: AbortSignal): Promise<void> {
    return this.#act('showImage', [image], 0, signal);
  }

  showText(text: string, signal: AbortSignal): Promise<void> {
    return this.#act('showText', [text], 0, signal);
  }

  clearDisplay(signal: AbortSignal): Promise<void> {
    return this.#act('clearDisplay', [], 0, signal);
  }

  async readSensor(sensor: SensorName, signal: AbortSignal): Promise<number | boolean> {
    if (signal.aborted) throw signal.reason;
    this.reads.push(sensor);
    if (this.#failures.has('readSensor')) throw this.#failures.get('readSensor');
    return this.sensors.get(sensor) ?? (BOOLEAN_SENSORS.has(sensor) ? false : 0);
  }

  halt(): Promise<void> {
    return this.#act('halt', [], 0);
  }
}

/** A recording robot that pushes inputs itself (a Bee-Bot's buttons): the interpreter does not poll it. */
export class PushingRecordingRobot extends RecordingRobot {
  readonly #listeners = new Set<(input: RobotInput) => void>();

  onInput(listener: (input: RobotInput) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  push(input: RobotInput): void {
    for (const listener of this.#listeners) listener(input);
  }
}
