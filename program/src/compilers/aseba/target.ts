/**
 * What an Aseba node says about itself (its Description, NamedVariableDescription,
 * LocalEventDescription and NativeFunctionDescription messages), which the compiler needs: variables
 * and their addresses, events, native functions. Learned from the node each time it is connected —
 * never hard-coded, since they differ between firmware versions. A description recorded from a robot
 * (firmware-profiles/aseba/*.json) lets `atelier compile` work with no robot plugged in.
 */
import { z } from 'zod';

export const AsebaVariableSchema = z.strictObject({
  name: z.string(),
  /** In 16-bit words. */
  size: z.number().int().positive(),
  /** In words from the start of the variable memory: the sum of the sizes of the variables before it. */
  address: z.number().int().nonnegative(),
});

export const AsebaNativeFunctionSchema = z.strictObject({
  /** Its index in the node's list: the NATIVE_CALL operand. */
  id: z.number().int().nonnegative(),
  name: z.string(),
  description: z.string(),
  /** Size in words of each parameter; a negative size is a template size, as the protocol says. */
  parameters: z.array(z.strictObject({ name: z.string(), size: z.number().int() })),
});

export const AsebaTargetSchema = z.strictObject({
  name: z.string(),
  protocolVersion: z.number().int(),
  /** In 16-bit words. */
  bytecodeSize: z.number().int().positive(),
  variablesSize: z.number().int().positive(),
  stackSize: z.number().int().positive(),
  variables: z.array(AsebaVariableSchema),
  /** Local events in order: their index is the event id used in the bytecode's event vector table. */
  localEvents: z.array(z.strictObject({ name: z.string(), description: z.string() })),
  nativeFunctions: z.array(AsebaNativeFunctionSchema),
});
export type AsebaTarget = z.infer<typeof AsebaTargetSchema>;
