/**
 * `<atelier-robot-picker>`: one big button per robot the bridge offers, each with the robot drawn in
 * its colour (the same as on the mat) and its name, so that a pupil who cannot read picks « the
 * orange robot ». A radio group: exactly one is chosen.
 *
 * Fires `robot-selected` (detail: `{ robotId }`) when the pupil picks one; the page decides.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { RobotInfo } from '../../../bridge/src/protocol/messages.ts';
import { t } from '../i18n/index.ts';
import { robotGlyph } from '../mat/robot-glyph.ts';
import { robotColor } from './robot-colors.ts';

const ARROW_STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

export type RobotSelectedEvent = CustomEvent<{ robotId: string }>;

export class AtelierRobotPicker extends LitElement {
  static override properties = {
    robots: { attribute: false },
    selected: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
      min-width: 0;
    }
    [role='radiogroup'] {
      display: flex;
      gap: 10px;
      overflow-x: auto;
      padding: 4px;
      scrollbar-width: thin;
    }
    button {
      flex: none;
      display: flex;
      align-items: center;
      gap: 6px;
      min-height: 64px;
      max-width: 170px;
      padding: 6px 12px 6px 6px;
      text-align: left;
      line-height: 1.15;
      border: 3px solid #c9d3e0;
      border-radius: 18px;
      background: #fff;
      color: #1f2937;
      font: inherit;
      font-size: 1rem;
      font-weight: 700;
      cursor: pointer;
      touch-action: manipulation;
    }
    button[aria-checked='true'] {
      border-color: var(--robot-color);
      background: color-mix(in srgb, var(--robot-color) 14%, white);
      box-shadow: 0 0 0 3px color-mix(in srgb, var(--robot-color) 35%, transparent);
    }
    button:focus-visible {
      outline: 4px solid #1f2937;
      outline-offset: 2px;
    }
    button[data-status='disconnected'] {
      opacity: 0.45;
    }
    svg {
      width: 48px;
      height: 48px;
    }
    .badge {
      font-size: 0.8rem;
      font-weight: 600;
      color: #4a5568;
    }
    .empty {
      margin: 0;
      padding: 16px;
      color: #4a5568;
    }
  `;

  declare robots: readonly RobotInfo[];
  declare selected: string | null;

  constructor() {
    super();
    this.robots = [];
    this.selected = null;
  }

  protected override render() {
    if (this.robots.length === 0)
      return html`<p class="empty" data-testid="robot-picker">${t('picker.empty')}</p>`;
    return html`
      <div role="radiogroup" aria-label=${t('picker.label')} data-testid="robot-picker" @keydown=${this.#onKey}>
        ${this.robots.map((robot, index) => {
          const chosen = robot.id === this.selected;
          const badge =
            robot.status === 'running'
              ? t('picker.running')
              : robot.status === 'disconnected'
                ? t('picker.disconnected')
                : '';
          return html`
            <button
              role="radio"
              aria-checked=${String(chosen)}
              tabindex=${chosen || (this.selected === null && index === 0) ? 0 : -1}
              style="--robot-color: ${robotColor(index)}"
              data-testid="robot-${robot.id}"
              data-status=${robot.status}
              @click=${() => this.#select(robot.id)}
            >
              <svg viewBox="-52 -52 104 104" aria-hidden="true">
                ${robotGlyph(robotColor(index), robot.state?.light ?? '#000000')}
              </svg>
              <span>${robot.name}${badge ? html`<br /><span class="badge">${badge}</span>` : nothing}</span>
            </button>
          `;
        })}
      </div>
    `;
  }

  #select(robotId: string): void {
    this.dispatchEvent(
      new CustomEvent('robot-selected', { detail: { robotId }, bubbles: true, composed: true }),
    );
  }

  /** Arrow keys move the choice, as in any radio group. */
  #onKey(event: KeyboardEvent): void {
    const step = ARROW_STEPS[event.key];
    if (step === undefined || this.robots.length === 0) return;
    event.preventDefault();
    const current = Math.max(
      0,
      this.robots.findIndex((robot) => robot.id === this.selected),
    );
    const next = this.robots[(current + step + this.robots.length) % this.robots.length];
    if (!next) return;
    this.#select(next.id);
    this.updateComplete
      .then(() =>
        this.renderRoot
          .querySelector<HTMLButtonElement>(`[data-testid="robot-${CSS.escape(next.id)}"]`)
          ?.focus(),
      )
      .catch((error: unknown) => console.error('robot picker: update failed', error));
  }
}

customElements.define('atelier-robot-picker', AtelierRobotPicker);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-robot-picker': AtelierRobotPicker;
  }
  interface HTMLElementEventMap {
    'robot-selected': RobotSelectedEvent;
  }
}
