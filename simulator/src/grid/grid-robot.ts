/**
 * The floor robot on a grid mat (Bee-Bot style), for the editor's simulator, the bridge's virtual
 * robots and `atelier run --device virtual:grid`. Pure and deterministic: all time comes from the
 * Clock it is given, nothing is random, and the same calls on the same world give the same states.
 *
 * Contract, on top of `Robot`'s (program/src/robot.ts):
 * - A move goes cell by cell: each cell takes `timing.stepMs`, and the robot's position changes (one
 *   `onChange`) when it reaches the cell. A backward move keeps the heading. A negative count reverses
 *   the direction, as in Scratch. `{ cm }` must be a whole number of cells (ROBOT_DISTANCE_NOT_CELLS).
 * - An obstacle or the mat's edge stops the robot on the last free cell: `bumped` becomes true and the
 *   move rejects with ROBOT_BLOCKED (params: by, x, y). `bumped` is cleared when the next move starts.
 * - A turn goes by quarter turns of `timing.turnMs`, one `onChange` per quarter; only multiples
 *   of 90° are accepted (ROBOT_TURN_UNSUPPORTED).
 * - Moves and turns share the wheels, notes and tunes the buzzer: each waits for the previous one on
 *   the same part to end, so that concurrent scripts queue instead of tangling. Light, display and
 *   sensors act at once.
 * - Every action checks its signal first; an abort during a move leaves the robot on the cell it had
 *   reached with `moving` false, and rejects with `signal.reason`. `halt()` and `reset()` abort every
 *   action under way with ROBOT_HALTED.
 * - When the cell ahead becomes blocked (after a step or a turn), the robot pushes `{ kind: 'obstacle' }`
 *   to its input listeners, as a proximity sensor fires when something comes close.
 */
import { AtelierError } from '../../../program/src/errors/index.ts';
import type { Clock, DisplayImage, Distance, RgbHex, Robot, RobotInput } from '../../../program/src/robot.ts';
import {
  type ButtonName,
  COLOR_HEX,
  type LightTarget,
  type MelodyName,
  type SensorName,
} from '../../../program/src/vocabulary.ts';
import { linkSignals } from '../kit/abort.ts';
import { Lane } from '../kit/lane.ts';
import { Listeners } from '../kit/listeners.ts';
import { resolveColor } from '../look/color.ts';
import { checkImage } from '../look/image.ts';
import { beatsToMs, checkNote, melodyMs } from '../sound/checks.ts';
import { cellAlong, turnHeading } from './heading.ts';
import { distanceAheadCm, obstacleFront, type Pose } from './sensors.ts';
import type { Cell, GridRobotState, SoundRecord } from './state.ts';
import { type GridTiming, gridTiming } from './timing.ts';

export type { GridTiming } from './timing.ts';

import type { GridWorld } from './world.ts';
import { blockage, copyWorld } from './world-helpers.ts';

export interface GridRobotOptions {
  /** The mat; read once, at construction (the robot keeps its own copy). */
  world: GridWorld;
  clock: Clock;
  timing?: Partial<GridTiming>;
}

/** The buttons on a Bee-Bot's back: four arrows and GO (`center`). */
export const FLOOR_BUTTONS = [
  'forward',
  'backward',
  'left',
  'right',
  'center',
] as const satisfies readonly ButtonName[];

/** The only angle a floor robot turns by; larger turns are several of these. */
export const QUARTER_TURN_DEGREES = 90;

/** Tolerance when dividing centimetres by the cell size (45 / 15 is exact, 0.1 + 0.2 is not). */
const CELL_EPSILON = 1e-9;

export class GridRobot implements Robot {
  readonly world: GridWorld;
  readonly timing: GridTiming;
  readonly #clock: Clock;
  readonly #changes = new Listeners<GridRobotState>();
  readonly #inputs = new Listeners<RobotInput>();
  readonly #wheels = new Lane();
  readonly #buzzer = new Lane();
  /** Aborted (and replaced) by halt() and reset(); every action listens to the current one. */
  #halt = new AbortController();

  #pose: Pose;
  #trail: Cell[];
  #light: string = COLOR_HEX.off;
  #display: string | null = null;
  #sounds: SoundRecord[] = [];
  #moving = false;
  #bumped = false;
  /** Whether the cell ahead was blocked at the last pose, to fire `obstacle` only when it becomes so. */
  #frontBlocked: boolean;
  /** Set by every change of state; `#flush` tells the listeners once and clears it. */
  #dirty = false;

  /** Throws WORLD_START_INVALID when the world's start cell is off the mat or on an obstacle. */
  constructor(options: GridRobotOptions) {
    this.world = copyWorld(options.world);
    this.timing = gridTiming(options.timing);
    this.#clock = options.clock;
    const { x, y, heading } = this.world.start;
    if (blockage(this.world, { x, y }) !== null) {
      throw new AtelierError('WORLD_START_INVALID', { params: { x, y } });
    }
    this.#pose = { x, y, heading };
    this.#trail = [{ x, y }];
    this.#frontBlocked = obstacleFront(this.world, this.#pose);
  }

