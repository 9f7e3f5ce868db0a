import type { MessageTable } from '../i18n.ts';

/** Errors of the bridge: its WebSocket API, its devices and its command line. */
export const bridgeErrors = {
  INTERNAL: {
    fr: 'Erreur interne du pont : {detail}',
    en: 'Internal bridge error: {detail}',
  },
  PROTOCOL_NOT_JSON: {
    fr: "Message illisible : ce n'est pas du JSON.",
    en: 'Unreadable message: not JSON.',
  },
  PROTOCOL_BINARY_UNSUPPORTED: {
    fr: 'Le pont attend des messages texte (JSON), pas des données binaires.',
    en: 'The bridge expects text (JSON) messages, not binary data.',
  },
  PROTOCOL_UNKNOWN_TYPE: {
    fr: 'Type de message inconnu : « {type} ».',
    en: 'Unknown message type: "{type}".',
  },
  PROTOCOL_INVALID_MESSAGE: {
    fr: 'Message « {type} » mal formé : {detail}',
    en: 'Malformed "{type}" message: {detail}',
  },
  PROTOCOL_VERSION_UNSUPPORTED: {
    fr: 'Cette page parle la version {client} du protocole, le pont la version {bridge}. Rechargez la page.',
    en: 'This page speaks protocol version {client}, the bridge version {bridge}. Reload the page.',
  },
  PROTOCOL_HELLO_FIRST: {
    fr: 'La page doit se présenter (message « hello ») avant toute demande.',
    en: 'The page must say hello before any request.',
  },
  ROBOT_UNKNOWN: {
    fr: "Le robot « {robotId} » n'est pas connecté au pont.",
    en: 'Robot "{robotId}" is not connected to the bridge.',
  },
  PROGRAM_UNSUPPORTED: {
    fr: 'Ce robot ne sait pas faire tout ce que demande le programme : {count} bloc(s) à changer.',
    en: 'This robot cannot do everything the program asks: {count} block(s) to change.',
  },
  DEVICE_TARGET_INVALID: {
    fr: 'Robot « {target} » non reconnu. Exemples : virtual:grid, serial:/dev/ttyACM0, tcp:127.0.0.1:33333, ble:BB-1234.',
    en: 'Robot "{target}" not recognised. Examples: virtual:grid, serial:/dev/ttyACM0, tcp:127.0.0.1:33333, ble:BB-1234.',
  },
  DEVICE_TRANSPORT_UNAVAILABLE: {
    fr: "La liaison « {transport} » n'est pas disponible : {reason}",
    en: 'The "{transport}" link is not available: {reason}',
  },
  PROFILE_UNKNOWN: {
    fr: 'Profil de robot inconnu : « {profile} ». Profils connus : {known}.',
    en: 'Unknown robot profile: "{profile}". Known profiles: {known}.',
  },
  PROFILE_REQUIRED: {
    fr: 'Précisez le modèle du robot avec --profile (profils connus : {known}).',
    en: 'Give the robot model with --profile (known profiles: {known}).',
  },
  COMPILE_UNSUPPORTED: {
    fr: "Le robot « {profile} » n'exécute pas de code envoyé : le pont lui transmet le programme bloc par bloc.",
    en: 'Robot "{profile}" does not run uploaded code: the bridge streams the program to it block by block.',
  },
  CLI_USAGE: {
    fr: '{detail}\nTapez « atelier --help » pour l’aide.',
    en: '{detail}\nType "atelier --help" for help.',
  },
  FILE_UNREADABLE: {
    fr: 'Impossible de lire le fichier « {file} » : {detail}',
    en: 'Cannot read file "{file}": {detail}',
  },
  EDITOR_NOT_BUILT: {
    fr: "L'éditeur n'est pas construit ({dir} manque). Lancez « npm run build », puis relancez.",
    en: 'The editor is not built ({dir} is missing). Run "npm run build", then start again.',
  },
  PORT_IN_USE: {
    fr: 'Le port {port} est déjà utilisé par un autre programme. Choisissez-en un autre avec --port.',
    en: 'Port {port} is already in use by another program. Choose another with --port.',
  },
} as const satisfies MessageTable;
