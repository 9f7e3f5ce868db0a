/**
 * Runs programs on the fleet's robots: one run per robot at a time, each with an owner (the connection
 * that started it). Policy when a run is asked for a robot that is already running:
 *  - the same owner: the old run is stopped and the new one replaces it (a pupil who presses the green
 *    flag again restarts, as in Scratch);
 *  - another owner: refused with ROBOT_BUSY (a tablet cannot take over a robot another group drives).
 * When an owner goes away (its tablet closed or lost Wi-Fi), its runs stop: a robot never moves without
 * an owner.
 */
import { randomUUID } from 'node:crypto';
import { AtelierError } from '../../../program/src/errors/index.ts';
import type { RunHandle } from '../../../program/src/interpreter/index.ts';
import type { RunEndReason, RunEvent } from '../../../program/src/run-events.ts';
import type { Fleet } from '../fleet/fleet.ts';
import type { FleetRobot } from '../fleet/fleet-robot.ts';
import { prepareProgram } from './prepare.ts';

export interface ActiveRun {
  readonly runId: string;
  readonly robotId: string;
  readonly owner: string;
  readonly handle: RunHandle;
}

/** Told every event of a run, `done` last. */
export type RunListener = (event: RunEvent, run: ActiveRun) => void;

export class RunManager {
  readonly #fleet: Fleet;
  readonly #active = new Map<string, ActiveRun>();
  readonly #statusListeners = new Set<(robotId: string) => void>();

  constructor(fleet: Fleet) {
    this.#fleet = fleet;
  }

  /** The run in progress on a robot, if any. */
  activeOn(robotId: string): ActiveRun | undefined {
    return this.#active.get(robotId);
  }

  /** Told whenever a robot starts or stops running. */
  onStatusChange(listener: (robotId: string) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /**
   * Checks the program against the robot's profile and starts it. Throws (before anything moves)
   * ROBOT_UNKNOWN, ROBOT_BUSY, or a ProgramRejectedError with every problem.
   */
  async start(
    robotId: string,
    programInput: unknown,
    owner: string,
    listener: RunListener,
    /** Called once the run exists, before its first event: the API answers `run.started` there. */
    onStarted: (run: ActiveRun) => void = () => {},
  ): Promise<ActiveRun> {
    const fleetRobot = this.#fleet.get(robotId);
    const program = prepareProgram(programInput, fleetRobot.profile);
    const current = this.#active.get(robotId);
    if (current) {
      if (current.owner !== owner) throw new AtelierError('ROBOT_BUSY', { params: { robotId } });
      await this.#stopRun(current);
    }
    fleetRobot.reset();
    return this.#launch(fleetRobot, program, owner, listener, onStarted);
  }

  #launch(
    fleetRobot: FleetRobot,
    program: ReturnType<typeof prepareProgram>,
    owner: string,
    listener: RunListener,
    onStarted: (run: ActiveRun) => void,
  ): ActiveRun {
    const runId = randomUUID();
    // The run object is needed by the listener before run() returns (a first step is emitted at once).
    let run: ActiveRun | undefined;
    const pending: RunEvent[] = [];
    const handle = fleetRobot.run(program, {
      onEvent: (event) => {
        if (run) listener(event, run);
        else pending.push(event);
      },
    });
    run = { runId, robotId: fleetRobot.id, owner, handle };
    const started = run;
    this.#active.set(fleetRobot.id, started);
    onStarted(started);
    for (const event of pending) listener(event, started);
    this.#emitStatus(fleetRobot.id);
    void handle.done.then((reason: RunEndReason) => {
      void reason;
      if (this.#active.get(fleetRobot.id) === started) {
        this.#active.delete(fleetRobot.id);
        this.#emitStatus(fleetRobot.id);
      }
    });
    return started;
  }

  /** Stops the robot's run if it has one; resolves when the robot is safe. Anyone may stop a robot. */
  async stop(robotId: string): Promise<void> {
    const fleetRobot = this.#fleet.get(robotId);
    const run = this.#active.get(robotId);
    if (run) await this.#stopRun(run);
    else await fleetRobot.halt();
  }

  /** Stops every run this owner started (its connection has gone). */
  async stopOwnedBy(owner: string): Promise<void> {
    const runs = [...this.#active.values()].filter((run) => run.owner === owner);
    await Promise.all(runs.map((run) => this.#stopRun(run)));
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.#active.values()].map((run) => this.#stopRun(run)));
  }

  async #stopRun(run: ActiveRun): Promise<void> {
    run.handle.stop();
    await run.handle.done;
    if (this.#active.get(run.robotId) === run) {
      this.#active.delete(run.robotId);
      this.#emitStatus(run.robotId);
    }
  }

  #emitStatus(robotId: string): void {
    for (const listener of this.#statusListeners) listener(robotId);
  }
}
