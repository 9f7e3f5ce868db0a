/**
 * `atelier compile <program.json> --profile <id>`: what would be sent to the robot. A streamed robot
 * (the virtual floor robot, a Blue-Bot…) is sent no code: the bridge interprets the program and sends
 * one command at a time, so there is nothing to print and the command says so (COMPILE_UNSUPPORTED).
 * On-robot profiles (micro:bit, Thymio) get their compilers with their issues.
 */
import type { Profiles } from '../../../../firmware-profiles/src/load.ts';
import { AtelierError } from '../../../../program/src/errors/index.ts';
import { COMPILERS } from '../../drivers/compilers.ts';
import { prepareProgramText } from '../../runs/prepare.ts';
import { type CliOutput, EXIT } from '../output.ts';
import { findProfile } from '../profiles.ts';
import { readProgramFile } from '../read-program-file.ts';

export async function compileCommand(
  file: string,
  profileId: string,
  profiles: Profiles,
  io: CliOutput,
): Promise<number> {
  const profile = findProfile(profiles, profileId);
  const text = await readProgramFile(file);
  // Refuse a bad program first: that is the more useful message.
  const program = prepareProgramText(text, profile);
  const load = COMPILERS[profile.driver];
  if (!load) throw new AtelierError('COMPILE_UNSUPPORTED', { params: { profile: profile.id } });
  const compiler = await load();
  io.out(compiler.compileForProfile(program, profile).text);
  return EXIT.ok;
}
