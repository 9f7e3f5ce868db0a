/**
 * `<atelier-workspace>`: the Blockly workspace where a pupil builds a program, with the floor robot's
 * toolbox always open on its left.
 *
 * - Renders in light DOM: Blockly puts its CSS in document.head, which would not reach inside a shadow
 *   root. The element (and any element around it) must therefore stay outside shadow roots.
 * - Made for fingers: the zelos renderer (big, round blocks), zoom buttons and pinch, a trashcan, a grid
 *   that blocks snap to.
 * - Stacks that do not hang from a hat are greyed out (Blockly's `disableOrphans`): they will not run.
 * - Saves the workspace in localStorage at most 250 ms after each change, and at once when the page is
 *   hidden or closed; restores it when it starts. A saved copy that cannot be loaded is kept aside
 *   (workspace-store.ts) and the pupil gets an empty workspace and a notice.
 * - Fires `workspace-notice` (detail: `{ message }`) for what the page should tell the pupil.
 */
import * as Blockly from 'blockly/core';
import { html, LitElement } from 'lit';
import { createAtelierTheme } from '../blocks/theme.ts';
import { generateProgram } from '../generator/program.ts';
import { t } from '../i18n/index.ts';
import { floorRobotToolbox } from '../toolbox/floor-robot.ts';
import { DebouncedTask, pageStorage, WorkspaceStore } from './workspace-store.ts';
import './atelier-workspace.css';

/** A message to show on a block (or, with no block, only in the page). */
export interface BlockMessage {
  message: string;
  blockId?: string;
}

export type WorkspaceNoticeEvent = CustomEvent<{ message: string }>;

/** Quiet time after the last change before the workspace is saved, ms. */
const SAVE_DELAY_MS = 250;