  /** A fresh snapshot: the caller may keep or change it without touching the robot. */
  get state(): GridRobotState {
    return {
      kind: 'grid',
      x: this.#pose.x,
      y: this.#pose.y,
      heading: this.#pose.heading,
      light: this.#light,
      display: this.#display,
      trail: this.#trail.map(({ x, y }) => ({ x, y })),
      sounds: this.#sounds.map((record) => ({ ...record })),
      moving: this.#moving,
      bumped: this.#bumped,
    };
  }

  /** Called after every change of state, each listener with its own snapshot. Returns an unsubscribe. */
  onChange(listener: (state: GridRobotState) => void): () => void {
    return this.#changes.add(listener);
  }

  onInput(listener: (input: RobotInput) => void): () => void {
    return this.#inputs.add(listener);
  }

  /** A pupil presses one of the robot's own buttons (FLOOR_BUTTONS); throws ROBOT_BUTTON_UNSUPPORTED otherwise. */
  press(button: ButtonName): void {
    if (!(FLOOR_BUTTONS as readonly string[]).includes(button)) {
      throw new AtelierError('ROBOT_BUTTON_UNSUPPORTED', { params: { button } });
    }
    this.#inputs.emit(() => ({ kind: 'button', button }));
  }

  /** Back to the world's start: actions under way aborted, light off, display blank, trail and sounds cleared. */
  reset(): void {
    this.#abortActions();
    const { x, y, heading } = this.world.start;
    this.#pose = { x, y, heading };
    this.#trail = [{ x, y }];
    this.#light = COLOR_HEX.off;
    this.#display = null;
    this.#sounds = [];
    this.#moving = false;
    this.#bumped = false;
    this.#frontBlocked = obstacleFront(this.world, this.#pose);
    this.#dirty = true;
    this.#flush();
  }

  async move(direction: 'forward' | 'backward', distance: Distance, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    const cells = this.#cellsOf(distance);
    if (cells === 0) return;
    const sense = (direction === 'forward' ? 1 : -1) * Math.sign(cells);
    await this.#act(signal, this.#wheels, async (act) => {
      this.#setBumped(false);
      this.#setMoving(true);
      this.#flush();
      try {
        for (let done = 0; done < Math.abs(cells); done++) {
          const next = cellAlong(this.#pose, this.#pose.heading, sense);
          const by = blockage(this.world, next);
          if (by !== null) {
            this.#setBumped(true);
            throw new AtelierError('ROBOT_BLOCKED', { params: { by, x: this.#pose.x, y: this.#pose.y } });
          }
          await this.#clock.sleep(this.timing.stepMs, act);
          // The timer may have fired in the same turn as an abort: the abort wins.
          act.throwIfAborted();
          this.#goTo({ ...next, heading: this.#pose.heading });
        }
      } finally {
        this.#setMoving(false);
        this.#flush();
      }
    });
  }

  async turn(direction: 'left' | 'right', degrees: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (!Number.isFinite(degrees) || degrees % QUARTER_TURN_DEGREES !== 0) {
      throw new AtelierError('ROBOT_TURN_UNSUPPORTED', {
        params: { degrees: String(degrees), step: QUARTER_TURN_DEGREES },
      });
    }
    const quarters = (degrees / QUARTER_TURN_DEGREES) * (direction === 'right' ? 1 : -1);
    if (quarters === 0) return;
    await this.#act(signal, this.#wheels, async (act) => {
      this.#setMoving(true);
      this.#flush();
      try {
        for (let done = 0; done < Math.abs(quarters); done++) {
          await this.#clock.sleep(this.timing.turnMs, act);
          act.throwIfAborted();
          this.#goTo({ ...this.#pose, heading: turnHeading(this.#pose.heading, Math.sign(quarters)) });
        }
      } finally {
        this.#setMoving(false);
        this.#flush();
      }
    });
  }

  /** A floor robot's wheels only turn inside a move or a turn. */
  async setMotors(_left: number, _right: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    throw new AtelierError('ROBOT_ACTION_UNSUPPORTED', { params: { action: 'motors' } });
  }

  /** Nothing to do: moves and turns stop by themselves; `halt()` cuts one short. */
  async stopMotors(): Promise<void> {}

