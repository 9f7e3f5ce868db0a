/**
 * `<atelier-app>`: the page a pupil's tablet shows. A toolbar with a big green flag and a big red stop,
 * the robot picker and the state of the link to the bridge; below, the workspace (blocks) and the mat of
 * the chosen robot.
 *
 * The green flag turns the workspace into a program, checks it, and asks the bridge to run it on the
 * chosen robot; while it runs, the running block lights up, and a problem shows on its block and in a
 * banner. The stop button stops the robot.
 *
 * Renders in light DOM, like the workspace inside it (Blockly's CSS lives in document.head); its own
 * styles are in atelier-app.css, every rule under `atelier-app`.
 */
import { html, LitElement, nothing, svg } from 'lit';
import type { RobotInfo, ServerMessage } from '../../../bridge/src/protocol/messages.ts';
import { validateProgram } from '../../../program/src/validate.ts';
import { BridgeConnection, BridgeError, bridgeSocketUrl } from '../bridge/bridge-connection.ts';
import { GenerateError } from '../generator/context.ts';
import { pageLanguage, t } from '../i18n/index.ts';
import '../mat/atelier-mat.ts';
import '../robot-picker/atelier-robot-picker.ts';
import { robotColor } from '../robot-picker/robot-colors.ts';
import '../workspace/atelier-workspace.ts';
import type { AtelierWorkspace } from '../workspace/atelier-workspace.ts';
import { pageStorage } from '../workspace/workspace-store.ts';
import './atelier-app.css';

/** The robot this tablet last chose, so that a reload keeps the group on its robot. */
const ROBOT_KEY = 'atelier.robot';

type RunState =
  | { phase: 'idle' }
  /** The bridge was asked to run; its answer has not come yet. */
  | { phase: 'starting'; robotId: string }
  | { phase: 'running'; robotId: string; runId: string };

type RunEvent = Extract<ServerMessage, { type: 'run.step' | 'run.error' | 'run.done' }>;

interface Banner {
  message: string;
  tone: 'error' | 'info';
}

const FLAG_ICON = svg`<svg viewBox="0 0 48 48" aria-hidden="true">
  <path d="M11 44V5" stroke="#fff" stroke-width="5" stroke-linecap="round"/>
  <path d="M13 7c8-5 14 4 24 0v18c-10 4-16-5-24 0z" fill="#fff" stroke="#fff" stroke-width="3" stroke-linejoin="round"/>
</svg>`;
const STOP_ICON = svg`<svg viewBox="0 0 48 48" aria-hidden="true">
  <path d="M16 4h16l12 12v16L32 44H16L4 32V16z" fill="#fff"/>
  <rect x="15" y="15" width="18" height="18" rx="3" fill="#d62828"/>
</svg>`;

export class AtelierApp extends LitElement {
  static override properties = {
    selectedRobotId: { state: true },
    banner: { state: true },
    run: { state: true },
  };

  declare selectedRobotId: string | null;
  declare banner: Banner | null;
  declare run: RunState;

  readonly #bridge: BridgeConnection;

  constructor() {
    super();
    this.selectedRobotId = readChoice();
    this.banner = null;
    this.run = { phase: 'idle' };
    this.#bridge = new BridgeConnection(this, { url: bridgeSocketUrl(location), lang: pageLanguage() });
    this.#bridge.subscribe((message) => this.#onBridgeMessage(message));
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The chosen robot, or the first one while none is chosen (or the chosen one is gone). */
  get #robot(): RobotInfo | undefined {
    const robots = this.#bridge.robots;
    return robots.find((robot) => robot.id === this.selectedRobotId) ?? robots[0];
  }

