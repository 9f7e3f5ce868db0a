#!/usr/bin/env node
// The `atelier` command. The sources are TypeScript run through tsx's loader, so the command always
// runs the code as it is in the repository, with no separate compile step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../bridge/src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
