import type { MessageTable } from '../i18n.ts';

/**
 * Errors of lesson packs (lessons/): their files, the competence catalogue, the check of every lesson
 * (`atelier lessons check`), and why a pupil's program does not meet a lesson's goal. Codes are stable:
 * the lesson player and outside tools match on them. The `LESSON_GOAL_…` messages are read by pupils and
 * teachers in the lesson player: short, concrete, « tu ».
 */
export const lessonErrors = {
  // ── Files and catalogue ─────────────────────────────────────────────────────────────────────────
  LESSON_PACKS_UNREADABLE: {
    fr: 'Le dossier des leçons « {dir} » ne peut pas être lu : {detail}',
    en: 'The lessons folder "{dir}" cannot be read: {detail}',
  },
  LESSON_NOT_JSON: {
    fr: "Le fichier de leçon « {file} » n'est pas lisible (JSON invalide) : {detail}",
    en: 'The lesson file "{file}" is not readable (invalid JSON): {detail}',
  },
  LESSON_INVALID: {
    fr: "La leçon n'a pas la forme attendue, à « {field} » : {detail}",
    en: 'The lesson does not have the expected shape, at "{field}": {detail}',
  },
  LESSON_CATALOGUE_INVALID: {
    fr: "Le catalogue des compétences n'a pas la forme attendue, à « {field} » : {detail}",
    en: 'The competence catalogue does not have the expected shape, at "{field}": {detail}',
  },
  LESSON_FILE_NAME: {
    fr: 'La leçon « {id} » doit être rangée dans le fichier « {id}.json », pas « {file} ».',
    en: 'The lesson "{id}" must be stored in the file "{id}.json", not "{file}".',
  },
  LESSON_LEVEL_FOLDER: {
    fr: 'La leçon de niveau {level} doit être rangée dans le dossier « {level} », pas « {folder} ».',
    en: 'The {level} lesson must be stored in the folder "{level}", not "{folder}".',
  },
  LESSON_DUPLICATE_ID: {
    fr: "Deux leçons portent l'identifiant « {id} » ({other}).",
    en: 'Two lessons have the id "{id}" ({other}).',
  },
  LESSON_DUPLICATE_ORDER: {
    fr: 'Deux leçons de {level} ont le même rang {order} dans la progression (« {other} »).',
    en: 'Two {level} lessons have the same rank {order} in the progression ("{other}").',
  },
  LESSON_INSTRUCTIONS_TOO_LONG: {
    fr: 'La consigne est trop longue pour le cycle {cycle} : {count} {unit}, {max} au plus. Elle doit pouvoir être lue à voix haute.',
    en: 'The instructions are too long for cycle {cycle}: {count} {unit}, at most {max}. They must be easy to read aloud.',
  },
  LESSON_UNKNOWN_COMPETENCE: {
    fr: "La compétence « {id} » n'existe pas dans le catalogue (lessons/catalogue/competences.json).",
    en: 'The competence "{id}" is not in the catalogue (lessons/catalogue/competences.json).',
  },
  LESSON_COMPETENCE_CYCLE: {
    fr: 'La compétence « {id} » relève du cycle {cycles}, pas du cycle {cycle} de la leçon.',
    en: 'The competence "{id}" belongs to cycle {cycles}, not to the lesson’s cycle {cycle}.',
  },
  LESSON_UNKNOWN_PROFILE: {
    fr: "Le robot « {profile} » n'a pas de profil (profils connus : {known}).",
    en: 'The robot "{profile}" has no profile (known profiles: {known}).',
  },
  LESSON_WORLD_CELL: {
    fr: 'Sur le tapis, {what} en ({x}, {y}) est {why}.',
    en: 'On the mat, {what} at ({x}, {y}) is {why}.',
  },

  // ── Programs of a lesson ────────────────────────────────────────────────────────────────────────
  LESSON_PROGRAM_INVALID: {
    fr: "{program} n'est pas un programme valide : {detail}",
    en: '{program} is not a valid program: {detail}',
  },
  LESSON_PROGRAM_UNSUPPORTED: {
    fr: '{program} ne convient pas au robot « {profile} » : {detail}',
    en: '{program} does not suit the robot "{profile}": {detail}',
  },
  LESSON_BLOCK_NOT_IN_TOOLBOX: {
    fr: "{program} utilise le bloc « {block} », qui n'est pas dans la boîte à blocs de la leçon.",
    en: '{program} uses the block "{block}", which is not in the lesson’s toolbox.',
  },
  LESSON_TOO_MANY_BLOCKS: {
    fr: 'Ton programme utilise {count} blocs : le défi est de réussir avec {max} blocs au plus.',
    en: 'Your program uses {count} blocks: the challenge is to succeed with at most {max} blocks.',
  },
  LESSON_SOLUTION_FAILS: {
    fr: "{program} n'atteint pas le but : {detail}",
    en: '{program} does not reach the goal: {detail}',
  },
  LESSON_START_PASSES: {
    fr: "Le programme de départ atteint déjà le but : la leçon ne demande rien à l'élève.",
    en: 'The starting program already reaches the goal: the lesson asks nothing of the pupil.',
  },
  LESSON_WRONG_PASSES: {
    fr: 'Un programme faux atteint le but ({program}) : ce but ne vérifie rien.',
    en: 'A wrong program reaches the goal ({program}): this goal checks nothing.',
  },

  // ── Why a program does not meet the goal (the lesson player shows these) ────────────────────────
  LESSON_GOAL_RUN_ERROR: {
    fr: "Le programme s'est arrêté avant la fin : {message}",
    en: 'The program stopped before the end: {message}',
  },
  LESSON_GOAL_NOT_REACHED: {
    fr: "Le robot s'est arrêté sur la case ({x}, {y}) : il devait aller sur la case ({tx}, {ty}).",
    en: 'The robot stopped on the square ({x}, {y}): it had to go to the square ({tx}, {ty}).',
  },
  LESSON_GOAL_NOT_VISITED: {
    fr: "Le robot n'est pas passé par la case ({x}, {y}).",
    en: 'The robot did not go through the square ({x}, {y}).',
  },
  LESSON_GOAL_WRONG_ORDER: {
    fr: "Le robot n'est pas passé par la case ({x}, {y}) au bon moment : respecte l'ordre demandé.",
    en: 'The robot did not go through the square ({x}, {y}) at the right time: keep the order asked for.',
  },
  LESSON_GOAL_FORBIDDEN_CELL: {
    fr: 'Le robot est passé sur la case ({x}, {y}), où il ne fallait pas aller.',
    en: 'The robot went on the square ({x}, {y}), where it must not go.',
  },
  LESSON_GOAL_WRONG_HEADING: {
    fr: 'Le robot regarde {heading} : il doit finir en regardant {expected}.',
    en: 'The robot is facing {heading}: it must end facing {expected}.',
  },
  LESSON_GOAL_WRONG_SHAPE: {
    fr: "Le chemin du robot n'a pas la forme demandée ({count} cases parcourues, {expected} attendues).",
    en: 'The robot’s path does not have the shape asked for ({count} squares travelled, {expected} expected).',
  },
  LESSON_GOAL_WRONG_LIGHT: {
    fr: 'La lumière du robot est {color} : elle doit finir {expected}.',
    en: 'The robot’s light is {color}: it must end {expected}.',
  },
  LESSON_GOAL_WRONG_DISPLAY: {
    fr: "L'écran du robot montre {shown} : il doit montrer {expected}.",
    en: 'The robot’s display shows {shown}: it must show {expected}.',
  },
  LESSON_GOAL_DISPLAY_EMPTY: {
    fr: "L'écran du robot est vide : il doit montrer {expected}.",
    en: 'The robot’s display is empty: it must show {expected}.',
  },
  LESSON_GOAL_NO_MELODY: {
    fr: "Le robot n'a pas joué la mélodie « {name} ».",
    en: 'The robot did not play the tune "{name}".',
  },
  LESSON_GOAL_WRONG_NOTES: {
    fr: 'Le robot a joué {played} : il fallait jouer {expected}.',
    en: 'The robot played {played}: it had to play {expected}.',
  },
  LESSON_GOAL_NO_NOTES: {
    fr: "Le robot n'a joué aucune note : il fallait jouer {expected}.",
    en: 'The robot played no note: it had to play {expected}.',
  },
  LESSON_GOAL_NOT_BEFORE_WALL: {
    fr: "Le robot ne s'est pas arrêté juste devant un mur ou un obstacle.",
    en: 'The robot did not stop just in front of a wall or an obstacle.',
  },
} as const satisfies MessageTable;
