/**
 * The names a pupil sees for the blocks, events, sensors and fields of the program format, in French
 * first with translations beside. The validator, the capability check and the interpreter name blocks
 * with these words in their messages (« Ce robot n'a pas d'écran : enlève le bloc « afficher » »), so
 * that a message points at the block the pupil sees in the editor, never at a JSON field name.
 *
 * Keep these in step with the editor's block labels: when a label changes there, change it here.
 */
import { DEFAULT_LANGUAGE, type Language, type Translations } from './i18n.ts';
import type { ButtonName, EventName, LightTarget, SensorName, StatementOp } from './vocabulary.ts';

type NameTable<K extends string> = Readonly<Record<K, Translations>>;

/** One name per statement `op`. `move` backward has its own label, see `statementName`. */
export const STATEMENT_NAMES: NameTable<StatementOp> = {
  move: { fr: 'avancer', en: 'move forward' },
  turn: { fr: 'tourner', en: 'turn' },
  motors: { fr: 'moteurs', en: 'motors' },
  stop_motors: { fr: 'arrêter les moteurs', en: 'stop motors' },
  wait: { fr: 'attendre', en: 'wait' },
  wait_until: { fr: "attendre jusqu'à", en: 'wait until' },
  repeat: { fr: 'répéter', en: 'repeat' },
  forever: { fr: 'répéter indéfiniment', en: 'forever' },
  while: { fr: 'tant que', en: 'while' },
  until: { fr: "répéter jusqu'à", en: 'repeat until' },
  if: { fr: 'si', en: 'if' },
  light: { fr: 'lumière', en: 'light' },
  sound: { fr: 'note', en: 'note' },
  melody: { fr: 'mélodie', en: 'melody' },
  display: { fr: 'afficher', en: 'show' },
  clear_display: { fr: "effacer l'écran", en: 'clear display' },
  set: { fr: 'mettre la variable', en: 'set variable' },
  change: { fr: 'ajouter à la variable', en: 'change variable' },
  broadcast: { fr: 'envoyer le message', en: 'broadcast' },
  call: { fr: 'appeler', en: 'call' },
  stop: { fr: 'arrêter le programme', en: 'stop program' },
};

const MOVE_BACKWARD_NAME: Translations = { fr: 'reculer', en: 'move backward' };

/** The hat block that starts a script, per event. */
export const EVENT_NAMES_FOR_PUPILS: NameTable<EventName> = {
  start: { fr: 'quand le programme démarre', en: 'when the program starts' },
  button: { fr: 'quand on appuie sur un bouton', en: 'when a button is pressed' },
  obstacle: { fr: 'quand il y a un obstacle', en: 'when there is an obstacle' },
  clap: { fr: 'quand on tape dans les mains', en: 'when hands clap' },
  tilt: { fr: 'quand on secoue le robot', en: 'when the robot is shaken' },
  message: { fr: 'quand je reçois le message', en: 'when I receive the message' },
};

/** The block that defines a procedure. */
export const PROCEDURE_BLOCK_NAME: Translations = { fr: 'définir', en: 'define' };
/** Used when a block has no recognisable kind (not an object, no `op`). */
export const UNKNOWN_BLOCK_NAME: Translations = { fr: 'sans nom', en: 'unnamed' };
/** The document itself, when a problem concerns no block. */
export const PROGRAM_NAME: Translations = { fr: 'programme', en: 'program' };

