/**
 * Golden files: each `golden/<name>.workspace.json` (Blockly's JSON serialization, as the editor saves
 * it) must give exactly `golden/<name>.program.json`, and that program must be valid format v1.
 * After a deliberate change of the output, regenerate with `UPDATE_GOLDEN=1 npx vitest run editor` and
 * read the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as Blockly from 'blockly/core';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ProgramSchema } from '../../../program/src/schema.ts';
import { validateProgram } from '../../../program/src/validate.ts';
import { BLOCK_DEFINITIONS, registerBlocks } from '../blocks/register.ts';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { floorRobotToolbox } from '../toolbox/floor-robot.ts';
import { GenerateError } from './context.ts';
import { EVENT_GENERATORS, generateProgram, STATEMENT_GENERATORS } from './program.ts';

const goldenDir = new URL('./golden/', import.meta.url);
const names = readdirSync(goldenDir)
  .filter((file) => file.endsWith('.workspace.json'))
  .map((file) => file.slice(0, -'.workspace.json'.length))
  .sort();

const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, goldenDir), 'utf8'));

let workspace: Blockly.Workspace;

function load(state: unknown): Blockly.Workspace {
  workspace = new Blockly.Workspace();
  Blockly.serialization.workspaces.load(state as Record<string, unknown>, workspace);
  return workspace;
}

beforeAll(() => registerBlocks('fr'));
afterEach(() => workspace?.dispose());

describe('golden files', () => {
  test('cover the cases the editor must get right', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'empty-start',
        'square',
        'all-blocks',
        'nested-repeats',
        'two-scripts',
        'floating-ignored',
      ]),
    );
  });

  test.each(names)('%s', (name) => {
    const program = generateProgram(load(readJson(`${name}.workspace.json`)));
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(new URL(`${name}.program.json`, goldenDir), `${JSON.stringify(program, null, 2)}\n`);
    }
    expect(program).toEqual(readJson(`${name}.program.json`));
    const parsed = ProgramSchema.safeParse(program);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const validated = validateProgram(program);
    expect(validated.ok ? [] : validated.problems).toEqual([]);
  });

  test('every block type of the toolbox appears in some golden workspace', () => {
    const used = new Set(
      names.flatMap(
        (name) =>
          readFileSync(new URL(`${name}.workspace.json`, goldenDir), 'utf8').match(/atelier_\w+/g) ?? [],
      ),
    );
    for (const item of floorRobotToolbox.contents) {
      expect(used).toContain((item as { type: string }).type);
    }
  });
});

describe('generator', () => {
  test('a workspace with no hat gives no script', () => {
    const ws = load({
      blocks: { languageVersion: 0, blocks: [{ type: 'atelier_move_forward', id: 'alone', x: 0, y: 0 }] },
    });
    expect(generateProgram(ws).scripts).toEqual([]);
  });

  test('a block the generator does not know is reported on that block, in French', () => {
    // A block of a newer toolbox, say, that this generator has no function for.
    Blockly.common.defineBlocksWithJsonArray([
      { type: 'test_unknown', message0: 'x', previousStatement: null, nextStatement: null },
    ]);
    const ws = load({
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'atelier_when_start',
            id: 'start',
            next: { block: { type: 'test_unknown', id: 'stranger' } },
          },
        ],
      },
    });
    let thrown: unknown;
    try {
      generateProgram(ws);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GenerateError);
    expect(thrown).toMatchObject({ blockId: 'stranger', message: fr['problem.invalid_value'] });
  });
});

describe('blocks', () => {
  test('every block has exactly one generator, every generator a block', () => {
    const defined = BLOCK_DEFINITIONS.map((definition) => definition.type).sort();
    const generated = [...Object.keys(STATEMENT_GENERATORS), ...Object.keys(EVENT_GENERATORS)].sort();
    expect(generated).toEqual(defined);
  });

  test('every %{BKY_…} text of a block exists in French and in English', () => {
    const references = JSON.stringify(BLOCK_DEFINITIONS).match(/%\{BKY_(\w+)\}/g) ?? [];
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      const key = reference.slice('%{BKY_'.length, -1);
      expect(fr, key).toHaveProperty(key);
      expect(en, key).toHaveProperty(key);
    }
  });

  test('a block shows its French text', () => {
    const block = load({
      blocks: { languageVersion: 0, blocks: [{ type: 'atelier_move_forward', id: 'f' }] },
    }).getBlockById('f');
    expect(block?.toString()).toContain('avancer de');
  });

  test("each translation keeps the block's %1, %2 … places", () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      const places = (text: string) => (text.match(/%\d/g) ?? []).sort();
      expect(places(en[key]), key).toEqual(places(fr[key]));
    }
  });
});
