/**
 * The walking skeleton, end to end, in a real browser: a pupil drags blocks from the toolbox with the
 * mouse, connects them under the green-flag hat, presses the flag; the bridge runs the program on a
 * virtual floor robot; the running block lights up and the robot ends where the program says, on the
 * mat and in the bridge's own report. A reload keeps the blocks; a damaged saved workspace does not
 * break the page.
 *
 * Peers: Debian's Chromium at /usr/bin/chromium (PEERS.md). Without it the suite is skipped with a
 * warning, unless REQUIRE_PEERS=1 (CI), where it fails.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ServerMessage } from '../../bridge/src/protocol/messages.ts';
import { type Bridge, startBridge } from '../../bridge/src/server.ts';
import { fr } from '../../editor/src/i18n/fr.ts';
import { CORRUPT_KEY, WORKSPACE_KEY } from '../../editor/src/workspace/workspace-store.ts';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  const message = `walking-skeleton e2e: ${CHROMIUM} is missing (apt-get install chromium)`;
  if (process.env.REQUIRE_PEERS === '1') throw new Error(`${message}; REQUIRE_PEERS=1 forbids skipping`);
  console.warn(`⚠⚠⚠ SKIPPED — ${message} ⚠⚠⚠`);
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const editorDist = fileURLToPath(new URL('../../editor/dist/index.html', import.meta.url));
/** A landscape tablet (iPad Air class). */
const TABLET = { width: 1180, height: 820 };
/** Where a screenshot of the run goes, for a human to look at (E2E_SCREENSHOTS=1). */
const SCREENSHOT = '/tmp/atelier-editor-run.png';

type Point = { x: number; y: number };
type Box = Point & { width: number; height: number };

