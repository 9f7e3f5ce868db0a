import type { MessageTable } from '../../../program/src/i18n.ts';

/** What the command line prints, French first. */
export const cliTexts = {
  help: {
    fr: `atelier — le pont d'Atelier Robots : programmer de vrais robots en classe.

Utilisation :
  atelier start [--port N] [--host H]         démarre le pont et sert l'éditeur (port 8080 par défaut,
                                              ou la variable PORT) ; des robots virtuels sont proposés
  atelier run <programme.json> --device <cible> [--profile <id>] [--json] [--time-limit <s>]
                                              exécute un programme sur un robot ; cibles :
                                                virtual:grid              tapis virtuel sans bord, départ en (0,0) vers le nord
                                                serial:<chemin>           robot branché en USB (ex. serial:/dev/ttyACM0)
                                                tcp:<hôte>:<port>         nœud Aseba en TCP (Thymio, Aseba Playground)
                                                ble:<adresse ou nom>      robot Bluetooth
                                              --json : un objet JSON par ligne (step, output, error, done)
  atelier compile <programme.json> --profile <id>
                                              affiche ce qui serait envoyé au robot
  atelier devices [--json]                    liste les robots trouvés et l'état de chaque liaison
  atelier lessons check [--json]              vérifie chaque leçon dans le simulateur : ses solutions
                                              réussissent, son programme de départ échoue
  atelier --help | --version

Codes de sortie : 0 le programme a tourné ; 1 programme refusé ou erreur pendant l'exécution ;
2 commande mal écrite ou robot injoignable.`,
    en: `atelier — the Atelier Robots bridge: program real robots in class.

Usage:
  atelier start [--port N] [--host H]
  atelier run <program.json> --device <target> [--profile <id>] [--json] [--time-limit <s>]
      targets: virtual:grid, serial:<path>, tcp:<host>:<port>, ble:<address or name>
  atelier compile <program.json> --profile <id>
  atelier devices [--json]
  atelier lessons check [--json]

Exit status: 0 the program ran; 1 program refused or failed while running; 2 bad command or robot unreachable.`,
  },
  unknownCommand: { fr: 'Commande inconnue : « {command} ».', en: 'Unknown command: "{command}".' },
  missingProgram: { fr: 'Indiquez le fichier du programme.', en: 'Give the program file.' },
  missingDevice: {
    fr: 'Indiquez le robot avec --device (ex. --device virtual:grid).',
    en: 'Give the robot with --device.',
  },
  badNumber: {
    fr: '« {value} » n’est pas un nombre valable pour {option}.',
    en: '"{value}" is not a valid number for {option}.',
  },
  started: {
    fr: 'Atelier Robots est prêt. Sur les tablettes, ouvrez :',
    en: 'Atelier Robots is ready. On the tablets, open:',
  },
  onThisMachine: { fr: 'Sur cet ordinateur : {url}', en: 'On this computer: {url}' },
  virtualRobots: { fr: '{count} robots virtuels disponibles.', en: '{count} virtual robots available.' },
  stopping: { fr: 'Arrêt du pont…', en: 'Stopping the bridge…' },
  step: { fr: '▶ bloc {blockId}', en: '▶ block {blockId}' },
  output: { fr: '» {text}', en: '» {text}' },
  error: { fr: '✖ {message}', en: '✖ {message}' },
  errorOnBlock: { fr: '✖ {message} (bloc {blockId})', en: '✖ {message} (block {blockId})' },
  doneFinished: { fr: '✔ Programme terminé.', en: '✔ Program finished.' },
  doneStopped: { fr: '■ Programme arrêté.', en: '■ Program stopped.' },
  doneError: { fr: '✖ Programme interrompu par une erreur.', en: '✖ Program ended by an error.' },
  doneTimeLimit: {
    fr: '⏱ Programme arrêté au bout de {seconds} s (limite de temps).',
    en: '⏱ Program stopped after {seconds} s (time limit).',
  },
  finalState: {
    fr: 'Position finale : x={x}, y={y}, orientation {heading}°.',
    en: 'Final position: x={x}, y={y}, heading {heading}°.',
  },
  transportsTitle: { fr: 'Liaisons :', en: 'Links:' },
  robotsTitle: { fr: 'Robots :', en: 'Robots:' },
  available: { fr: 'disponible', en: 'available' },
  unavailable: { fr: 'indisponible — {reason}', en: 'unavailable — {reason}' },
  noDriver: {
    fr: "le robot « {profile} » n'a pas encore de pilote dans cette version d'Atelier Robots",
    en: 'robot "{profile}" has no driver yet in this version of Atelier Robots',
  },
  nothingToCompile: {
    fr: "le robot « {profile} » reçoit le programme bloc par bloc : il n'y a pas de code à envoyer",
    en: 'robot "{profile}" is sent the program block by block: there is no code to send',
  },
  noRobot: { fr: '(aucun robot trouvé)', en: '(no robot found)' },
} as const satisfies MessageTable;
