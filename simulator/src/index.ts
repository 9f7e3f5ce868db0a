/**
 * The simulator's public API: virtual robots and their worlds, headless and deterministic. No DOM, no
 * Node API: the editor draws what these report, the bridge and the command line drive them.
 */
export { FLOOR_BUTTONS, GridRobot, type GridRobotOptions, QUARTER_TURN_DEGREES } from './grid/grid-robot.ts';
export { cellAlong, HEADINGS, turnHeading } from './grid/heading.ts';
export { DISTANCE_CAP_CM, distanceAheadCm, obstacleFront, type Pose } from './grid/sensors.ts';
export {
  type Cell,
  CellSchema,
  type GridRobotState,
  GridRobotStateSchema,
  type Heading,
  HeadingSchema,
  type SoundRecord,
  SoundRecordSchema,
} from './grid/state.ts';
export { DEFAULT_GRID_TIMING, type GridTiming, gridTiming } from './grid/timing.ts';
export {
  type GridWorld,
  type GridWorldInput,
  GridWorldSchema,
  type Picture,
  PictureSchema,
} from './grid/world.ts';
export {
  blockage,
  copyWorld,
  DEFAULT_CELL_CM,
  emptyGrid,
  inBounds,
  isFree,
  isObstacle,
} from './grid/world-helpers.ts';
export { MELODY_NOTES, type MelodyNote, melodyBeats } from './sound/melodies.ts';