  get #workspace(): AtelierWorkspace | null {
    return this.querySelector('atelier-workspace');
  }

  protected override willUpdate(): void {
    // A run whose link dropped will send no `run.done`: forget it rather than light a block forever.
    if (this.#bridge.status !== 'connected' && this.run.phase !== 'idle') {
      this.run = { phase: 'idle' };
      this.#workspace?.highlight(null);
    }
  }

  protected override render() {
    const robots = this.#bridge.robots;
    const robot = this.#robot;
    const status = this.#bridge.status;
    const running = this.run.phase !== 'idle';
    return html`
      <header class="atelier-app__toolbar" role="toolbar" aria-label=${t('toolbar.label')}>
        <button
          class="atelier-app__flag ${running ? 'is-running' : ''}"
          data-testid="green-flag"
          aria-label=${t('toolbar.start')}
          title=${t('toolbar.start')}
          data-ready=${String(status === 'connected' && robot !== undefined)}
          @click=${this.#start}
        >
          ${FLAG_ICON}
        </button>
        <button
          class="atelier-app__stop"
          data-testid="stop-button"
          aria-label=${t('toolbar.stop')}
          title=${t('toolbar.stop')}
          @click=${this.#stop}
        >
          ${STOP_ICON}
        </button>
        <atelier-robot-picker
          .robots=${robots}
          .selected=${robot?.id ?? null}
          @robot-selected=${(event: CustomEvent<{ robotId: string }>) => this.#choose(event.detail.robotId)}
        ></atelier-robot-picker>
        <div
          class="atelier-app__status"
          data-testid="connection-status"
          data-status=${status}
          role="status"
          title=${this.#bridge.lastProblem ?? ''}
          aria-label=${t('status.label', { status: t(`status.${status}`) })}
        >
          <span class="atelier-app__status-dot" aria-hidden="true"></span>
          <span>${t(`status.${status}`)}</span>
        </div>
      </header>
      ${
        this.banner
          ? html`<div class="atelier-app__banner" role="alert" data-testid="banner" data-tone=${this.banner.tone}>
              <span class="atelier-app__banner-icon" aria-hidden="true">${this.banner.tone === 'error' ? '!' : 'i'}</span>
              <p>${this.banner.message}</p>
              <button aria-label=${t('banner.close')} title=${t('banner.close')} @click=${() => (this.banner = null)}>
                ×
              </button>
            </div>`
          : nothing
      }
      <main class="atelier-app__main">
        <atelier-workspace
          @workspace-notice=${(event: CustomEvent<{ message: string }>) => this.#tell(event.detail.message, 'info')}
        ></atelier-workspace>
        <atelier-mat
          .world=${robot?.world ?? null}
          .state=${robot?.state ?? null}
          .robotColor=${robotColor(robot ? robots.indexOf(robot) : 0)}
        ></atelier-mat>
      </main>
    `;
  }

  // ── The green flag and the stop ────────────────────────────────────────────────────────────────

  async #start(): Promise<void> {
    const workspace = this.#workspace;
    if (!workspace || this.run.phase === 'starting') return; // a second tap while the first is on its way
    workspace.clearProblems();
    workspace.highlight(null);
    this.banner = null;
    const robot = this.#robot;
    if (!robot) return this.#tell(t('run.no_robot'));
    if (this.#bridge.status !== 'connected') return this.#tell(t('run.not_connected'));

    let program: ReturnType<AtelierWorkspace['generate']>;
    try {
      program = workspace.generate();
    } catch (error) {
      console.error('generator:', error instanceof GenerateError ? error.detail : error);
      if (error instanceof GenerateError)
        workspace.showProblems([{ blockId: error.blockId, message: error.message }]);
      return this.#tell(t('run.generate_failed', { message: messageOf(error) }));
    }
    if (program.scripts.length === 0) return this.#tell(t('run.no_script'), 'info');
    // The bridge checks again on receipt; checking here marks the blocks without a round trip.
    const checked = validateProgram(program, pageLanguage());
    if (!checked.ok) {
      workspace.showProblems(checked.problems);
      return this.#tell(t('run.invalid'));
    }

    this.run = { phase: 'starting', robotId: robot.id };
    this.#early = [];
    try {
      const started = await this.#bridge.run(robot.id, checked.program);
      this.run = { phase: 'running', robotId: robot.id, runId: started.runId };
      // Events of an earlier run of this robot (its `run.done` when restarted) are dropped here.
      for (const event of this.#early.splice(0)) this.#onBridgeMessage(event);
    } catch (error) {
      this.#early = [];
      this.run = { phase: 'idle' };
      if (error instanceof BridgeError) workspace.showProblems(error.problems);
      this.#tell(t('run.refused', { message: messageOf(error) }));
    }
  }

  async #stop(): Promise<void> {
    // The robot of the run in progress, even if the pupil has chosen another one since.
    const robotId = this.run.phase === 'idle' ? this.#robot?.id : this.run.robotId;
    if (robotId === undefined) return;
    try {
      await this.#bridge.stop(robotId);
    } catch (error) {
      this.#tell(t('run.stop_failed', { message: messageOf(error) }));
    }
  }

  // ── What the bridge says ───────────────────────────────────────────────────────────────────────

  /** Run events received while the run was starting, with its id unknown yet. */
  #early: RunEvent[] = [];

  #onBridgeMessage(message: ServerMessage): void {
    if (message.type !== 'run.step' && message.type !== 'run.error' && message.type !== 'run.done') return;
    const run = this.run;
    if (run.phase === 'starting' && run.robotId === message.robotId) {
      // The run's first events may come before its `run.started`: keep them until its id is known.
      this.#early.push(message);
      return;
    }
    if (run.phase !== 'running' || run.robotId !== message.robotId || run.runId !== message.runId) return;
    const workspace = this.#workspace;
    switch (message.type) {
      case 'run.step':
        workspace?.highlight(message.blockId);
        break;
      case 'run.error':
        workspace?.showProblems(
          message.blockId === undefined ? [] : [{ blockId: message.blockId, message: message.message }],
        );
        this.#tell(message.message);
        break;
      case 'run.done':
        workspace?.highlight(null);
        this.run = { phase: 'idle' };
        if (message.reason === 'time_limit') this.#tell(t('run.time_limit'), 'info');
        break;
    }
  }

  #choose(robotId: string): void {
    this.selectedRobotId = robotId;
    try {
      pageStorage()?.setItem(ROBOT_KEY, robotId);
    } catch (error) {
      // Not worth a banner: the choice holds until the page is reloaded.
      console.warn('could not remember the chosen robot', error);
    }
  }

  #tell(message: string, tone: Banner['tone'] = 'error'): void {
    this.banner = { message, tone };
  }
}

function readChoice(): string | null {
  try {
    return pageStorage()?.getItem(ROBOT_KEY) ?? null;
  } catch (error) {
    console.warn('could not read the chosen robot', error);
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

customElements.define('atelier-app', AtelierApp);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-app': AtelierApp;
  }
}
