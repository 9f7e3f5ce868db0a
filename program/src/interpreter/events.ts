/**
 * Which scripts an event starts, and how events are noticed on robots that only have sensors.
 *
 * Events reach a run three ways: `handle.input()`, the robot's own `onInput` when it has one, and, for
 * a robot without `onInput`, polling its sensors once per loop tick. Polling reads only the sensors the
 * program's event scripts need, and fires on the edge (the first reading counts as an edge when the
 * sensor is already past its threshold):
 *  - `obstacle`: `obstacle_front` goes false → true;
 *  - `button` a / b / center: `button_a` / `button_b` / `button_center` go false → true (the other
 *    buttons have no sensor: they come from inputs only);
 *  - `clap`: `sound_level` rises to CLAP_LEVEL or more;
 *  - `tilt`: |`tilt_x`| or |`tilt_y`| rises to TILT_DEGREES or more.
 */
import type { RobotInput } from '../robot.ts';
import type { Program, When } from '../schema.ts';
import type { SensorName } from '../vocabulary.ts';

/** `sound_level` (0…100) at which a clap is heard. */
export const CLAP_LEVEL = 70;
/** Tilt, in degrees either way, at which the robot counts as tilted. */
export const TILT_DEGREES = 45;

/** Events that come from the robot (as opposed to `start` and `message`). */
export type RobotEventName = 'button' | 'obstacle' | 'clap' | 'tilt';

export function isRobotEvent(when: When): when is Extract<When, { event: RobotEventName }> {
  return (
    when.event === 'button' || when.event === 'obstacle' || when.event === 'clap' || when.event === 'tilt'
  );
}

export function inputStarts(when: When, input: RobotInput): boolean {
  switch (input.kind) {
    case 'button':
      return when.event === 'button' && when.button === input.button;
    case 'obstacle':
    case 'clap':
    case 'tilt':
      return when.event === input.kind;
  }
}

/** One sensor polled for an event: `active` says whether a reading is past the threshold. */
export interface SensorWatch {
  readonly sensor: SensorName;
  readonly active: (reading: number | boolean) => boolean;
  readonly input: RobotInput;
}

const isTrue = (reading: number | boolean) => reading === true;
const loud = (reading: number | boolean) => typeof reading === 'number' && reading >= CLAP_LEVEL;
const tilted = (reading: number | boolean) =>
  typeof reading === 'number' && Math.abs(reading) >= TILT_DEGREES;

const BUTTON_SENSORS: Readonly<Partial<Record<string, SensorName>>> = {
  a: 'button_a',
  b: 'button_b',
  center: 'button_center',
};

/** The sensors to poll for the program's event scripts, once each. */
export function sensorWatches(program: Program): SensorWatch[] {
  const watches = new Map<SensorName, SensorWatch>();
  const add = (watch: SensorWatch) => {
    if (!watches.has(watch.sensor)) watches.set(watch.sensor, watch);
  };
  for (const { when } of program.scripts) {
    switch (when.event) {
      case 'obstacle':
        add({ sensor: 'obstacle_front', active: isTrue, input: { kind: 'obstacle' } });
        break;
      case 'button': {
        const sensor = BUTTON_SENSORS[when.button];
        if (sensor !== undefined)
          add({ sensor, active: isTrue, input: { kind: 'button', button: when.button } });
        break;
      }
      case 'clap':
        add({ sensor: 'sound_level', active: loud, input: { kind: 'clap' } });
        break;
      case 'tilt':
        add({ sensor: 'tilt_x', active: tilted, input: { kind: 'tilt' } });
        add({ sensor: 'tilt_y', active: tilted, input: { kind: 'tilt' } });
        break;
      default:
        break;
    }
  }
  return [...watches.values()];
}

/** Remembers each sensor's last state, and tells which readings are edges that fire an event. */
export class EdgeDetector {
  readonly #active = new Map<SensorName, boolean>();

  /** True when `reading` is past the threshold and the previous one (if any) was not. */
  fires(watch: SensorWatch, reading: number | boolean): boolean {
    const now = watch.active(reading);
    const before = this.#active.get(watch.sensor) ?? false;
    this.#active.set(watch.sensor, now);
    return now && !before;
  }
}
