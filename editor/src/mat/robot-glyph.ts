/**
 * The floor robot as pupils see it on the mat and in the robot picker: a round-cornered body in the
 * robot's colour, two eyes and a white nose at its front, its light in the middle. Drawn facing up
 * (north), centred on (0, 0), within ±50 units; the mat rotates it to the robot's heading.
 */
import { nothing, svg } from 'lit';

/** `light` is `#rrggbb`; black is « off » and gets no glow. */
export function robotGlyph(body: string, light: string) {
  const on = light.toLowerCase() !== '#000000';
  return svg`
    <rect x="-46" y="-24" width="12" height="48" rx="5" fill="#2b2f36"/>
    <rect x="34" y="-24" width="12" height="48" rx="5" fill="#2b2f36"/>
    <path d="M0-50-14-34H14z" fill="#fff" stroke="#2b2f36" stroke-width="3" stroke-linejoin="round"/>
    <rect x="-37" y="-37" width="74" height="74" rx="20" fill=${body} stroke="#2b2f36" stroke-width="4"/>
    <circle cx="-14" cy="-14" r="10" fill="#fff" stroke="#2b2f36" stroke-width="2"/>
    <circle cx="14" cy="-14" r="10" fill="#fff" stroke="#2b2f36" stroke-width="2"/>
    <circle cx="-14" cy="-17" r="5" fill="#2b2f36"/>
    <circle cx="14" cy="-17" r="5" fill="#2b2f36"/>
    ${on ? svg`<circle cy="16" r="20" fill=${light} opacity="0.45"/>` : nothing}
    <circle cy="16" r="12" fill=${on ? light : '#4a4f57'} stroke="#2b2f36" stroke-width="3"/>`;
}
