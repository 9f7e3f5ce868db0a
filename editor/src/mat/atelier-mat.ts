/**
 * `<atelier-mat>`: the grid mat of a floor robot, as SVG: its cells, start cell, obstacles and pictures,
 * the trail the robot left, and the robot itself with its heading and light. Moves and turns glide
 * (CSS transitions on the robot's transform), so that a pupil can follow each step.
 *
 * Works for a bounded mat and for an unbounded one (drawn around the trail, mat-view.ts).
 *
 * The robot's group carries what tests and assistive tools read: `data-testid="mat-robot"`, `data-x`,
 * `data-y`, `data-heading`, `data-light`, `data-moving`, `data-bumped` (the state as received, not as
 * animated).
 */
import { css, html, LitElement, nothing, svg } from 'lit';
import type { GridRobotState } from '../../../simulator/src/grid/state.ts';
import type { GridWorld } from '../../../simulator/src/grid/world.ts';
import { type EditorMessageKey, t } from '../i18n/index.ts';
import { CELL, type CellRange, cellCentre, continuedRotation, rangeSize, visibleCells } from './mat-view.ts';
import { OBSTACLE, pictureDrawing } from './pictures.ts';
import { robotGlyph } from './robot-glyph.ts';

/** Margin around the mat, in drawing units (a cell is 100). */
const MARGIN = 12;

/** Names of the pictures we draw; another picture is named by its key. */
const PICTURE_NAMES: Readonly<Record<string, EditorMessageKey>> = {
  house: 'mat.picture.house',
  flower: 'mat.picture.flower',
  apple: 'mat.picture.apple',
};

