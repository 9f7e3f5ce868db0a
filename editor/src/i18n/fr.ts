/**
 * The editor's words in French: the reference table. Every key the editor uses exists here; the other
 * languages (en.ts, …) translate the same keys and fall back to this one.
 *
 * Two kinds of keys:
 * - `ATELIER_…` (upper case): block texts. register.ts copies them into `Blockly.Msg`, and the block
 *   definitions name them as `%{BKY_ATELIER_…}`. `%1`, `%2` are Blockly's places for the block's fields
 *   (an icon, a number, a menu): a translation may move them but must keep each one.
 * - dotted lower case: the rest of the page. `{name}` placeholders are filled by `translate`.
 *
 * Pupils from 3 to 11 read (or are read) these: short words, « tu », no jargon.
 */
export const fr = {
  // ── Blocks ────────────────────────────────────────────────────────────────────────────────────
  ATELIER_WHEN_START: 'quand %1 est cliqué',
  ATELIER_WHEN_START_TOOLTIP: 'Le programme commence ici quand tu appuies sur le drapeau vert.',
  ATELIER_MOVE_FORWARD: '%1 avancer de %2 pas',
  ATELIER_MOVE_FORWARD_TOOLTIP: 'Le robot avance tout droit, case par case.',
  ATELIER_MOVE_BACKWARD: '%1 reculer de %2 pas',
  ATELIER_MOVE_BACKWARD_TOOLTIP: 'Le robot recule tout droit, case par case.',
  ATELIER_TURN_LEFT: '%1 tourner à gauche',
  ATELIER_TURN_LEFT_TOOLTIP: "Le robot tourne d'un quart de tour vers sa gauche, sans changer de case.",
  ATELIER_TURN_RIGHT: '%1 tourner à droite',
  ATELIER_TURN_RIGHT_TOOLTIP: "Le robot tourne d'un quart de tour vers sa droite, sans changer de case.",
  ATELIER_REPEAT: '%1 répéter %2 fois',
  ATELIER_REPEAT_TOOLTIP: 'Les blocs rangés dedans recommencent plusieurs fois.',
  ATELIER_WAIT: '%1 attendre %2 secondes',
  ATELIER_WAIT_TOOLTIP: 'Le robot ne bouge pas pendant ce temps.',
  ATELIER_LIGHT: '%1 lumière %2',
  ATELIER_LIGHT_TOOLTIP: 'Le robot allume sa lumière de cette couleur (ou l’éteint).',
  ATELIER_SOUND: '%1 %2 pendant %3 temps',
  ATELIER_SOUND_TOOLTIP: 'Le robot joue une note. Un temps dure une demi-seconde.',

  ATELIER_ICON_FLAG: 'drapeau vert',
  ATELIER_ICON_FORWARD: 'flèche vers l’avant',
  ATELIER_ICON_BACKWARD: 'flèche vers l’arrière',
  ATELIER_ICON_TURN_LEFT: 'flèche qui tourne à gauche',
  ATELIER_ICON_TURN_RIGHT: 'flèche qui tourne à droite',
  ATELIER_ICON_REPEAT: 'flèches en rond',
  ATELIER_ICON_WAIT: 'sablier',
  ATELIER_ICON_LIGHT: 'ampoule',
  ATELIER_ICON_SOUND: 'note de musique',

  ATELIER_COLOR_RED: 'rouge',
  ATELIER_COLOR_GREEN: 'vert',
  ATELIER_COLOR_BLUE: 'bleu',
  ATELIER_COLOR_YELLOW: 'jaune',
  ATELIER_COLOR_CYAN: 'bleu clair',
  ATELIER_COLOR_MAGENTA: 'rose',
  ATELIER_COLOR_WHITE: 'blanc',
  ATELIER_COLOR_ORANGE: 'orange',
  ATELIER_COLOR_PURPLE: 'violet',
  ATELIER_COLOR_OFF: 'éteinte',

  ATELIER_NOTE_C4: 'do',
  ATELIER_NOTE_D4: 'ré',
  ATELIER_NOTE_E4: 'mi',
  ATELIER_NOTE_F4: 'fa',
  ATELIER_NOTE_G4: 'sol',
  ATELIER_NOTE_A4: 'la',
  ATELIER_NOTE_B4: 'si',
  ATELIER_NOTE_C5: 'do aigu',

  // ── Page ──────────────────────────────────────────────────────────────────────────────────────
  'app.title': 'Atelier Robots',
  'toolbar.label': 'Commandes du robot',
  'toolbar.start': 'Démarrer le programme',
  'toolbar.stop': 'Arrêter le robot',

  'status.idle': 'Pas connecté',
  'status.connecting': 'Connexion…',
  'status.connected': 'Connecté',
  'status.error': 'Connexion perdue, nouvel essai…',
  'status.label': 'Liaison avec le pont : {status}',

  'picker.label': 'Choisis ton robot',
  'picker.empty': 'Aucun robot pour le moment',
  'picker.running': 'en route',
  'picker.disconnected': 'débranché',

  'mat.label': 'Le tapis du robot',
  'mat.robot': 'Le robot est sur la case {x}, {y} et regarde vers {direction}.',
  'mat.no_world': 'Choisis un robot pour voir son tapis.',
  'mat.heading.0': 'le haut',
  'mat.heading.90': 'la droite',
  'mat.heading.180': 'le bas',
  'mat.heading.270': 'la gauche',
  'mat.obstacle': 'obstacle',
  'mat.picture.house': 'maison',
  'mat.picture.flower': 'fleur',
  'mat.picture.apple': 'pomme',

  'workspace.label': 'Ton programme : glisse les blocs ici',
  'banner.close': 'Fermer le message',

  'run.no_robot': 'Choisis d’abord un robot, en haut de l’écran.',
  'run.not_connected': 'Le pont ne répond pas : le robot ne peut pas démarrer. Vérifie le Wi-Fi.',
  'run.no_script': 'Accroche tes blocs sous le bloc « drapeau vert » pour que le robot démarre.',
  'run.invalid': 'Un bloc n’est pas prêt : regarde le bloc marqué d’un triangle.',
  'run.refused': 'Le robot n’a pas démarré : {message}',
  'run.stop_failed': 'Le robot ne s’est pas arrêté : {message}',
  'run.time_limit': 'Le programme était trop long : le robot s’est arrêté.',
  'run.generate_failed': 'Le programme n’a pas pu être lu : {message}',

  'problem.invalid_value': 'Ce bloc contient une valeur que le robot ne comprend pas.',

  'storage.corrupt':
    'Le programme enregistré sur cette tablette était abîmé : on repart d’une page vide. Une copie est gardée.',
  'storage.unavailable':
    'Cette tablette ne peut pas enregistrer le programme : il sera perdu si la page se ferme.',

  'bridge.closed': 'La liaison avec le pont a été coupée.',
  'bridge.timeout': 'Le pont n’a pas répondu à temps.',
  'bridge.not_connected': 'La tablette n’est pas reliée au pont.',
  'bridge.bad_reply': 'Le pont a envoyé une réponse incompréhensible.',
} as const;

export type EditorMessageKey = keyof typeof fr;
