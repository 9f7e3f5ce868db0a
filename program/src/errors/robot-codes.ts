import type { MessageTable } from '../i18n.ts';

/**
 * Errors a robot (real or simulated) reports while it acts, and errors in the world a simulated robot
 * stands in. Messages speak to the teacher of young pupils: what the robot did, not how it works.
 * Parameters are language-neutral (numbers, code words such as a sensor's name, `by: obstacle|edge`),
 * so that the editor may also use them to draw the situation.
 */
export const robotErrors = {
  ROBOT_BUSY: {
    fr: 'Ce robot exécute déjà un programme.',
    en: 'This robot is already running a program.',
  },
  /** params: by (`obstacle` | `edge`), x, y (the cell where the robot stopped). */
  ROBOT_BLOCKED: {
    fr: "Bong ! Le robot s'est cogné contre un obstacle ou contre le bord du tapis. Il s'est arrêté juste avant, sur la case ({x}, {y}).",
    en: 'Bump! The robot ran into an obstacle or the edge of the mat. It stopped just before, on cell ({x}, {y}).',
  },
  /** params: steps. */
  ROBOT_STEPS_NOT_WHOLE: {
    fr: "Le robot avance case par case : « {steps} » n'est pas un nombre entier de cases.",
    en: 'The robot moves cell by cell: "{steps}" is not a whole number of cells.',
  },
  /** params: cm, cellCm, lower, upper (the nearest distances it can do, in cm). */
  ROBOT_DISTANCE_NOT_CELLS: {
    fr: 'Le robot avance par cases de {cellCm} cm : {cm} cm ne tombe pas juste. Essayez {lower} cm ou {upper} cm.',
    en: 'The robot moves in cells of {cellCm} cm: {cm} cm does not fit. Try {lower} cm or {upper} cm.',
  },
  /** params: degrees, step (the angle it turns by, 90 for a floor robot). */
  ROBOT_TURN_UNSUPPORTED: {
    fr: 'Ce robot tourne seulement par quarts de tour ({step}°) : il ne peut pas tourner de {degrees}°.',
    en: 'This robot only turns in quarter turns ({step}°): it cannot turn by {degrees}°.',
  },
  /** params: sensor (its name in the program format). */
  ROBOT_SENSOR_UNSUPPORTED: {
    fr: "Ce robot n'a pas de capteur « {sensor} ».",
    en: 'This robot has no "{sensor}" sensor.',
  },
  /** params: action (the statement of the program format, e.g. `motors`). */
  ROBOT_ACTION_UNSUPPORTED: {
    fr: 'Ce robot ne sait pas faire « {action} ».',
    en: 'This robot cannot do "{action}".',
  },
  /** params: button. */
  ROBOT_BUTTON_UNSUPPORTED: {
    fr: "Ce robot n'a pas de bouton « {button} ».",
    en: 'This robot has no "{button}" button.',
  },
  /** params: color. */
  ROBOT_COLOR_INVALID: {
    fr: "« {color} » n'est pas une couleur que le robot connaît.",
    en: '"{color}" is not a colour the robot knows.',
  },
  /** params: note. */
  ROBOT_NOTE_INVALID: {
    fr: 'Note inconnue : « {note} ». Le robot joue les notes de C4 à C7 (do = C, ré = D, mi = E…) ou un silence.',
    en: 'Unknown note: "{note}". The robot plays notes from C4 to C7, or a rest.',
  },
  /** params: beats. */
  ROBOT_BEATS_INVALID: {
    fr: 'Une note ne peut pas durer « {beats} » temps : il faut un nombre positif.',
    en: 'A note cannot last "{beats}" beats: it must be a positive number.',
  },
  /** params: melody. */
  ROBOT_MELODY_UNKNOWN: {
    fr: 'Le robot ne connaît pas la mélodie « {melody} ».',
    en: 'The robot does not know the tune "{melody}".',
  },
  /** params: image. */
  ROBOT_IMAGE_INVALID: {
    fr: "Le robot ne sait pas afficher l'image « {image} ».",
    en: 'The robot cannot show the image "{image}".',
  },
  /** The robot was stopped (stop button, teacher's stop-all, reset) while it was acting. */
  ROBOT_HALTED: {
    fr: 'Le robot a été arrêté.',
    en: 'The robot was stopped.',
  },
  /** params: x, y (the start cell named by the world). */
  WORLD_START_INVALID: {
    fr: 'La case de départ du robot ({x}, {y}) est hors du tapis ou sur un obstacle : corrigez le tapis.',
    en: "The robot's start cell ({x}, {y}) is off the mat or on an obstacle: fix the mat.",
  },
} as const satisfies MessageTable;