describe.skipIf(!haveChromium)('walking skeleton: blocks → bridge → floor robot', () => {
  let bridge: Bridge;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(editorDist)) {
      const { build } = await import('vite');
      await build({ configFile: `${repoRoot}editor/vite.config.ts`, logLevel: 'warn' });
    }
    bridge = await startBridge({ port: 0, host: '127.0.0.1', log: () => {} });
    // launch() gives the browser a fresh temporary profile of its own, deleted on close.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await bridge?.close();
  });

  /** A new tablet: its own storage, and every frame the bridge sends it recorded. */
  async function openTablet(): Promise<{ page: Page; frames: ServerMessage[]; errors: string[] }> {
    const context = await browser.newContext({ viewport: TABLET });
    contexts.push(context);
    const page = await context.newPage();
    const frames: ServerMessage[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('websocket', (socket) =>
      socket.on('framereceived', (frame) => frames.push(JSON.parse(String(frame.payload)) as ServerMessage)),
    );
    await page.goto(bridge.url);
    await connected(page);
    return { page, frames, errors };
  }

  test('a pupil drags when-start, forward 2, turn right, forward 1, presses the flag, and the robot goes there', async () => {
    const { page, frames, errors } = await openTablet();
    await recordHighlights(page);

    // Build the program with the mouse, from the toolbox's flyout.
    const workspaceArea = await box(page, '.blocklyMainBackground');
    const flyoutArea = await box(page, '.blocklyFlyoutBackground');
    await dragFromFlyout(page, 'atelier_when_start', {
      x: flyoutArea.x + flyoutArea.width + 60,
      y: workspaceArea.y + 40,
    });
    const forward2 = await dragUnderStack(page, 'atelier_move_forward');
    await setNumber(page, forward2, 'STEPS', 2);
    const turn = await dragUnderStack(page, 'atelier_turn_right');
    const forward1 = await dragUnderStack(page, 'atelier_move_forward');
    expect(await stackOnWorkspace(page)).toEqual([
      { type: 'atelier_when_start', fields: {} },
      { type: 'atelier_move_forward', fields: { STEPS: 2 } },
      { type: 'atelier_turn_right', fields: {} },
      { type: 'atelier_move_forward', fields: { STEPS: 1 } },
    ]);

    await page.getByTestId('green-flag').click();
    const started = await waitForFrame(frames, (m) => m.type === 'run.started', 10_000);
    if (process.env.E2E_SCREENSHOTS === '1') {
      await waitForFrame(frames, (m) => m.type === 'run.step' && m.blockId === turn, 10_000);
      await page.screenshot({ path: SCREENSHOT });
    }
    const done = await waitForFrame(frames, (m) => m.type === 'run.done', 30_000);

    // The bridge's own account of the run.
    expect(done).toMatchObject({ type: 'run.done', reason: 'finished', state: { x: 1, y: 2, heading: 90 } });
    if (started.type !== 'run.started' || done.type !== 'run.done') throw new Error('unreachable');
    expect(done.runId).toBe(started.runId);
    const steps = frames.flatMap((m) => (m.type === 'run.step' ? [m.blockId] : []));
    expect(steps).toEqual([forward2, turn, forward1]);

    // What the pupil sees: the robot on the mat, and each block lit up while it ran, none after.
    const robot = page.getByTestId('mat-robot');
    await expect.poll(() => robot.getAttribute('data-x')).toBe('1');
    expect(await robot.getAttribute('data-y')).toBe('2');
    expect(await robot.getAttribute('data-heading')).toBe('90');
    const highlights = await page.evaluate(
      () => (window as unknown as { highlights: HighlightLog }).highlights,
    );
    expect(highlights.attribute).toEqual([forward2, turn, forward1, null]);
    expect(highlights.blocklyClass).toEqual(expect.arrayContaining([forward2, turn, forward1]));
    await expect.poll(() => page.locator('.blocklyHighlighted').count()).toBe(0);
    expect(errors).toEqual([]);

    // A reload (or a tab closed and opened again) keeps the program.
    await page.reload();
    await connected(page);
    expect(await stackOnWorkspace(page)).toEqual([
      { type: 'atelier_when_start', fields: {} },
      { type: 'atelier_move_forward', fields: { STEPS: 2 } },
      { type: 'atelier_turn_right', fields: {} },
      { type: 'atelier_move_forward', fields: { STEPS: 1 } },
    ]);
    expect(await page.getByTestId('banner').count()).toBe(0);
  }, 90_000);

  test('a move the robot cannot make shows the French error on its block and in a banner', async () => {
    const { page, frames } = await openTablet();
    const workspaceArea = await box(page, '.blocklyMainBackground');
    const flyoutArea = await box(page, '.blocklyFlyoutBackground');
    await dragFromFlyout(page, 'atelier_when_start', {
      x: flyoutArea.x + flyoutArea.width + 60,
      y: workspaceArea.y + 40,
    });
    // The robot starts in the bottom-left corner facing north: one step back leaves the mat.
    const back = await dragUnderStack(page, 'atelier_move_backward');
    await page.getByTestId('green-flag').click();
    const error = await waitForFrame(frames, (m) => m.type === 'run.error', 15_000);
    expect(error).toMatchObject({ code: 'ROBOT_BLOCKED', blockId: back });
    if (error.type !== 'run.error') throw new Error('unreachable');
    await waitForFrame(frames, (m) => m.type === 'run.done', 15_000);

    await expect.poll(() => page.getByTestId('banner').textContent()).toContain(error.message);
    const warning = await page.evaluate((id) => {
      const icon = document
        .querySelector('atelier-workspace')
        ?.blocklyWorkspace?.getBlockById(id)
        ?.getIcons()
        .find((candidate) => String(candidate.getType()) === 'warning') as
        | { getText(): string; bubbleIsVisible(): boolean }
        | undefined;
      return icon && { text: icon.getText(), open: icon.bubbleIsVisible() };
    }, back);
    expect(warning).toEqual({ text: error.message, open: true });
    expect(await page.getByTestId('mat-robot').getAttribute('data-bumped')).toBe('true');

    // The teacher (or pupil) closes the banner with its big × button.
    await page.getByRole('button', { name: fr['banner.close'] }).click();
    await expect.poll(() => page.getByTestId('banner').count()).toBe(0);
  }, 60_000);

  test('the flag with no green-flag block tells the pupil what to do, and nothing runs', async () => {
    const { page, frames } = await openTablet();
    await dragFromFlyout(page, 'atelier_move_forward', { x: 600, y: 300 });
    await page.getByTestId('green-flag').click();
    await expect.poll(() => page.getByTestId('banner').textContent()).toContain(fr['run.no_script']);
    expect(frames.filter((m) => m.type === 'run.started')).toEqual([]);
  }, 60_000);

  test.each([
    ['not JSON', '{"blocks": {"blocks": [oops'],
    [
      'a block Blockly does not know',
      JSON.stringify({ blocks: { languageVersion: 0, blocks: [{ type: 'no_such_block' }] } }),
    ],
  ])(
    'a saved workspace that is %s is kept aside, and the page starts empty and says so',
    async (_what, damaged) => {
      const { page, errors } = await openTablet();
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
        WORKSPACE_KEY,
        damaged,
      ] as const);
      await page.reload();
      await connected(page);
      await expect.poll(() => page.getByTestId('banner').textContent()).toContain(fr['storage.corrupt']);
      expect(await page.evaluate((key) => localStorage.getItem(key), CORRUPT_KEY)).toBe(damaged);
      expect(await stackOnWorkspace(page)).toEqual([]);
      expect(errors).toEqual([]);
      // And the page still works: a block can be dragged in.
      await dragFromFlyout(page, 'atelier_when_start', { x: 600, y: 200 });
      expect(await stackOnWorkspace(page)).toEqual([{ type: 'atelier_when_start', fields: {} }]);
    },
    60_000,
  );
});

