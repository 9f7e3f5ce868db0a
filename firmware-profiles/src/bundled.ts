/**
 * The profiles compiled into a bundle (the editor, which has no file system). Any bundler and Node
 * understand these JSON imports; Vite's `import.meta.glob` would only work under Vite.
 *
 * A new profile file must be added here as well: bundled.test.ts fails until it is.
 */
import virtualFloorRobot from '../profiles/virtual-floor-robot.json' with { type: 'json' };
import { buildRegistry, type ProfileFile, type ProfileRegistry } from './registry.ts';

export const BUNDLED_PROFILE_FILES: readonly ProfileFile[] = [
  { file: 'virtual-floor-robot.json', json: virtualFloorRobot },
];

/** A fresh registry of the bundled profiles on each call: no shared mutable state. */
export function bundledProfiles(): ProfileRegistry {
  return buildRegistry(BUNDLED_PROFILE_FILES);
}
