/**
 * The schema of a firmware profile: one JSON file per robot model in firmware-profiles/profiles/,
 * saying how to recognise the robot, how to reach it, which driver speaks its protocol, what it can
 * do, and which of these facts were checked on a real robot. Every profile is checked against this
 * schema when it is loaded (registry.ts); the type is inferred from it.
 *
 * Spellings fixed so that identities compare as strings:
 * - USB ids are hexadecimal strings `0x` + 4 lower-case digits (`"0x0d28"`), as lsusb and datasheets
 *   print them; JSON has no hexadecimal numbers. `usbIdNumber` turns them into numbers.
 * - BLE service UUIDs are the full 128-bit form, lower case, with dashes; drivers reshape them for
 *   their library.
 */
import { z } from 'zod';
import { CapabilitiesSchema, LimitsSchema } from '../../program/src/capability-schema.ts';

/** Protocol families, one driver each (bridge/src/drivers/). Add a family here with its driver. */
export const DRIVERS = [
  /** The simulator's floor robot, in the bridge's process. */
  'virtual-grid',
  /** BBC micro:bit: MicroPython through the raw REPL. */
  'microbit-repl',
  /** Thymio: Aseba bytecode. */
  'aseba',
  /** TTS Blue-Bot over BLE. */
  'bluebot',
  /** LEGO Wireless Protocol 3 (Powered Up, SPIKE, BOOST hubs). */
  'lego-lwp3',
  /** Makeblock mBot (mCore): the FF 55 serial protocol. */
  'mbot',
  'sphero',
  /** Arduino boards running StandardFirmata. */
  'firmata',
  /** No data link (Bee-Bot): pupils enter the program on the robot's own buttons. */
  'none',
] as const;
export type DriverId = (typeof DRIVERS)[number];

/** `streamed`: the bridge interprets and sends commands; `on-robot`: compiled and uploaded; `none`: no link. */
export const EXECUTIONS = ['streamed', 'on-robot', 'none'] as const;
export type Execution = (typeof EXECUTIONS)[number];

export const VERIFICATION_STATUSES = ['verified-on-hardware', 'from-documentation', 'unverified'] as const;

export const ProfileIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en kebab-case attendu (minuscules, chiffres, tirets)');

export const UsbIdSchema = z
  .string()
  .regex(/^0x[0-9a-f]{4}$/, 'identifiant USB attendu sous la forme "0x0d28"');

export const UsbIdentitySchema = z.strictObject({ vid: UsbIdSchema, pid: UsbIdSchema });
export type UsbIdentity = z.infer<typeof UsbIdentitySchema>;

export const BleUuidSchema = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'UUID 128 bits attendu, en minuscules avec tirets',
  );

const unique =
  <T>(key: (item: T) => string, what: string) =>
  (items: readonly T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message: `${what} « ${k} » en double` });
      seen.add(k);
    });
  };

export const TransportsSchema = z.strictObject({
  /** USB (vendor, product) pairs that identify this robot when plugged in. */
  usb: z
    .array(UsbIdentitySchema)
    .min(1)
    .superRefine(unique(({ vid, pid }) => `${vid}:${pid}`, 'identité USB'))
    .exactOptional(),
  serial: z
    .strictObject({
      baudRate: z.number().int().positive(),
      /** Whether to raise DTR on open (some boards reset on it, some need it to talk). */
      dtr: z.boolean(),
    })
    .exactOptional(),
  ble: z
    .strictObject({
      /** Starts of the advertised name that identify this model (`BB-` for a Blue-Bot named `BB-1234`). */
      namePrefixes: z.array(z.string().min(1).max(29)).superRefine(unique((prefix) => prefix, 'préfixe')),
      /** GATT services the driver uses; a scan may filter on them. */
      services: z.array(BleUuidSchema).superRefine(unique((uuid) => uuid, 'service')),
    })
    .refine((ble) => ble.namePrefixes.length + ble.services.length > 0, {
      message: 'il faut au moins un préfixe de nom ou un service pour reconnaître le robot',
    })
    .exactOptional(),
  /** A robot reached over TCP (an Aseba node): its usual port. */
  tcp: z.strictObject({ port: z.number().int().min(1).max(65535) }).exactOptional(),
  /** A robot simulated in the bridge's process. */
  virtual: z.strictObject({ simulator: z.enum(['grid']) }).exactOptional(),
});
export type Transports = z.infer<typeof TransportsSchema>;

export const VerificationSchema = z.strictObject({
  /** One fact of this profile, as a sentence ("le pas mesure 15 cm"). */
  fact: z.string().min(1),
  status: z.enum(VERIFICATION_STATUSES),
  /** Who checked it and how, or the document it comes from. */
  source: z.string().min(1),
});
export type Verification = z.infer<typeof VerificationSchema>;

export const ProfileSchema = z
  .strictObject({
    id: ProfileIdSchema,
    /** What a teacher sees in the robot picker, in French. */
    name: z.string().trim().min(1).max(60),
    vendor: z.string().trim().min(1).max(60),
    model: z.string().trim().min(1).max(60),
    execution: z.enum(EXECUTIONS),
    driver: z.enum(DRIVERS),
    transports: TransportsSchema,
    capabilities: CapabilitiesSchema,
    limits: LimitsSchema,
    /** Numbers a driver needs, each key naming its unit (`speedUnitsPerMmS`, `wheelBaseMm`). */
    units: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'nom en camelCase attendu'), z.number().finite()),
    verification: z.array(VerificationSchema).min(1),
  })
  .superRefine((profile, ctx) => {
    const linked = Object.keys(profile.transports).length > 0;
    if (profile.execution === 'none') {
      if (profile.driver !== 'none') {
        ctx.addIssue({
          code: 'custom',
          path: ['driver'],
          message: 'un robot sans liaison (execution « none ») a le pilote « none »',
        });
      }
      if (linked) {
        ctx.addIssue({
          code: 'custom',
          path: ['transports'],
          message: 'un robot sans liaison (execution « none ») n’a pas de transport',
        });
      }
    } else {
      if (profile.driver === 'none') {
        ctx.addIssue({
          code: 'custom',
          path: ['driver'],
          message: `un robot « ${profile.execution} » a besoin d’un pilote`,
        });
      }
      if (!linked) {
        ctx.addIssue({
          code: 'custom',
          path: ['transports'],
          message: `un robot « ${profile.execution} » a besoin d’au moins un transport`,
        });
      }
    }
    const { capabilities: caps, limits } = profile;
    const statements = new Set<string>(caps.statements);
    if (statements.has('display') && caps.display === 'none') {
      ctx.addIssue({
        code: 'custom',
        path: ['capabilities', 'display'],
        message: 'le bloc « display » est listé mais le robot n’a pas d’écran',
      });
    }
    if (statements.has('light') && caps.lightTargets.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['capabilities', 'lightTargets'],
        message: 'le bloc « light » est listé sans aucune lumière',
      });
    }
    if (caps.events.includes('button') && caps.buttons.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['capabilities', 'buttons'],
        message: 'l’événement « button » est listé sans aucun bouton',
      });
    }
    if (limits.safeSpeedPercent > limits.maxSpeedPercent) {
      ctx.addIssue({
        code: 'custom',
        path: ['limits', 'safeSpeedPercent'],
        message: 'la vitesse sûre dépasse la vitesse maximale',
      });
    }
  });
export type Profile = z.infer<typeof ProfileSchema>;

/** The number a USB id string stands for: `"0x0d28"` → 3368. */
export function usbIdNumber(id: string): number {
  return Number.parseInt(id.slice(2), 16);
}