export const SENSOR_NAMES: NameTable<SensorName> = {
  distance_cm: { fr: 'distance (cm)', en: 'distance (cm)' },
  obstacle_front: { fr: 'obstacle devant', en: 'obstacle in front' },
  obstacle_left: { fr: 'obstacle à gauche', en: 'obstacle on the left' },
  obstacle_right: { fr: 'obstacle à droite', en: 'obstacle on the right' },
  line_left: { fr: 'ligne à gauche', en: 'line on the left' },
  line_right: { fr: 'ligne à droite', en: 'line on the right' },
  light_level: { fr: 'luminosité', en: 'light level' },
  sound_level: { fr: 'niveau sonore', en: 'sound level' },
  button_a: { fr: 'bouton A appuyé', en: 'button A pressed' },
  button_b: { fr: 'bouton B appuyé', en: 'button B pressed' },
  button_center: { fr: 'bouton du milieu appuyé', en: 'centre button pressed' },
  tilt_x: { fr: 'inclinaison gauche-droite', en: 'tilt left-right' },
  tilt_y: { fr: 'inclinaison avant-arrière', en: 'tilt forward-backward' },
  temperature_c: { fr: 'température', en: 'temperature' },
  timer_s: { fr: 'chronomètre', en: 'timer' },
};

export const BUTTON_NAMES: NameTable<ButtonName> = {
  a: { fr: 'A', en: 'A' },
  b: { fr: 'B', en: 'B' },
  center: { fr: 'du milieu', en: 'centre' },
  forward: { fr: 'avancer', en: 'forward' },
  backward: { fr: 'reculer', en: 'backward' },
  left: { fr: 'gauche', en: 'left' },
  right: { fr: 'droite', en: 'right' },
};

export const LIGHT_TARGET_NAMES: NameTable<LightTarget> = {
  all: { fr: 'toutes les lumières', en: 'all lights' },
  top: { fr: 'du dessus', en: 'top' },
  bottom: { fr: 'du dessous', en: 'bottom' },
  left: { fr: 'de gauche', en: 'left' },
  right: { fr: 'de droite', en: 'right' },
};

/**
 * The fields of blocks, as a phrase that fits « il manque {field} dans le bloc … ». Fields not listed
 * here are named by their JSON key.
 */
export const FIELD_NAMES: NameTable<string> = {
  format: { fr: 'le type de document', en: 'the document type' },
  version: { fr: 'la version du format', en: 'the format version' },
  scripts: { fr: 'les scripts', en: 'the scripts' },
  procedures: { fr: 'les procédures', en: 'the procedures' },
  id: { fr: "l'identifiant du bloc", en: 'the block id' },
  op: { fr: 'le type de bloc', en: 'the block type' },
  when: { fr: "l'événement de départ", en: 'the starting event' },
  event: { fr: "l'événement", en: 'the event' },
  button: { fr: 'le bouton', en: 'the button' },
  do: { fr: "les blocs à l'intérieur", en: 'the blocks inside' },
  // biome-ignore lint/suspicious/noThenProperty: `then` is the field name of program format v1.
  then: { fr: 'les blocs « alors »', en: 'the "then" blocks' },
  else: { fr: 'les blocs « sinon »', en: 'the "else" blocks' },
  direction: { fr: 'la direction', en: 'the direction' },
  steps: { fr: 'le nombre de pas', en: 'the number of steps' },
  cm: { fr: 'la distance en centimètres', en: 'the distance in centimetres' },
  degrees: { fr: "l'angle", en: 'the angle' },
  left: { fr: 'la vitesse du moteur gauche', en: 'the left motor speed' },
  right: { fr: 'la vitesse du moteur droit', en: 'the right motor speed' },
  seconds: { fr: 'la durée', en: 'the duration' },
  cond: { fr: 'la condition', en: 'the condition' },
  times: { fr: 'le nombre de fois', en: 'the number of times' },
  color: { fr: 'la couleur', en: 'the colour' },
  target: { fr: 'les lumières à allumer', en: 'the lights to set' },
  note: { fr: 'la note', en: 'the note' },
  beats: { fr: 'le nombre de temps', en: 'the number of beats' },
  name: { fr: 'le nom', en: 'the name' },
  image: { fr: "l'image", en: 'the image' },
  text: { fr: 'le texte', en: 'the text' },
  var: { fr: 'le nom de la variable', en: 'the variable name' },
  value: { fr: 'la valeur', en: 'the value' },
  by: { fr: 'la valeur à ajouter', en: 'the amount to add' },
  a: { fr: 'une valeur du calcul', en: 'a value of the calculation' },
  b: { fr: 'une valeur du calcul', en: 'a value of the calculation' },
  random: { fr: 'les bornes du nombre au hasard', en: 'the bounds of the random number' },
  sensor: { fr: 'le capteur', en: 'the sensor' },
};

