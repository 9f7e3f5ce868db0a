/**
 * The bridge as one object: HTTP (the editor), the WebSocket API at /ws, the fleet of robots and the
 * runs on them. `atelier start` and the tests start it through `startBridge`.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadProfiles } from '../../firmware-profiles/src/load.ts';
import { RealClock } from '../../program/src/clock.ts';
import { AtelierError } from '../../program/src/errors/index.ts';
import type { GridTiming } from '../../simulator/src/grid/grid-robot.ts';
import { robotInfo } from './api/robot-info.ts';
import { attachWsApi, type WsApi } from './api/ws-server.ts';
import { Fleet } from './fleet/fleet.ts';
import { addVirtualRobots, VIRTUAL_FLOOR_PROFILE_ID } from './fleet/virtual-fleet.ts';
import { createHttpApp } from './http/app.ts';
import { RunManager } from './runs/run-manager.ts';
import { BRIDGE_INFO } from './version.ts';

export const DEFAULT_EDITOR_DIR = fileURLToPath(new URL('../../editor/dist', import.meta.url));

export interface BridgeOptions {
  port: number;
  host: string;
  /** The built editor; `null` for the API alone. Default: editor/dist of this repository. */
  editorDir?: string | null;
  /** Virtual floor robots offered (default 4). */
  virtualRobots?: number;
  /** How fast the virtual robots move (default: the pace of a real floor robot). */
  virtualRobotTiming?: Partial<GridTiming>;
  /** Origins allowed besides the bridge's own. */
  allowedOrigins?: readonly string[];
  heartbeatMs?: number;
  log?: (line: string) => void;
}

export interface Bridge {
  /** `http://host:port` the bridge listens on. */
  readonly url: string;
  readonly port: number;
  readonly fleet: Fleet;
  readonly runs: RunManager;
  readonly api: WsApi;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? new AtelierError('PORT_IN_USE', { params: { port }, cause: error })
          : error,
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const log = options.log ?? ((line: string) => console.log(line));
  const editorDir = options.editorDir === undefined ? DEFAULT_EDITOR_DIR : options.editorDir;
  if (editorDir !== null && !existsSync(editorDir)) {
    throw new AtelierError('EDITOR_NOT_BUILT', { params: { dir: editorDir } });
  }

  const registry = loadProfiles();
  for (const { file, problem } of registry.problems) log(`profil ignoré — ${file}: ${problem}`);
  const floorProfile = registry.profiles.get(VIRTUAL_FLOOR_PROFILE_ID);
  if (!floorProfile)
    throw new AtelierError('PROFILE_UNKNOWN', {
      params: { profile: VIRTUAL_FLOOR_PROFILE_ID, known: [...registry.profiles.keys()].join(', ') },
    });

  const fleet = new Fleet();
  addVirtualRobots(
    fleet,
    floorProfile,
    new RealClock(),
    options.virtualRobots ?? 4,
    options.virtualRobotTiming,
  );
  const runs = new RunManager(fleet);

  const app = createHttpApp({ editorDir, bridge: BRIDGE_INFO });
  const server = createServer(app);
  const api = attachWsApi(
    server,
    { fleet, runs, bridge: BRIDGE_INFO, log },
    { origin: { allowed: options.allowedOrigins ?? [] }, heartbeatMs: options.heartbeatMs ?? 5_000 },
  );

  // Every tablet sees every robot's live state: where it is, whether it runs.
  const announce = (robotId: string) => {
    const info = robotInfo(fleet.get(robotId), runs);
    api.broadcast({
      type: 'robot.state',
      robotId,
      status: info.status,
      runId: info.runId,
      state: info.state,
    });
  };
  const unsubscribers = fleet.list().map((robot) => robot.onStateChange(() => announce(robot.id)));
  unsubscribers.push(runs.onStatusChange(announce));

  await listen(server, options.port, options.host);
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    url: `http://${shownHost}:${port}`,
    port,
    fleet,
    runs,
    api,
    async close() {
      for (const unsubscribe of unsubscribers) unsubscribe();
      await runs.stopAll();
      await api.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