// ── Page helpers ─────────────────────────────────────────────────────────────────────────────────

interface HighlightLog {
  /** Successive values of atelier-workspace's data-running-block (null when removed). */
  attribute: (string | null)[];
  /** Ids of the blocks Blockly drew with its highlighted class. */
  blocklyClass: string[];
}

async function connected(page: Page): Promise<void> {
  await page
    .locator('[data-testid="connection-status"][data-status="connected"]')
    .waitFor({ timeout: 15_000 });
  await page.locator('.blocklyFlyout .blocklyDraggable').first().waitFor();
}

async function box(page: Page, selector: string): Promise<Box> {
  // The trashcan has a flyout of its own, hidden until opened: only the visible match counts.
  const found = await page.locator(`${selector} >> visible=true`).first().boundingBox();
  if (!found) throw new Error(`${selector} is not visible`);
  return found;
}

/** Records, in the page, every block that gets lit up while the program runs. */
async function recordHighlights(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: HighlightLog = { attribute: [], blocklyClass: [] };
    (window as unknown as { highlights: HighlightLog }).highlights = log;
    const workspace = document.querySelector('atelier-workspace');
    if (!workspace) throw new Error('no atelier-workspace');
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target = mutation.target as Element;
        if (mutation.attributeName === 'data-running-block' && target === workspace) {
          log.attribute.push(workspace.getAttribute('data-running-block'));
        }
        if (mutation.attributeName === 'class' && target.classList.contains('blocklyHighlighted')) {
          const id = target.getAttribute('data-id');
          if (id && !log.blocklyClass.includes(id)) log.blocklyClass.push(id);
        }
      }
    }).observe(workspace, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-running-block', 'class'],
    });
  });
}

/** The id and on-screen box of the toolbox's block of `type`. */
async function flyoutBlock(page: Page, type: string): Promise<{ id: string; box: Box }> {
  const id = await page.evaluate((wanted) => {
    const flyout = document.querySelector('atelier-workspace')?.blocklyWorkspace?.getFlyout()?.getWorkspace();
    return flyout?.getTopBlocks(false).find((block) => block.type === wanted)?.id;
  }, type);
  if (!id) throw new Error(`no ${type} in the toolbox`);
  return { id, box: await box(page, `.blocklyFlyout [data-id="${id}"]`) };
}

/**
 * Presses the mouse on the left of a toolbox block (its icon, not a field), drags, and releases so that
 * the block's top-left corner lands on `topLeft`. Returns the id of the new block on the workspace.
 */
