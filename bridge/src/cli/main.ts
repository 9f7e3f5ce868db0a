/**
 * The `atelier` command line (DESIGN.md names its commands and options; they are public).
 * Every failure is an AtelierError printed in French with its code; nothing ends in a stack trace.
 */
import { parseArgs } from 'node:util';
import { loadProfiles } from '../../../firmware-profiles/src/load.ts';
import { AtelierError } from '../../../program/src/errors/index.ts';
import { type Params, translate } from '../../../program/src/i18n.ts';
import { BRIDGE_INFO } from '../version.ts';
import { compileCommand } from './commands/compile.ts';
import { devicesCommand } from './commands/devices.ts';
import { lessonsCheckCommand } from './commands/lessons.ts';
import { DEFAULT_TIME_LIMIT_S, runCommand } from './commands/run.ts';
import { startCommand } from './commands/start.ts';
import { type CliOutput, EXIT, processOutput } from './output.ts';
import { cliTexts } from './texts.ts';

const t = (key: keyof typeof cliTexts, params: Params = {}) => translate(cliTexts, key, params);
const usage = (detail: string) => new AtelierError('CLI_USAGE', { params: { detail } });

function positiveNumber(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw usage(t('badNumber', { value, option }));
  return number;
}

function port(value: string | undefined): number {
  const fallback = process.env.PORT ?? '8080';
  const number = Number(value ?? fallback);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw usage(t('badNumber', { value: value ?? fallback, option: '--port' }));
  }
  return number;
}

async function dispatch(argv: string[], io: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      device: { type: 'string' },
      profile: { type: 'string' },
      'time-limit': { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) {
    io.out(BRIDGE_INFO.version);
    return EXIT.ok;
  }
  if (values.help || command === undefined || command === 'help') {
    io.out(t('help'));
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  switch (command) {
    case 'start':
      return startCommand(
        {
          port: port(values.port),
          host: values.host ?? '0.0.0.0',
          allowedOrigins: values['allow-origin'] ?? [],
        },
        io,
      );
    case 'run': {
      const file = rest[0];
      if (file === undefined) throw usage(t('missingProgram'));
      if (values.device === undefined) throw usage(t('missingDevice'));
      return runCommand(
        {
          file,
          device: values.device,
          profile: values.profile,
          json: values.json ?? false,
          timeLimitS: positiveNumber(values['time-limit'], '--time-limit', DEFAULT_TIME_LIMIT_S),
        },
        loadProfiles(),
        io,
      );
    }
    case 'compile': {
      const file = rest[0];
      if (file === undefined) throw usage(t('missingProgram'));
      const profiles = loadProfiles();
      if (values.profile === undefined) {
        throw new AtelierError('PROFILE_REQUIRED', {
          params: { known: [...profiles.profiles.keys()].join(', ') },
        });
      }
      return compileCommand(file, values.profile, profiles, io);
    }
    case 'lessons':
      if (rest[0] !== 'check')
        throw usage(t('unknownCommand', { command: `lessons ${rest[0] ?? ''}`.trim() }));
      return lessonsCheckCommand(values.json ?? false, io);
    case 'devices':
      return devicesCommand(values.json ?? false, loadProfiles(), io);
    default:
      throw usage(t('unknownCommand', { command }));
  }
}

/** Runs the command line and returns its exit status. */
export async function main(argv: string[], io: CliOutput = processOutput): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof AtelierError) {
      io.err(`✖ [${error.code}] ${error.message}`);
      const runFailed = ['PROGRAM_INVALID', 'PROGRAM_UNSUPPORTED', 'PROGRAM_NOT_JSON', 'COMPILE_UNSUPPORTED'];
      return runFailed.includes(error.code) ? EXIT.programFailed : EXIT.usage;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`✖ [CLI_USAGE] ${translate(cliTexts, 'help').split('\n')[0]}\n${error.message}`);
      return EXIT.usage;
    }
    io.err(`✖ [INTERNAL] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.usage;
  }
}