  /** The robot has one light: every target sets it. */
  async setLight(color: RgbHex, _target: LightTarget, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    const hex = resolveColor(color);
    if (hex === this.#light) return;
    this.#light = hex;
    this.#dirty = true;
    this.#flush();
  }

  async playNote(note: string, beats: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    checkNote(note);
    const ms = beatsToMs(beats);
    await this.#act(signal, this.#buzzer, (act) => this.#play(note, ms, act));
  }

  async playMelody(name: MelodyName, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    const ms = melodyMs(name);
    await this.#act(signal, this.#buzzer, (act) => this.#play(`melody:${name}`, ms, act));
  }

  async showImage(image: DisplayImage, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    checkImage(image);
    this.#setDisplay(image);
  }

  /** The virtual display shows the whole text at once and keeps it: nothing scrolls, so nothing to wait for. */
  async showText(text: string, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    this.#setDisplay(text);
  }

  async clearDisplay(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    this.#setDisplay(null);
  }

  /** `obstacle_front` and `distance_cm` (sensors.ts); `timer_s` is the interpreter's, not the robot's. */
  async readSensor(sensor: SensorName, signal: AbortSignal): Promise<number | boolean> {
    signal.throwIfAborted();
    switch (sensor) {
      case 'obstacle_front':
        return obstacleFront(this.world, this.#pose);
      case 'distance_cm':
        return distanceAheadCm(this.world, this.#pose);
      default:
        throw new AtelierError('ROBOT_SENSOR_UNSUPPORTED', { params: { sensor } });
    }
  }

  /** Stops every move, turn and sound under way (they reject with ROBOT_HALTED); the robot stays where it is. */
  async halt(): Promise<void> {
    this.#abortActions();
    this.#setMoving(false);
    this.#flush();
  }

  // ── inside ─────────────────────────────────────────────────────────────────────────────────────

  /** Runs `body` on `lane` under a signal that aborts with the caller's or on halt. */
  async #act<T>(signal: AbortSignal, lane: Lane, body: (act: AbortSignal) => Promise<T>): Promise<T> {
    const linked = linkSignals(signal, this.#halt.signal);
    try {
      return await lane.run(linked.signal, () => body(linked.signal));
    } finally {
      linked.dispose();
    }
  }

  #abortActions(): void {
    const halted = this.#halt;
    this.#halt = new AbortController();
    halted.abort(new AtelierError('ROBOT_HALTED'));
  }

  /** Whole cells of a move, signed; throws the coded error when the distance is not whole cells. */
  #cellsOf(distance: Distance): number {
    if ('steps' in distance) {
      if (!Number.isInteger(distance.steps)) {
        throw new AtelierError('ROBOT_STEPS_NOT_WHOLE', { params: { steps: String(distance.steps) } });
      }
      return distance.steps;
    }
    const { cellCm } = this.world;
    const cells = distance.cm / cellCm;
    const whole = Math.round(cells);
    if (!Number.isFinite(cells) || Math.abs(cells - whole) > CELL_EPSILON) {
      const below = Number.isFinite(cells) ? Math.floor(cells) : 0;
      throw new AtelierError('ROBOT_DISTANCE_NOT_CELLS', {
        params: { cm: String(distance.cm), cellCm, lower: below * cellCm, upper: (below + 1) * cellCm },
      });
    }
    return whole;
  }

  /** Records a sound, lets it play for `ms`, and on abort shortens the record to what was heard. */
  async #play(sound: string, ms: number, act: AbortSignal): Promise<void> {
    const record: SoundRecord = { at: this.#clock.now(), sound, durationMs: ms };
    this.#sounds.push(record);
    this.#dirty = true;
    this.#flush();
    try {
      await this.#clock.sleep(ms, act);
      act.throwIfAborted();
    } catch (error) {
      // After a reset the record is gone from `sounds`: nothing left to shorten.
      if (this.#sounds.includes(record)) {
        record.durationMs = Math.min(ms, this.#clock.now() - record.at);
        this.#dirty = true;
        this.#flush();
      }
      throw error;
    }
  }

  /** Stands on `pose`: the trail grows when the cell changes, and `obstacle` fires when the way ahead closes. */
  #goTo(pose: Pose): void {
    if (pose.x !== this.#pose.x || pose.y !== this.#pose.y) this.#trail.push({ x: pose.x, y: pose.y });
    this.#pose = pose;
    this.#dirty = true;
    this.#flush();
    const blocked = obstacleFront(this.world, pose);
    const closed = blocked && !this.#frontBlocked;
    this.#frontBlocked = blocked;
    if (closed) this.#inputs.emit(() => ({ kind: 'obstacle' }));
  }

  #setMoving(moving: boolean): void {
    if (this.#moving === moving) return;
    this.#moving = moving;
    this.#dirty = true;
  }

  #setBumped(bumped: boolean): void {
    if (this.#bumped === bumped) return;
    this.#bumped = bumped;
    this.#dirty = true;
  }

  #setDisplay(display: string | null): void {
    if (this.#display === display) return;
    this.#display = display;
    this.#dirty = true;
    this.#flush();
  }

  #flush(): void {
    if (!this.#dirty) return;
    this.#dirty = false;
    this.#changes.emit(() => this.state);
  }
}