async function dragFromFlyout(page: Page, type: string, topLeft: Point): Promise<string> {
  const before = await blockIds(page);
  const source = await flyoutBlock(page, type);
  const grab = { x: 22, y: source.box.height - 24 };
  await page.mouse.move(source.box.x + grab.x, source.box.y + grab.y);
  await page.mouse.down();
  await page.mouse.move(source.box.x + grab.x + 20, source.box.y + grab.y + 5, { steps: 4 });
  await page.mouse.move(topLeft.x + grab.x, topLeft.y + grab.y, { steps: 12 });
  await page.mouse.up();
  const added = (await blockIds(page)).filter((id) => !before.includes(id));
  if (added.length !== 1 || !added[0]) throw new Error(`dragging ${type} added ${JSON.stringify(added)}`);
  return added[0];
}

/** Drags a block of `type` from the toolbox to hang under the last block of the workspace's stack. */
async function dragUnderStack(page: Page, type: string): Promise<string> {
  const stack = await stackIds(page);
  const last = stack.at(-1);
  if (!last) throw new Error('no stack to hang a block under');
  const under = await box(page, `.blocklyWorkspace > .blocklyBlockCanvas [data-id="${last}"] > .blocklyPath`);
  // The block's bottom edge carries the notch that the next block's top fits; aim just above it.
  const id = await dragFromFlyout(page, type, { x: under.x, y: under.y + under.height - 8 });
  expect(await stackIds(page)).toEqual([...stack, id]);
  return id;
}

/** Taps a number field of a workspace block and types a new value, as a pupil does. */
async function setNumber(page: Page, blockId: string, field: string, value: number): Promise<void> {
  const handle = await page.evaluateHandle(
    ([id, name]) => {
      const root = document
        .querySelector('atelier-workspace')
        ?.blocklyWorkspace?.getBlockById(id)
        ?.getField(name)
        ?.getSvgRoot();
      if (!root) throw new Error(`no field ${name} on ${id}`);
      return root;
    },
    [blockId, field] as const,
  );
  const fieldBox = await handle.boundingBox();
  if (!fieldBox) throw new Error('field not visible');
  await page.mouse.click(fieldBox.x + fieldBox.width / 2, fieldBox.y + fieldBox.height / 2);
  const input = page.locator('.blocklyWidgetDiv .blocklyHtmlInput');
  await input.waitFor();
  await input.fill(String(value));
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

async function blockIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      document
        .querySelector('atelier-workspace')
        ?.blocklyWorkspace?.getAllBlocks(false)
        .map((block) => block.id) ?? [],
  );
}

/** The ids down the first stack of the workspace. */
async function stackIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids: string[] = [];
    const top = document.querySelector('atelier-workspace')?.blocklyWorkspace?.getTopBlocks(true)[0] ?? null;
    for (let block = top; block; block = block.getNextBlock()) ids.push(block.id);
    return ids;
  });
}

/** Type and field values down the first stack of the workspace. */
async function stackOnWorkspace(page: Page): Promise<{ type: string; fields: Record<string, unknown> }[]> {
  return page.evaluate(() => {
    const stack: { type: string; fields: Record<string, unknown> }[] = [];
    const top = document.querySelector('atelier-workspace')?.blocklyWorkspace?.getTopBlocks(true)[0] ?? null;
    for (let block = top; block; block = block.getNextBlock()) {
      const fields: Record<string, unknown> = {};
      for (const input of block.inputList) {
        for (const field of input.fieldRow)
          if (field.name && field.isSerializable()) fields[field.name] = field.getValue();
      }
      stack.push({ type: block.type, fields });
    }
    return stack;
  });
}

async function waitForFrame(
  frames: readonly ServerMessage[],
  match: (message: ServerMessage) => boolean,
  timeoutMs: number,
): Promise<ServerMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = frames.find(match);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no such frame within ${timeoutMs} ms; last: ${JSON.stringify(frames.slice(-3))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
