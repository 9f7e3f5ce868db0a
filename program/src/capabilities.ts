/**
 * The capability check: refuses, before anything moves, a valid program that asks for something the
 * robot cannot do, as its firmware profile declares (capability-schema.ts). Every problem names the
 * pupil's block and carries its id, so the editor can mark them all at once.
 *
 * What is checked, over every script and every procedure (called or not):
 *  - the starting event of each script, and the button a `button` event names;
 *  - several scripts that would run at the same time on a robot that runs one: a second `start` script,
 *    or any script started by another event (button, obstacle, message…) besides the `start` one;
 *  - each statement: `display` and `clear_display` on a robot with no display (« Ce robot n'a pas
 *    d'écran »), other statements against the profile's list;
 *  - sensors read anywhere in an expression (`timer_s` is the interpreter's own and always there);
 *  - `light`: an explicit target the robot lacks (`all` means every light it has, so is always fine),
 *    and `#rrggbb` colours on a robot that only shows named ones;
 *  - `move` in a unit the robot does not count in;
 *  - `turn` by a literal angle (90 when left out) outside the robot's list; an angle computed at run
 *    time cannot be checked here and is the robot's to refuse.
 *
 * The text and 5×5 images of `display` are accepted on both display kinds: a matrix scrolls text, and a
 * screen draws the images.
 */
import { buttonName, eventName, lightTargetName, sensorName, statementName, word } from './block-names.ts';
import type { Capabilities, Limits } from './capability-schema.ts';
import { DEFAULT_LIGHT_TARGET, DEFAULT_TURN_DEGREES } from './format-defaults.ts';
import { DEFAULT_LANGUAGE, format, type Language } from './i18n.ts';
import { expressionsOf, forEachStatement, forEachSubExpression } from './program-walk.ts';
import type { Program, Statement } from './schema.ts';
import { joinPath, makeProblem, type ValidationProblem } from './validation/problem.ts';

export function checkCapabilities(
  program: Program,
  capabilities: Capabilities,
  limits?: Limits,
  lang: Language = DEFAULT_LANGUAGE,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [...scriptProblems(program, capabilities, lang)];
  forEachStatement(program, ({ statement, path }) => {
    problems.push(...statementProblems(statement, path, capabilities, limits, lang));
  });
  return problems;
}

function scriptProblems(program: Program, capabilities: Capabilities, lang: Language): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  let startScripts = 0;
  program.scripts.forEach((script, index) => {
    const { when } = script;
    const block = eventName(when.event, lang);
    const place = { path: `scripts[${index}].when`, blockId: script.id };
    if (!capabilities.events.includes(when.event)) {
      problems.push(makeProblem('CAPABILITY_EVENT', { block }, place, lang));
      return;
    }
    if (when.event === 'button' && !capabilities.buttons.includes(when.button)) {
      problems.push(
        makeProblem(
          'CAPABILITY_BUTTON',
          { block, button: buttonName(when.button, lang) },
          { path: `scripts[${index}].when.button`, blockId: script.id },
          lang,
        ),
      );
    }
    if (capabilities.concurrentScripts) return;
    if (when.event === 'start') startScripts += 1;
    if (when.event !== 'start' || startScripts > 1) {
      problems.push(
        makeProblem('CAPABILITY_ONE_SCRIPT', { block, start: eventName('start', lang) }, place, lang),
      );
    }
  });
  return problems;
}

function statementProblems(
  statement: Statement,
  path: string,
  capabilities: Capabilities,
  limits: Limits | undefined,
  lang: Language,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const block = statementName(statement, lang);
  const here = { path, blockId: statement.id };

  if ((statement.op === 'display' || statement.op === 'clear_display') && capabilities.display === 'none') {
    problems.push(makeProblem('CAPABILITY_DISPLAY', { block }, here, lang));
  } else if (!capabilities.statements.includes(statement.op)) {
    problems.push(makeProblem('CAPABILITY_STATEMENT', { block }, here, lang));
  } else {
    problems.push(...fieldProblems(statement, path, capabilities, limits, lang));
  }

  for (const { field, expr } of expressionsOf(statement)) {
    forEachSubExpression(expr, joinPath(path, field), ({ expr: node, path: at }) => {
      if (typeof node !== 'object' || !('sensor' in node)) return;
      if (node.sensor === 'timer_s' || capabilities.sensors.includes(node.sensor)) return;
      problems.push(
        makeProblem(
          'CAPABILITY_SENSOR',
          { block, sensor: sensorName(node.sensor, lang) },
          { path: at, blockId: statement.id },
          lang,
        ),
      );
    });
  }
  return problems;
}

/** The settings of a statement the robot supports: light target and colour, move unit, turn angle. */
function fieldProblems(
  statement: Statement,
  path: string,
  capabilities: Capabilities,
  limits: Limits | undefined,
  lang: Language,
): ValidationProblem[] {
  const block = statementName(statement, lang);
  const at = (field: string) => ({ path: joinPath(path, field), blockId: statement.id });
  switch (statement.op) {
    case 'light': {
      const problems: ValidationProblem[] = [];
      const { target } = statement;
      if (
        target !== undefined &&
        target !== DEFAULT_LIGHT_TARGET &&
        !capabilities.lightTargets.includes(target)
      ) {
        problems.push(
          makeProblem(
            'CAPABILITY_LIGHT_TARGET',
            { block, target: lightTargetName(target, lang) },
            at('target'),
            lang,
          ),
        );
      }
      if (capabilities.colors === 'named' && statement.color.startsWith('#')) {
        problems.push(makeProblem('CAPABILITY_COLOR', { block, value: statement.color }, at('color'), lang));
      }
      return problems;
    }
    case 'move': {
      const unit = statement.steps !== undefined ? 'steps' : 'cm';
      if (capabilities.moveUnits.includes(unit)) return [];
      const other = unit === 'steps' ? 'cm' : 'steps';
      const hint = unit === 'cm' && limits !== undefined ? format(word('stepLengthHint', lang), limits) : '';
      return [
        makeProblem(
          'CAPABILITY_MOVE_UNIT',
          { block, unit: word(unit, lang), other: word(other, lang), hint },
          at(unit),
          lang,
        ),
      ];
    }
    case 'turn': {
      const allowed = capabilities.turnDegrees;
      const degrees = statement.degrees ?? DEFAULT_TURN_DEGREES;
      if (allowed === 'any' || typeof degrees !== 'number' || allowed.includes(degrees)) return [];
      return [
        makeProblem(
          'CAPABILITY_TURN_DEGREES',
          { block, allowed: allowed.join(` ${word('or', lang)} `), value: degrees },
          statement.degrees === undefined ? { path, blockId: statement.id } : at('degrees'),
          lang,
        ),
      ];
    }
    default:
      return [];
  }
}
