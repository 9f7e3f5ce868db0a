/**
 * One colour per robot, shared by the robot picker and the mat, so that a pupil finds « the orange
 * robot » in both without reading its name. Colours go by the robot's place in the bridge's list.
 */
const ROBOT_COLORS = ['#3d7eff', '#f28c0f', '#2fa84f', '#d94fad', '#8f5bd9', '#13a3a3'] as const;

export function robotColor(index: number): string {
  return (
    ROBOT_COLORS[((index % ROBOT_COLORS.length) + ROBOT_COLORS.length) % ROBOT_COLORS.length] ?? '#3d7eff'
  );
}
