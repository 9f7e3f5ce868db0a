/**
 * The pictures a lesson may put on a mat cell, drawn for this project as SVG fragments centred on
 * (0, 0) and fitting in a cell of CELL = 100 units. A key we have no drawing for shows a question mark,
 * never nothing: the lesson still says something is there.
 */
import { type SVGTemplateResult, svg } from 'lit';

const DRAWINGS: Readonly<Record<string, SVGTemplateResult>> = {
  house: svg`
    <rect x="-26" y="-6" width="52" height="38" rx="3" fill="#f6d38b" stroke="#7a5230" stroke-width="3"/>
    <path d="M-36-4 0-36 36-4z" fill="#d9534f" stroke="#8f2b28" stroke-width="3" stroke-linejoin="round"/>
    <rect x="-8" y="10" width="16" height="22" rx="2" fill="#8a5a2b"/>
    <rect x="12" y="2" width="10" height="10" fill="#9fd3f5" stroke="#7a5230" stroke-width="2"/>`,
  flower: svg`
    <path d="M0 4V38" stroke="#2f8f3a" stroke-width="5" stroke-linecap="round"/>
    <path d="M0 26c-10-10-20-6-22 0 8 4 16 4 22 0z" fill="#46b553"/>
    <g fill="#ff7eb6" stroke="#c94d88" stroke-width="2">
      <circle cx="0" cy="-26" r="11"/><circle cx="14" cy="-14" r="11"/><circle cx="9" cy="2" r="11"/>
      <circle cx="-9" cy="2" r="11"/><circle cx="-14" cy="-14" r="11"/>
    </g>
    <circle cx="0" cy="-10" r="9" fill="#ffd23f" stroke="#c79a00" stroke-width="2"/>`,
  apple: svg`
    <path d="M0-18c-14-10-34-2-32 18 2 22 18 34 32 26 14 8 30-4 32-26 2-20-18-28-32-18z"
      fill="#e63946" stroke="#9b1d27" stroke-width="3"/>
    <path d="M0-18c0-8 2-14 6-18" stroke="#6b4226" stroke-width="4" fill="none" stroke-linecap="round"/>
    <path d="M4-28c6-10 18-10 22-6-6 8-16 10-22 6z" fill="#46b553" stroke="#2f8f3a" stroke-width="2"/>
    <ellipse cx="-14" cy="-2" rx="5" ry="9" fill="#fff" opacity=".45"/>`,
};

const UNKNOWN = svg`
  <circle r="26" fill="#fff" stroke="#6b7a90" stroke-width="4" stroke-dasharray="8 6"/>
  <text y="14" text-anchor="middle" font-size="40" font-weight="bold" fill="#6b7a90">?</text>`;

export function pictureDrawing(key: string): SVGTemplateResult {
  return DRAWINGS[key] ?? UNKNOWN;
}

/** A wooden crate: what a robot cannot drive through. */
export const OBSTACLE = svg`
  <rect x="-38" y="-38" width="76" height="76" rx="6" fill="#b9803f" stroke="#6e4a21" stroke-width="4"/>
  <path d="M-38-38 38 38M38-38-38 38" stroke="#6e4a21" stroke-width="5"/>
  <rect x="-38" y="-38" width="76" height="76" rx="6" fill="none" stroke="#6e4a21" stroke-width="4"/>`;