export class AtelierMat extends LitElement {
  static override properties = {
    world: { attribute: false },
    state: { attribute: false },
    robotColor: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-width: 0;
      min-height: 0;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    .robot {
      transition: transform 450ms ease-in-out;
    }
    .robot.bumped .bump {
      animation: bump 400ms ease-in-out;
    }
    @keyframes bump {
      25% { transform: translateY(-8px); }
      50% { transform: translateY(4px); }
      75% { transform: translateY(-3px); }
    }
    @media (prefers-reduced-motion: reduce) {
      .robot { transition: none; }
      .robot.bumped .bump { animation: none; }
    }
    .empty {
      display: grid;
      place-items: center;
      height: 100%;
      margin: 0;
      color: #4a5568;
      font-size: 1.25rem;
      text-align: center;
      padding: 1rem;
    }
  `;

  declare world: GridWorld | null;
  declare state: GridRobotState | null;
  /** The robot's body colour, the same as in the robot picker. */
  declare robotColor: string;

  /** The rotation drawn, in degrees, unwrapped so that each turn animates the short way. */
  #rotation = 0;

  constructor() {
    super();
    this.world = null;
    this.state = null;
    this.robotColor = '#3d7eff';
  }

  protected override willUpdate(): void {
    const heading = this.state?.heading ?? this.world?.start.heading;
    if (heading !== undefined) this.#rotation = continuedRotation(this.#rotation, heading);
  }

  protected override render() {
    const world = this.world;
    if (!world) return html`<p class="empty">${t('mat.no_world')}</p>`;
    const range = visibleCells(world, this.state);
    const { width, height } = rangeSize(range);
    const bounded = world.size !== null;
    return html`
      <svg
        viewBox="${-MARGIN} ${-MARGIN} ${width + 2 * MARGIN} ${height + 2 * MARGIN}"
        role="img"
        aria-label=${this.#describe()}
        data-mat=${bounded ? 'bounded' : 'unbounded'}
      >
        <rect
          x=${-MARGIN / 2}
          y=${-MARGIN / 2}
          width=${width + MARGIN}
          height=${height + MARGIN}
          rx="14"
          fill="#fffdf6"
          stroke=${bounded ? '#5b6b82' : '#b4bfcf'}
          stroke-width=${bounded ? 6 : 3}
          stroke-dasharray=${bounded ? 'none' : '14 10'}
        />
        ${this.#cells(range)} ${this.#start(range, world)} ${this.#things(range, world)} ${this.#trail(range)}
        ${this.#robot(range, world)}
      </svg>
    `;
  }

  #cells(range: CellRange) {
    const { width, height } = rangeSize(range);
    const lines = [];
    for (let x = CELL; x < width; x += CELL) lines.push(svg`<line x1=${x} y1="0" x2=${x} y2=${height}/>`);
    for (let y = CELL; y < height; y += CELL) lines.push(svg`<line x1="0" y1=${y} x2=${width} y2=${y}/>`);
    return svg`<g stroke="#c9d3e0" stroke-width="3">${lines}</g>`;
  }

  #start(range: CellRange, world: GridWorld) {
    const { x, y } = cellCentre(range, world.start);
    return svg`<rect x=${x - CELL / 2 + 6} y=${y - CELL / 2 + 6} width=${CELL - 12} height=${CELL - 12} rx="10"
      fill="#d9f5de" stroke="#5cbf6d" stroke-width="3" stroke-dasharray="10 6"/>`;
  }

  #things(range: CellRange, world: GridWorld) {
    const obstacles = world.obstacles.map((cell) => {
      const { x, y } = cellCentre(range, cell);
      return svg`<g transform="translate(${x} ${y})" data-obstacle><title>${t('mat.obstacle')}</title>${OBSTACLE}</g>`;
    });
    const pictures = world.pictures.map((picture) => {
      const { x, y } = cellCentre(range, picture);
      const nameKey = PICTURE_NAMES[picture.picture];
      const name = nameKey === undefined ? picture.picture : t(nameKey);
      return svg`<g transform="translate(${x} ${y})" data-picture=${picture.picture}><title>${name}</title>
        ${pictureDrawing(picture.picture)}</g>`;
    });
    return svg`${obstacles}${pictures}`;
  }

  #trail(range: CellRange) {
    const trail = this.state?.trail ?? [];
    if (trail.length < 2) return nothing;
    const points = trail.map((cell) => {
      const { x, y } = cellCentre(range, cell);
      return `${x},${y}`;
    });
    return svg`<polyline points=${points.join(' ')} fill="none" stroke=${this.robotColor} stroke-opacity="0.55"
      stroke-width="12" stroke-linecap="round" stroke-linejoin="round" stroke-dasharray="2 22"/>`;
  }

  #robot(range: CellRange, world: GridWorld) {
    const state = this.state;
    const cell = state ?? world.start;
    const heading = state?.heading ?? world.start.heading;
    const light = state?.light ?? '#000000';
    const { x, y } = cellCentre(range, cell);
    // A CSS transform (not the SVG attribute) so that it transitions; in SVG, 1px is one user unit.
    return svg`
      <g
        class="robot ${state?.bumped ? 'bumped' : ''}"
        style="transform: translate(${x}px, ${y}px) rotate(${this.#rotation}deg)"
        data-testid="mat-robot"
        data-x=${cell.x}
        data-y=${cell.y}
        data-heading=${heading}
        data-light=${light}
        data-moving=${String(state?.moving ?? false)}
        data-bumped=${String(state?.bumped ?? false)}
      >
        <g class="bump"><g transform="scale(0.82)">${robotGlyph(this.robotColor, light)}</g></g>
      </g>`;
  }

  #describe(): string {
    const world = this.world;
    if (!world) return t('mat.label');
    const cell = this.state ?? world.start;
    const heading = this.state?.heading ?? world.start.heading;
    return `${t('mat.label')}. ${t('mat.robot', { x: cell.x, y: cell.y, direction: t(`mat.heading.${heading}`) })}`;
  }
}

customElements.define('atelier-mat', AtelierMat);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-mat': AtelierMat;
  }
}
