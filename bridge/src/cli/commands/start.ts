/**
 * `atelier start [--port N] [--host H]`: the bridge, until Ctrl-C. Prints the addresses tablets
 * should open (every IPv4 address of this machine on the school network).
 */
import { networkInterfaces } from 'node:os';
import { translate } from '../../../../program/src/i18n.ts';
import { startBridge } from '../../server.ts';
import type { CliOutput } from '../output.ts';
import { cliTexts } from '../texts.ts';

export interface StartArgs {
  port: number;
  host: string;
  allowedOrigins: string[];
}

/** Addresses of this machine that tablets on the same network can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((net) => net.family === 'IPv4' && !net.internal)
    .map((net) => net.address);
}

export async function startCommand(args: StartArgs, io: CliOutput): Promise<number> {
  const t = (key: keyof typeof cliTexts, params = {}) => translate(cliTexts, key, params);
  const bridge = await startBridge({
    port: args.port,
    host: args.host,
    allowedOrigins: args.allowedOrigins,
    log: (line) => io.err(line),
  });
  io.out(t('started'));
  const listensEverywhere = args.host === '0.0.0.0' || args.host === '::';
  for (const address of listensEverywhere ? lanAddresses() : [args.host]) {
    io.out(`  http://${address}:${bridge.port}`);
  }
  io.out(t('onThisMachine', { url: `http://localhost:${bridge.port}` }));
  io.out(t('virtualRobots', { count: bridge.fleet.list().length }));

  await new Promise<void>((resolve) => {
    const stop = () => {
      io.out(t('stopping'));
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await bridge.close();
  return 0;
}