export class AtelierWorkspace extends LitElement {
  #workspace: Blockly.WorkspaceSvg | null = null;
  #store: WorkspaceStore | null = null;
  #saveFailed = false;
  readonly #saver = new DebouncedTask(() => this.#save(), SAVE_DELAY_MS);
  readonly #resizer = new ResizeObserver(() => {
    if (this.#workspace) Blockly.svgResize(this.#workspace);
  });
  /** Blocks that carry a warning we put there. */
  #warned = new Set<string>();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The Blockly workspace, once the element is in the page (tests drive it through this too). */
  get blocklyWorkspace(): Blockly.WorkspaceSvg | null {
    return this.#workspace;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flushWhenHidden);
    // Back in the page after having left it: Lit does not call firstUpdated again.
    if (this.hasUpdated && !this.#workspace) this.#inject();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flushWhenHidden);
    this.#saver.flush();
    this.#resizer.disconnect();
    this.#workspace?.dispose();
    this.#workspace = null;
  }

  protected override firstUpdated(): void {
    this.#inject();
  }

  protected override render() {
    return html`<div class="atelier-workspace__blockly" role="region" aria-label=${t('workspace.label')}></div>`;
  }

  /** The program of the workspace. Throws GenerateError for a block that cannot be sent. */
  generate() {
    if (!this.#workspace) throw new Error('atelier-workspace: not in the page');
    return generateProgram(this.#workspace);
  }

  /** Lights up the block the robot is running; null puts every block back. */
  highlight(blockId: string | null): void {
    this.#workspace?.highlightBlock(blockId);
    if (blockId === null) this.removeAttribute('data-running-block');
    else this.setAttribute('data-running-block', blockId);
  }

  /** Puts each message on its block, with its bubble open. Replaces the previous ones. */
  showProblems(problems: readonly BlockMessage[]): void {
    this.clearProblems();
    const workspace = this.#workspace;
    if (!workspace) return;
    const byBlock = new Map<Blockly.BlockSvg, string[]>();
    for (const { blockId, message } of problems) {
      const block = blockId === undefined ? null : workspace.getBlockById(blockId);
      if (block) byBlock.set(block, [...(byBlock.get(block) ?? []), message]);
    }
    for (const [block, messages] of byBlock) {
      block.setWarningText(messages.join('\n'));
      this.#warned.add(block.id);
      block
        .getIcon(Blockly.icons.IconType.WARNING)
        ?.setBubbleVisible(true)
        .catch((error: unknown) => console.error('could not open the warning of block', block.id, error));
    }
    const [first] = byBlock.keys();
    if (first) workspace.centerOnBlock(first.id);
  }

  clearProblems(): void {
    for (const id of this.#warned) this.#workspace?.getBlockById(id)?.setWarningText(null);
    this.#warned.clear();
  }

  // ── Blockly ────────────────────────────────────────────────────────────────────────────────────

  #inject(): void {
    const container = this.querySelector<HTMLElement>('.atelier-workspace__blockly');
    if (!container) throw new Error('atelier-workspace: container missing');
    const workspace = Blockly.inject(container, {
      renderer: 'zelos',
      theme: createAtelierTheme(),
      toolbox: floorRobotToolbox,
      // Blockly's sounds and cursors, served by the bridge with the editor (vite.config.ts): a classroom
      // has no Internet.
      media: new URL('blockly-media/', document.baseURI).href,
      trashcan: true,
      sounds: true,
      // Numbers are typed in place, not in the browser's prompt() that Blockly uses on tablets by default.
      modalInputs: false,
      zoom: {
        controls: true,
        wheel: true,
        pinch: true,
        startScale: 1,
        maxScale: 2,
        minScale: 0.5,
        scaleSpeed: 1.2,
      },
      grid: { spacing: 40, length: 3, colour: '#d5dde8', snap: true },
      move: { scrollbars: true, drag: true, wheel: false },
    });
    this.#workspace = workspace;
    workspace.addChangeListener(Blockly.Events.disableOrphans);
    this.#restore(workspace);
    workspace.addChangeListener((event) => {
      if (!event.isUiEvent) this.#saver.schedule();
    });
    this.#resizer.observe(this);
  }

  #restore(workspace: Blockly.WorkspaceSvg): void {
    const storage = pageStorage();
    if (!storage) {
      this.#notify(t('storage.unavailable'));
      return;
    }
    const store = new WorkspaceStore(storage);
    this.#store = store;
    let saved: ReturnType<WorkspaceStore['read']>;
    try {
      saved = store.read();
    } catch (error) {
      console.error('could not read the saved workspace', error);
      this.#notify(t('storage.unavailable'));
      return;
    }
    if (saved.kind === 'none') return;
    if (saved.kind === 'saved') {
      try {
        Blockly.serialization.workspaces.load(saved.state, workspace);
        return;
      } catch (error) {
        saved = { kind: 'corrupt', raw: JSON.stringify(saved.state), cause: error };
        // A load that fails half-way leaves some blocks and Blockly's batching switched off.
        Blockly.Events.setGroup(false);
        workspace.setResizesEnabled(true);
        workspace.clear();
      }
    }
    console.error('the saved workspace could not be loaded; it is kept aside', saved.cause);
    try {
      store.quarantine(saved.raw);
    } catch (error) {
      console.error('could not keep the damaged workspace aside', error);
    }
    this.#notify(t('storage.corrupt'));
  }

  #save(): void {
    if (!this.#workspace || !this.#store) return;
    try {
      this.#store.write(Blockly.serialization.workspaces.save(this.#workspace));
      this.#saveFailed = false;
    } catch (error) {
      console.error('could not save the workspace', error);
      // Once per run of failures, not at every change.
      if (!this.#saveFailed) this.#notify(t('storage.unavailable'));
      this.#saveFailed = true;
    }
  }

  readonly #flush = (): void => this.#saver.flush();
  readonly #flushWhenHidden = (): void => {
    if (document.visibilityState === 'hidden') this.#saver.flush();
  };

  #notify(message: string): void {
    this.dispatchEvent(
      new CustomEvent('workspace-notice', { detail: { message }, bubbles: true, composed: true }),
    );
  }
}

customElements.define('atelier-workspace', AtelierWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-workspace': AtelierWorkspace;
  }
  interface HTMLElementEventMap {
    'workspace-notice': WorkspaceNoticeEvent;
  }
}
