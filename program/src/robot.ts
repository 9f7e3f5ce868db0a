/**
 * What the interpreter needs from a robot, real or simulated, and from time.
 *
 * A driver for a streamed robot (Blue-Bot, LEGO hub, mBot…) and the simulator both implement `Robot`;
 * the interpreter never knows which one it drives. Every method that takes time resolves when the robot
 * has finished the action (a move of 2 steps resolves when the robot stands on its new cell) and rejects
 * with the signal's reason as soon as `signal` aborts, leaving the robot safe (wheels stopped).
 * Units are the program format's: steps or centimetres, degrees, percent of top speed, beats of 0.5 s.
 */
import type { ButtonName, ImageName, LightTarget, MelodyName, SensorName } from './vocabulary.ts';

/** `#rrggbb`, lower case; named colours are resolved before they reach a robot. */
export type RgbHex = string;
/** An image name or 25 characters `0`-`9` (a 5×5 bitmap, row by row). */
export type DisplayImage = ImageName | string;

export type Distance = { steps: number } | { cm: number };

/** Something the robot noticed by itself and pushes to the program (as opposed to a sensor read). */
export type RobotInput =
  | { kind: 'button'; button: ButtonName }
  | { kind: 'obstacle' }
  | { kind: 'clap' }
  | { kind: 'tilt' };

export interface Robot {
  move(direction: 'forward' | 'backward', distance: Distance, signal: AbortSignal): Promise<void>;
  turn(direction: 'left' | 'right', degrees: number, signal: AbortSignal): Promise<void>;
  /** Set wheel speeds in percent of top speed (−100…100) and return at once. */
  setMotors(left: number, right: number, signal: AbortSignal): Promise<void>;
  stopMotors(): Promise<void>;
  setLight(color: RgbHex, target: LightTarget, signal: AbortSignal): Promise<void>;
  /** Play a note (scientific pitch, or `rest`) for `beats` beats; resolves when it has played. */
  playNote(note: string, beats: number, signal: AbortSignal): Promise<void>;
  playMelody(name: MelodyName, signal: AbortSignal): Promise<void>;
  showImage(image: DisplayImage, signal: AbortSignal): Promise<void>;
  /** Show (or scroll) a text; resolves when it has been shown. */
  showText(text: string, signal: AbortSignal): Promise<void>;
  clearDisplay(signal: AbortSignal): Promise<void>;
  /** Booleans for the sensors in BOOLEAN_SENSORS, numbers for the others. `timer_s` is the interpreter's. */
  readSensor(sensor: SensorName, signal: AbortSignal): Promise<number | boolean>;
  /** Inputs the robot pushes (a Bee-Bot's buttons, a board's shake). Returns an unsubscribe function. */
  onInput?(listener: (input: RobotInput) => void): () => void;
  /** Make the robot safe now: wheels stopped, sound off. Called on stop and at the end of a program. */
  halt(): Promise<void>;
}

/**
 * Time, for the interpreter and the simulator. The real clock sleeps for real; the virtual clock jumps
 * from one timer to the next, so the simulator runs a 5-minute program in milliseconds.
 */
export interface Clock {
  /** Milliseconds since the clock started. */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time; rejects with the signal's reason on abort. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
