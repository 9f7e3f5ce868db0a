import type { MessageTable } from '../i18n.ts';

/**
 * Errors about a program: its shape, what the robot can do, and what goes wrong while it runs.
 * Codes are stable (the editor and outside tools match on them); messages speak to a teacher or a
 * pupil, in French first, and name the block when there is one.
 */
export const programErrors = {
  PROGRAM_NOT_JSON: {
    fr: "Ce fichier n'est pas un programme lisible (JSON invalide) : {detail}",
    en: 'This file is not a readable program (invalid JSON): {detail}',
  },
  PROGRAM_INVALID: {
    fr: "Le programme n'est pas valide : {count} problème(s).",
    en: 'The program is not valid: {count} problem(s).',
  },
  PROGRAM_TOO_DEEP: {
    fr: 'Le programme contient trop de blocs imbriqués les uns dans les autres (plus de {max}).',
    en: 'The program nests too many blocks inside each other (more than {max}).',
  },
  /** `unit` is `blocs` (the statement count) or `Ko` (the size of the text), in the message's language. */
  PROGRAM_TOO_LARGE: {
    fr: 'Le programme est trop grand ({count} {unit}, {max} au plus).',
    en: 'The program is too large ({count} {unit}, at most {max}).',
  },

  // ── The shape of the document (validate.ts, from the schema's findings) ─────────────────────────
  PROGRAM_NOT_A_PROGRAM: {
    fr: "Ce document n'est pas un programme Atelier Robots.",
    en: 'This document is not an Atelier Robots program.',
  },
  PROGRAM_BAD_VERSION: {
    fr: "Ce programme est écrit dans la version {found} du format, mais cette version d'Atelier Robots ne lit que la version {expected}.",
    en: 'This program is written in version {found} of the format, but this version of Atelier Robots only reads version {expected}.',
  },
  PROGRAM_NO_SCRIPT: {
    fr: 'Le programme est vide : ajoute au moins un bloc « {block} ».',
    en: 'The program is empty: add at least one "{block}" block.',
  },
  PROGRAM_UNKNOWN_BLOCK: {
    fr: "Bloc inconnu « {op} » : ce bloc n'existe pas dans cette version.",
    en: 'Unknown block "{op}": this block does not exist in this version.',
  },
  PROGRAM_UNKNOWN_EVENT: {
    fr: "Événement inconnu « {event} » : ce bloc de départ n'existe pas dans cette version.",
    en: 'Unknown event "{event}": this starting block does not exist in this version.',
  },
  PROGRAM_MISSING_FIELD: {
    fr: 'Il manque {field} dans le bloc « {block} ».',
    en: 'The "{block}" block is missing {field}.',
  },
  PROGRAM_WRONG_TYPE: {
    fr: 'Dans le bloc « {block} », il faut {expected} ici ({field}).',
    en: 'In the "{block}" block, {expected} is needed here ({field}).',
  },
  PROGRAM_BAD_CHOICE: {
    fr: 'Dans le bloc « {block} », « {value} » ne convient pas pour {field} : choisis parmi {choices}.',
    en: 'In the "{block}" block, "{value}" does not fit {field}: choose among {choices}.',
  },
  PROGRAM_BAD_COLOR: {
    fr: 'Couleur inconnue « {value} » dans le bloc « {block} » : choisis parmi {choices}, ou un code comme #ff8800.',
    en: 'Unknown colour "{value}" in the "{block}" block: choose among {choices}, or a code such as #ff8800.',
  },
  PROGRAM_BAD_NOTE: {
    fr: 'Note inconnue « {value} » dans le bloc « {block} » : écris une note de C4 à C7 (par exemple C4, F#5 ou Bb4), ou « rest » pour un silence.',
    en: 'Unknown note "{value}" in the "{block}" block: write a note from C4 to C7 (for example C4, F#5 or Bb4), or "rest" for a silence.',
  },
  PROGRAM_BAD_IMAGE: {
    fr: 'Image inconnue « {value} » dans le bloc « {block} » : choisis parmi {choices}, ou dessine avec 25 chiffres de 0 à 9.',
    en: 'Unknown image "{value}" in the "{block}" block: choose among {choices}, or draw with 25 digits from 0 to 9.',
  },
  PROGRAM_CONFLICTING_FIELDS: {
    fr: "Le bloc « {block} » a à la fois {first} et {second} : garde l'un des deux.",
    en: 'The "{block}" block has both {first} and {second}: keep only one.',
  },
  PROGRAM_UNKNOWN_FIELD: {
    fr: 'Le bloc « {block} » a un réglage inconnu « {field} » : enlève-le.',
    en: 'The "{block}" block has an unknown setting "{field}": remove it.',
  },
  PROGRAM_BAD_ID: {
    fr: 'Le bloc « {block} » a un identifiant invalide : il faut de 1 à {max} caractères.',
    en: 'The "{block}" block has an invalid id: it needs 1 to {max} characters.',
  },
  PROGRAM_BAD_NAME: {
    fr: 'Dans le bloc « {block} », {field} doit avoir de 1 à {max} caractères.',
    en: 'In the "{block}" block, {field} must have 1 to {max} characters.',
  },
  PROGRAM_TEXT_TOO_LONG: {
    fr: 'Dans le bloc « {block} », le texte est trop long ({max} caractères au plus).',
    en: 'In the "{block}" block, the text is too long (at most {max} characters).',
  },
  PROGRAM_UNKNOWN_SENSOR: {
    fr: "Capteur inconnu « {sensor} » dans le bloc « {block} » : ce capteur n'existe pas dans cette version.",
    en: 'Unknown sensor "{sensor}" in the "{block}" block: this sensor does not exist in this version.',
  },
  PROGRAM_UNKNOWN_OPERATOR: {
    fr: 'Opération inconnue « {op} » dans le bloc « {block} ».',
    en: 'Unknown operation "{op}" in the "{block}" block.',
  },
  PROGRAM_BAD_EXPRESSION: {
    fr: "Dans le bloc « {block} », {field} n'est pas une valeur que le robot comprend.",
    en: 'In the "{block}" block, {field} is not a value the robot understands.',
  },

  // ── What the schema cannot see (validate.ts, semantic checks) ───────────────────────────────────
  PROGRAM_DUPLICATE_ID: {
    fr: "Deux blocs portent le même identifiant « {id} » (l'un est un bloc « {block} ») : chaque bloc doit avoir le sien.",
    en: 'Two blocks have the same id "{id}" (one is a "{block}" block): each block needs its own.',
  },
  PROGRAM_UNKNOWN_PROCEDURE: {
    fr: 'Le bloc « {block} » appelle « {name} », mais aucune procédure ne porte ce nom.',
    en: 'The "{block}" block calls "{name}", but no procedure has that name.',
  },
  PROGRAM_DUPLICATE_PROCEDURE: {
    fr: 'Deux blocs « {block} » créent la procédure « {name} » : donne-leur des noms différents.',
    en: 'Two "{block}" blocks create the procedure "{name}": give them different names.',
  },
  PROGRAM_RECURSION: {
    fr: "Une procédure ne peut pas s'appeler elle-même ({chain}) : enlève ce bloc « {block} » de « {name} ».",
    en: 'A procedure cannot call itself ({chain}): remove this "{block}" block from "{name}".',
  },
  PROGRAM_TEXT_NOT_ALLOWED: {
    fr: 'Dans le bloc « {block} », il faut {expected} pour {field}, pas le texte « {value} ».',
    en: 'In the "{block}" block, {field} needs {expected}, not the text "{value}".',
  },
  PROGRAM_BAD_RANDOM: {
    fr: "Dans le bloc « {block} », le nombre au hasard doit aller d'un nombre entier à un nombre entier plus grand ou égal (ici de {min} à {max}).",
    en: 'In the "{block}" block, the random number must go from a whole number to a greater or equal whole number (here from {min} to {max}).',
  },

  // ── What the robot cannot do (capabilities.ts) ──────────────────────────────────────────────────
  CAPABILITY_STATEMENT: {
    fr: 'Ce robot ne sait pas faire le bloc « {block} » : enlève-le.',
    en: 'This robot cannot do the "{block}" block: remove it.',
  },
  CAPABILITY_DISPLAY: {
    fr: "Ce robot n'a pas d'écran : enlève le bloc « {block} ».",
    en: 'This robot has no display: remove the "{block}" block.',
  },
  CAPABILITY_SENSOR: {
    fr: "Ce robot n'a pas de capteur « {sensor} » : enlève-le du bloc « {block} ».",
    en: 'This robot has no "{sensor}" sensor: remove it from the "{block}" block.',
  },
  CAPABILITY_EVENT: {
    fr: 'Ce robot ne sait pas réagir au bloc « {block} » : enlève ce script.',
    en: 'This robot cannot react to the "{block}" block: remove this script.',
  },
  CAPABILITY_BUTTON: {
    fr: "Ce robot n'a pas de bouton « {button} » : choisis un autre bouton dans le bloc « {block} ».",
    en: 'This robot has no "{button}" button: choose another button in the "{block}" block.',
  },
  CAPABILITY_LIGHT_TARGET: {
    fr: "Ce robot n'a pas de lumière « {target} » : choisis d'autres lumières dans le bloc « {block} ».",
    en: 'This robot has no "{target}" light: choose other lights in the "{block}" block.',
  },
  CAPABILITY_COLOR: {
    fr: 'Ce robot ne sait faire que les couleurs de la liste : dans le bloc « {block} », choisis-en une au lieu de {value}.',
    en: 'This robot only shows the colours of the list: in the "{block}" block, choose one instead of {value}.',
  },
  CAPABILITY_MOVE_UNIT: {
    fr: 'Ce robot ne compte pas en {unit} : dans le bloc « {block} », donne la distance en {other}{hint}.',
    en: 'This robot does not count in {unit}: in the "{block}" block, give the distance in {other}{hint}.',
  },
  CAPABILITY_TURN_DEGREES: {
    fr: "Ce robot ne sait tourner que de {allowed} degrés : change l'angle du bloc « {block} » ({value} degrés).",
    en: 'This robot can only turn by {allowed} degrees: change the angle of the "{block}" block ({value} degrees).',
  },
  CAPABILITY_ONE_SCRIPT: {
    fr: "Ce robot ne fait qu'une chose à la fois : il n'a droit qu'à un seul script, qui commence par « {start} ». Enlève le script « {block} ».",
    en: 'This robot does one thing at a time: it may only have one script, starting with "{start}". Remove the "{block}" script.',
  },

  // ── While the program runs (interpreter/) ───────────────────────────────────────────────────────
  RUN_STOPPED: {
    fr: 'Programme arrêté.',
    en: 'Program stopped.',
  },
  RUN_DIVISION_BY_ZERO: {
    fr: 'Division par zéro dans le bloc « {block} » : on ne peut pas diviser par 0.',
    en: 'Division by zero in the "{block}" block: you cannot divide by 0.',
  },
  RUN_UNKNOWN_VARIABLE: {
    fr: "Le bloc « {block} » utilise la variable « {name} », qui n'a pas encore de valeur : donne-lui d'abord une valeur avec le bloc « {setBlock} ».",
    en: 'The "{block}" block uses the variable "{name}", which has no value yet: first give it one with the "{setBlock}" block.',
  },
  RUN_NOT_A_NUMBER: {
    fr: 'Dans le bloc « {block} », il faut un nombre, mais la valeur est « {value} ».',
    en: 'In the "{block}" block, a number is needed, but the value is "{value}".',
  },
  RUN_NOT_A_BOOLEAN: {
    fr: 'Dans le bloc « {block} », il faut une condition (vrai ou faux), mais la valeur est « {value} ».',
    en: 'In the "{block}" block, a condition (true or false) is needed, but the value is "{value}".',
  },
  RUN_BAD_REPEAT_COUNT: {
    fr: 'Le bloc « {block} » doit répéter de 0 à {max} fois, pas « {value} » fois.',
    en: 'The "{block}" block must repeat 0 to {max} times, not "{value}" times.',
  },
  RUN_BAD_BEATS: {
    fr: 'Le bloc « {block} » ne peut pas durer {value} temps : il faut 0 temps ou plus.',
    en: 'The "{block}" block cannot last {value} beats: it needs 0 beats or more.',
  },
  RUN_ROBOT_FAILED: {
    fr: "Le robot n'a pas pu faire le bloc « {block} » : {detail}",
    en: 'The robot could not do the "{block}" block: {detail}',
  },
  RUN_HALT_FAILED: {
    fr: "Le robot n'a pas pu s'arrêter à la fin du programme ({detail}) : vérifiez qu'il est immobile.",
    en: 'The robot could not stop at the end of the program ({detail}): check that it is still.',
  },
  RUN_INTERNAL: {
    fr: "Erreur inattendue de l'interpréteur dans le bloc « {block} » : {detail}",
    en: 'Unexpected interpreter error in the "{block}" block: {detail}',
  },
} as const satisfies MessageTable;