/** What a place expects, as a phrase that fits « il faut {expected} ici ». */
export const VALUE_KINDS = {
  number: { fr: 'un nombre', en: 'a number' },
  condition: { fr: 'une condition (vrai ou faux)', en: 'a condition (true or false)' },
  text: { fr: 'un texte', en: 'a text' },
  value: {
    fr: 'une valeur (nombre, texte, variable, capteur ou calcul)',
    en: 'a value (number, text, variable, sensor or calculation)',
  },
  blocks: { fr: 'une suite de blocs', en: 'a sequence of blocks' },
  block: { fr: 'un bloc', en: 'a block' },
  object: { fr: 'un ensemble de réglages', en: 'a set of settings' },
  list: { fr: 'une liste', en: 'a list' },
  boolean: { fr: 'vrai ou faux', en: 'true or false' },
} as const satisfies NameTable<string>;
export type ValueKind = keyof typeof VALUE_KINDS;

/** Units and small words that go inside messages. */
export const WORDS = {
  steps: { fr: 'pas', en: 'steps' },
  cm: { fr: 'centimètres', en: 'centimetres' },
  blocks: { fr: 'blocs', en: 'blocks' },
  values: { fr: 'valeurs', en: 'values' },
  kilobytes: { fr: 'Ko', en: 'KB' },
  or: { fr: 'ou', en: 'or' },
  true: { fr: 'vrai', en: 'true' },
  false: { fr: 'faux', en: 'false' },
  stepLengthHint: { fr: ' (un pas fait {stepCm} cm)', en: ' (one step is {stepCm} cm)' },
} as const satisfies NameTable<string>;
export type Word = keyof typeof WORDS;

function pick(entry: Translations, lang: Language): string {
  return entry[lang] ?? entry.fr;
}

function lookup(table: NameTable<string>, key: string, lang: Language): string | undefined {
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  return entry === undefined ? undefined : pick(entry, lang);
}

/** The pupil's name of a statement kind; an unknown op is shown as written. */
export function opName(op: string, lang: Language = DEFAULT_LANGUAGE): string {
  return lookup(STATEMENT_NAMES, op, lang) ?? op;
}

/** The pupil's name of a statement, looking at its fields when they change the label (move backward). */
export function statementName(
  statement: { op: string; direction?: unknown },
  lang: Language = DEFAULT_LANGUAGE,
): string {
  if (statement.op === 'move' && statement.direction === 'backward') return pick(MOVE_BACKWARD_NAME, lang);
  return opName(statement.op, lang);
}

export function eventName(event: string, lang: Language = DEFAULT_LANGUAGE): string {
  return lookup(EVENT_NAMES_FOR_PUPILS, event, lang) ?? event;
}

export function sensorName(sensor: string, lang: Language = DEFAULT_LANGUAGE): string {
  return lookup(SENSOR_NAMES, sensor, lang) ?? sensor;
}

export function buttonName(button: string, lang: Language = DEFAULT_LANGUAGE): string {
  return lookup(BUTTON_NAMES, button, lang) ?? button;
}

export function lightTargetName(target: string, lang: Language = DEFAULT_LANGUAGE): string {
  return lookup(LIGHT_TARGET_NAMES, target, lang) ?? target;
}

export function fieldName(field: string, lang: Language = DEFAULT_LANGUAGE): string {
  return lookup(FIELD_NAMES, field, lang) ?? `« ${field} »`;
}

export function valueKind(kind: ValueKind, lang: Language = DEFAULT_LANGUAGE): string {
  return pick(VALUE_KINDS[kind], lang);
}

export function word(key: Word, lang: Language = DEFAULT_LANGUAGE): string {
  return pick(WORDS[key], lang);
}

export function nameIn(entry: Translations, lang: Language = DEFAULT_LANGUAGE): string {
  return pick(entry, lang);
}
