/**
 * Profiles by id, from profile files already read (pure: load.ts reads the folder in Node, bundled.ts
 * imports the files for the browser). A file that is not a valid profile, or whose id or identity is
 * already taken by an earlier file, is left out and reported as a `file: problem` line; the others
 * are kept, so one bad file never hides every robot.
 *
 * Checks beyond the schema:
 * - the id is the file's name (`virtual-floor-robot.json` holds `virtual-floor-robot`), so a profile
 *   is found from its id;
 * - no two profiles share an id, a USB (vid, pid), or a BLE name prefix, nor have one prefix that
 *   starts another (a robot advertising `BB-12` would match both `BB-` and `BB-1`): the bridge must
 *   know which profile a plugged-in or advertising robot has. A generic USB-serial chip (CH340,
 *   CP2102) names no robot: such a profile leaves `usb` out and is chosen with `--profile`.
 * The first file, in the order given, keeps what it claims; load.ts gives files in name order.
 */
import { FRENCH_ISSUES, issueLines } from './issues.ts';
import { type Profile, ProfileSchema } from './schema.ts';

export interface ProfileFile {
  /** The file's name (a path is accepted; its last part is compared with the id). */
  file: string;
  json: unknown;
}

export interface ProfileProblem {
  file: string;
  problem: string;
}

export interface ProfileRegistry {
  profiles: Map<string, Profile>;
  problems: ProfileProblem[];
}

interface Claim {
  key: string;
  owner: string;
  file: string;
  driver: string;
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).at(-1) ?? file;
  return name.replace(/\.json$/, '');
}

/** The identities a profile claims, each with the path of the field that claims it. */
function identities(profile: Profile): {
  usb: { key: string; path: string }[];
  ble: { prefix: string; path: string }[];
} {
  return {
    usb: (profile.transports.usb ?? []).map(({ vid, pid }, index) => ({
      key: `${vid}:${pid}`,
      path: `transports.usb[${index}]`,
    })),
    ble: (profile.transports.ble?.namePrefixes ?? []).map((prefix, index) => ({
      prefix,
      path: `transports.ble.namePrefixes[${index}]`,
    })),
  };
}

export function buildRegistry(files: readonly ProfileFile[]): ProfileRegistry {
  const profiles = new Map<string, Profile>();
  const problems: ProfileProblem[] = [];
  const owners = new Map<string, string>();
  const usbClaims: Claim[] = [];
  const bleClaims: Claim[] = [];

  for (const { file, json } of files) {
    const refuse = (problem: string) => problems.push({ file, problem });
    const parsed = ProfileSchema.safeParse(json, { error: FRENCH_ISSUES });
    if (!parsed.success) {
      for (const line of issueLines(parsed.error)) refuse(line);
      continue;
    }
    const profile = parsed.data;
    const found: string[] = [];

    if (baseName(file) !== profile.id) {
      found.push(`id: « ${profile.id} » devrait être le nom du fichier (${baseName(file)}.json)`);
    }
    const sameId = owners.get(profile.id);
    if (sameId !== undefined)
      found.push(`id: « ${profile.id} » est déjà l’identifiant du profil de ${sameId}`);

    const claims = identities(profile);
    // Boards of one family may share a USB identity (the micro:bit v1 and v2 both enumerate as
    // 0x0d28:0x0204): their driver tells them apart once connected (by the REPL banner). Two
    // profiles with different drivers may not: discovery could not choose a driver.
    for (const { key, path } of claims.usb) {
      const other = usbClaims.find((claim) => claim.key === key && claim.driver !== profile.driver);
      if (other)
        found.push(
          `${path}: l’identité USB ${key} est déjà celle du profil « ${other.owner} » (${other.file})`,
        );
    }
    for (const { prefix, path } of claims.ble) {
      const other = bleClaims.find((claim) => claim.key.startsWith(prefix) || prefix.startsWith(claim.key));
      if (other) {
        found.push(
          `${path}: le préfixe BLE « ${prefix} » se confond avec « ${other.key} » du profil « ${other.owner} » (${other.file})`,
        );
      }
    }

    if (found.length > 0) {
      for (const problem of found) refuse(problem);
      continue;
    }
    profiles.set(profile.id, profile);
    owners.set(profile.id, file);
    for (const { key } of claims.usb)
      usbClaims.push({ key, owner: profile.id, file, driver: profile.driver });
    for (const { prefix } of claims.ble) {
      bleClaims.push({ key: prefix, owner: profile.id, file, driver: profile.driver });
    }
  }
  return { profiles, problems };
}

/** The problems as `file: problem` lines, for a log or a test failure. */
export function problemLines(problems: readonly ProfileProblem[]): string[] {
  return problems.map(({ file, problem }) => `${file}: ${problem}`);
}
