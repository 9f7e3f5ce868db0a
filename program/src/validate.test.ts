import { describe, expect, it } from 'vitest';
import type { ErrorCode } from './errors/index.ts';
import { ifBlock, rawIf, rawProgram } from './test-support/programs.ts';
import {
  MAX_PROGRAM_TEXT_BYTES,
  parseProgramText,
  type ValidationProblem,
  type ValidationResult,
  validateProgram,
} from './validate.ts';

function problemsOf(result: ValidationResult): ValidationProblem[] {
  if (result.ok) throw new Error('expected the program to be refused');
  return result.problems;
}

/** The only problem of a refused program. */
function onlyProblem(input: unknown): ValidationProblem {
  const problems = problemsOf(validateProgram(input));
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  const [problem] = problems;
  if (problem === undefined) throw new Error('unreachable');
  return problem;
}

function expectProblem(
  problem: ValidationProblem,
  expected: { code: ErrorCode; blockId?: string; path: string; mentions: string[] },
): void {
  expect(problem.code).toBe(expected.code);
  expect(problem.blockId).toBe(expected.blockId);
  expect(problem.path).toBe(expected.path);
  for (const text of expected.mentions) expect(problem.message).toContain(text);
}

const SPEC_EXAMPLE = {
  format: 'atelier.program',
  version: 1,
  scripts: [
    {
      id: 's1',
      when: { event: 'start' },
      do: [
        {
          id: 'b1',
          op: 'repeat',
          times: 4,
          do: [
            { id: 'b2', op: 'move', direction: 'forward', steps: 1 },
            { id: 'b3', op: 'turn', direction: 'right' },
          ],
        },
        { id: 'b4', op: 'light', color: 'green' },
        { id: 'b5', op: 'melody', name: 'happy' },
      ],
    },
  ],
};

/** Every statement and expression of the format, once. */
const EVERYTHING = rawProgram(
  [
    { id: 'a1', op: 'move', direction: 'forward', steps: 2 },
    { id: 'a2', op: 'move', direction: 'backward', cm: { op: '*', a: 2, b: { var: 'n' } } },
    { id: 'a3', op: 'turn', direction: 'left', degrees: 45 },
    { id: 'a4', op: 'motors', left: 50, right: { op: '-', a: 0, b: 50 } },
    { id: 'a5', op: 'stop_motors' },
    { id: 'a6', op: 'wait', seconds: { random: [1, 3] } },
    { id: 'a7', op: 'wait_until', cond: { op: 'not', a: { sensor: 'obstacle_front' } } },
    { id: 'a8', op: 'repeat', times: 3, do: [{ id: 'a9', op: 'change', var: 'n', by: 1 }] },
    { id: 'a10', op: 'forever', do: [{ id: 'a11', op: 'stop' }] },
    {
      id: 'a12',
      op: 'while',
      cond: { op: 'and', a: { op: '<', a: { var: 'n' }, b: 10 }, b: true },
      do: [{ id: 'a13', op: 'change', var: 'n', by: 1 }],
    },
    {
      id: 'a14',
      op: 'until',
      cond: { op: 'or', a: { op: '>=', a: { sensor: 'timer_s' }, b: 5 }, b: false },
      do: [],
    },
    ifBlock(
      'a15',
      { op: '=', a: { var: 'name' }, b: 'Léa' },
      [{ id: 'a16', op: 'light', color: '#FF8800', target: 'top' }],
      [{ id: 'a17', op: 'light', color: 'off' }],
    ),
    { id: 'a18', op: 'sound', note: 'F#5', beats: 0.5 },
    { id: 'a19', op: 'sound', note: 'rest', beats: 1 },
    { id: 'a20', op: 'melody', name: 'victory' },
    { id: 'a21', op: 'display', image: 'heart' },
    { id: 'a22', op: 'display', image: '0900009000999990090000900' },
    { id: 'a23', op: 'display', text: 'Bonjour' },
    { id: 'a24', op: 'display', text: { op: '%', a: { var: 'n' }, b: 3 } },
    { id: 'a25', op: 'clear_display' },
    { id: 'a26', op: 'set', var: 'name', value: 'Léa' },
    { id: 'a27', op: 'set', var: 'n', value: { op: '/', a: 10, b: { op: '+', a: 1, b: 1 } } },
    { id: 'a28', op: 'broadcast', name: 'go' },
    { id: 'a29', op: 'call', name: 'square' },
    ifBlock('a30', { op: '!=', a: { var: 'n' }, b: 'x' }, []),
    ifBlock('a31', { op: 'and', a: { op: '<=', a: 1, b: 2 }, b: { op: '>', a: 2, b: 1 } }, []),
  ],
  {
    procedures: [
      { name: 'square', id: 'p1', do: [{ id: 'p2', op: 'move', direction: 'forward', steps: 1 }] },
    ],
  },
);

describe('validateProgram accepts', () => {
  it('the example of the spec, unchanged', () => {
    const result = validateProgram(SPEC_EXAMPLE);
    expect(result).toEqual({ ok: true, program: SPEC_EXAMPLE });
  });

  it('every statement and expression of the format', () => {
    const result = validateProgram({
      ...EVERYTHING,
      scripts: [
        ...(EVERYTHING.scripts as unknown[]),
        { id: 's2', when: { event: 'button', button: 'a' }, do: [] },
        { id: 's3', when: { event: 'obstacle' }, do: [] },
        { id: 's4', when: { event: 'clap' }, do: [] },
        { id: 's5', when: { event: 'tilt' }, do: [] },
        { id: 's6', when: { event: 'message', name: 'go' }, do: [] },
      ],
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('40 nested repeats (the deepest allowed)', () => {
    let body: unknown = { id: 'leaf', op: 'stop' };
    for (let i = 0; i < 39; i += 1) body = { id: `r${i}`, op: 'repeat', times: 1, do: [body] };
    expect(validateProgram(rawProgram([body])).ok).toBe(true);
  });
});

describe('validateProgram: size guard, before the schema', () => {
  it('refuses 10,000 nested repeats with PROGRAM_TOO_DEEP, not a stack overflow', () => {
    let body: unknown = { id: 'leaf', op: 'stop' };
    for (let i = 0; i < 10_000; i += 1) body = { id: `r${i}`, op: 'repeat', times: 1, do: [body] };
    const problem = onlyProblem(rawProgram([body]));
    expect(problem.code).toBe('PROGRAM_TOO_DEEP');
    // The outermost repeat is r9999 at depth 1; depth 41 is the first refused.
    expect(problem.blockId).toBe('r9959');
    expect(problem.message).toContain('40');
  });

  it('refuses an expression nested 10,000 deep', () => {
    let expr: unknown = true;
    for (let i = 0; i < 10_000; i += 1) expr = { op: 'not', a: expr };
    const problem = onlyProblem(rawProgram([{ id: 'w1', op: 'wait_until', cond: expr }]));
    expect(problem.code).toBe('PROGRAM_TOO_DEEP');
    expect(problem.blockId).toBe('w1');
    expect(problem.path.startsWith('scripts[0].do[0].cond.a.a')).toBe(true);
  });

  it('refuses more than 5,000 statements with PROGRAM_TOO_LARGE, counting them all', () => {
    const body = Array.from({ length: 6_000 }, (_, i) => ({ id: `b${i}`, op: 'stop_motors' }));
    const problem = onlyProblem(rawProgram(body));
    expectProblem(problem, {
      code: 'PROGRAM_TOO_LARGE',
      blockId: 'b5000',
      path: 'scripts[0].do[5000]',
      mentions: ['6000 blocs', '5000'],
    });
  });

  it('ends on a cyclic object', () => {
    const loop: { id: string; op: string; times: number; do: unknown[] } = {
      id: 'r',
      op: 'repeat',
      times: 1,
      do: [],
    };
    loop.do.push(loop);
    expect(onlyProblem(rawProgram([loop])).code).toBe('PROGRAM_TOO_DEEP');
  });
});

describe('parseProgramText', () => {
  it('parses and validates a program text', () => {
    expect(parseProgramText(JSON.stringify(SPEC_EXAMPLE))).toEqual({ ok: true, program: SPEC_EXAMPLE });
  });

  it('refuses text that is not JSON with PROGRAM_NOT_JSON', () => {
    const [problem] = problemsOf(parseProgramText('{ "format": '));
    expect(problem?.code).toBe('PROGRAM_NOT_JSON');
    expect(problem?.message).toContain('JSON invalide');
    expect(problem?.path).toBe('');
  });

  it('refuses a text over 512 KB before parsing it', () => {
    const text = `{"padding": "${'x'.repeat(MAX_PROGRAM_TEXT_BYTES)}"}`;
    const [problem] = problemsOf(parseProgramText(text));
    expect(problem?.code).toBe('PROGRAM_TOO_LARGE');
    expect(problem?.message).toContain('513 Ko, 512 au plus');
  });

  it('counts bytes, not characters (accents take two)', () => {
    const text = `{"padding": "${'é'.repeat(MAX_PROGRAM_TEXT_BYTES / 2)}"}`;
    expect(text.length).toBeLessThan(MAX_PROGRAM_TEXT_BYTES);
    expect(problemsOf(parseProgramText(text))[0]?.code).toBe('PROGRAM_TOO_LARGE');
  });

  it('refuses a text of 10,000 nested repeats cleanly', () => {
    const open = '{"id":"r","op":"forever","do":['.repeat(10_000);
    const text = `{"format":"atelier.program","version":1,"scripts":[{"id":"s1","when":{"event":"start"},"do":[${open}${']}'.repeat(10_000)}]}]}`;
    const [problem] = problemsOf(parseProgramText(text));
    expect(problem?.code).toBe('PROGRAM_TOO_DEEP');
  });

  it('speaks English when asked', () => {
    const [problem] = problemsOf(
      parseProgramText(JSON.stringify(rawProgram([{ id: 'b1', op: 'jump' }])), 'en'),
    );
    expect(problem?.message).toBe('Unknown block "jump": this block does not exist in this version.');
  });
});

describe('validateProgram: the document', () => {
  it('refuses what is not a program object', () => {
    for (const input of [[], 'program', null, 42]) {
      expectProblem(onlyProblem(input), {
        code: 'PROGRAM_NOT_A_PROGRAM',
        path: '',
        mentions: ['Atelier Robots'],
      });
    }
  });

  it('refuses another format, another version and no scripts, all at once', () => {
    const problems = problemsOf(validateProgram({ format: 'scratch', version: 2, scripts: [] }));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['PROGRAM_NOT_A_PROGRAM', 'format'],
      ['PROGRAM_BAD_VERSION', 'version'],
      ['PROGRAM_NO_SCRIPT', 'scripts'],
    ]);
    expect(problems[1]?.message).toContain('version 2');
    expect(problems[2]?.message).toContain('« quand le programme démarre »');
  });

  it('refuses an unknown top-level field', () => {
    expectProblem(onlyProblem({ ...SPEC_EXAMPLE, author: 'Léa' }), {
      code: 'PROGRAM_UNKNOWN_FIELD',
      path: 'author',
      mentions: ['« programme »', '« author »'],
    });
  });

  it('refuses scripts that is not a list', () => {
    expectProblem(onlyProblem({ format: 'atelier.program', version: 1, scripts: {} }), {
      code: 'PROGRAM_WRONG_TYPE',
      path: 'scripts',
      mentions: ['une liste', 'les scripts'],
    });
  });
});

describe('validateProgram: blocks and fields', () => {
  it('names an unknown block', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'jump' }])), {
      code: 'PROGRAM_UNKNOWN_BLOCK',
      blockId: 'b1',
      path: 'scripts[0].do[0].op',
      mentions: ["Bloc inconnu « jump » : ce bloc n'existe pas dans cette version."],
    });
  });

  it('names an unknown event, on the script', () => {
    const input = {
      format: 'atelier.program',
      version: 1,
      scripts: [{ id: 's1', when: { event: 'jump' }, do: [] }],
    };
    expectProblem(onlyProblem(input), {
      code: 'PROGRAM_UNKNOWN_EVENT',
      blockId: 's1',
      path: 'scripts[0].when.event',
      mentions: ['« jump »'],
    });
  });

  it('reports a missing field with the block name', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'turn' }])), {
      code: 'PROGRAM_MISSING_FIELD',
      blockId: 'b1',
      path: 'scripts[0].do[0].direction',
      mentions: ['la direction', '« tourner »'],
    });
    expectProblem(onlyProblem(rawProgram([{ id: 'b2', op: 'wait' }])), {
      code: 'PROGRAM_MISSING_FIELD',
      blockId: 'b2',
      path: 'scripts[0].do[0].seconds',
      mentions: ['la durée', '« attendre »'],
    });
    expectProblem(onlyProblem(rawProgram([{ id: 'b3' }])), {
      code: 'PROGRAM_MISSING_FIELD',
      blockId: 'b3',
      path: 'scripts[0].do[0].op',
      mentions: ['le type de bloc'],
    });
  });

  it('reports a missing starting event', () => {
    const input = { format: 'atelier.program', version: 1, scripts: [{ id: 's1', do: [] }] };
    expectProblem(onlyProblem(input), {
      code: 'PROGRAM_MISSING_FIELD',
      blockId: 's1',
      path: 'scripts[0].when',
      mentions: ["l'événement de départ"],
    });
  });

  it('says a number is needed where an object stands', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'wait', seconds: { foo: 1 } }])), {
      code: 'PROGRAM_WRONG_TYPE',
      blockId: 'b1',
      path: 'scripts[0].do[0].seconds',
      mentions: ['il faut un nombre ici', '« attendre »'],
    });
    expectProblem(onlyProblem(rawProgram([rawIf({ id: 'b2', cond: [true] })])), {
      code: 'PROGRAM_WRONG_TYPE',
      blockId: 'b2',
      path: 'scripts[0].do[0].cond',
      mentions: ['une condition', '« si »'],
    });
  });

  it('says a block is needed where a statement is not an object, on the block that holds it', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'r1', op: 'repeat', times: 2, do: [42] }])), {
      code: 'PROGRAM_WRONG_TYPE',
      blockId: 'r1',
      path: 'scripts[0].do[0].do[0]',
      mentions: ['il faut un bloc ici', '« répéter »'],
    });
  });

  it('says a list of blocks is needed for a body', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'f1', op: 'forever', do: 'move' }])), {
      code: 'PROGRAM_WRONG_TYPE',
      blockId: 'f1',
      path: 'scripts[0].do[0].do',
      mentions: ['une suite de blocs', '« répéter indéfiniment »'],
    });
  });

  it('names a value that is not among the choices', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'move', direction: 'up', steps: 1 }])), {
      code: 'PROGRAM_BAD_CHOICE',
      blockId: 'b1',
      path: 'scripts[0].do[0].direction',
      mentions: ['« up »', 'forward, backward', '« avancer »'],
    });
    expectProblem(onlyProblem(rawProgram([{ id: 'b2', op: 'melody', name: 'jingle' }])), {
      code: 'PROGRAM_BAD_CHOICE',
      blockId: 'b2',
      path: 'scripts[0].do[0].name',
      mentions: ['« jingle »', 'happy', '« mélodie »'],
    });
    const button = {
      format: 'atelier.program',
      version: 1,
      scripts: [{ id: 's1', when: { event: 'button', button: 'z' }, do: [] }],
    };
    expectProblem(onlyProblem(button), {
      code: 'PROGRAM_BAD_CHOICE',
      blockId: 's1',
      path: 'scripts[0].when.button',
      mentions: ['« z »', 'le bouton', '« quand on appuie sur un bouton »'],
    });
  });

  it('names a bad colour, note and image', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'light', color: 'pink' }])), {
      code: 'PROGRAM_BAD_COLOR',
      blockId: 'b1',
      path: 'scripts[0].do[0].color',
      mentions: ['« pink »', '« lumière »', 'red, green'],
    });
    expectProblem(onlyProblem(rawProgram([{ id: 'b2', op: 'light', color: 3 }])), {
      code: 'PROGRAM_BAD_COLOR',
      blockId: 'b2',
      path: 'scripts[0].do[0].color',
      mentions: ['« 3 »'],
    });
    expectProblem(onlyProblem(rawProgram([{ id: 'b3', op: 'sound', note: 'H9', beats: 1 }])), {
      code: 'PROGRAM_BAD_NOTE',
      blockId: 'b3',
      path: 'scripts[0].do[0].note',
      mentions: ['« H9 »', '« note »', 'C4'],
    });
    expectProblem(onlyProblem(rawProgram([{ id: 'b4', op: 'display', image: 'cat' }])), {
      code: 'PROGRAM_BAD_IMAGE',
      blockId: 'b4',
      path: 'scripts[0].do[0].image',
      mentions: ['« cat »', '« afficher »', 'heart'],
    });
  });

  it('wants exactly one of steps and cm in move, and of image and text in display', () => {
    expectProblem(
      onlyProblem(rawProgram([{ id: 'b1', op: 'move', direction: 'forward', steps: 1, cm: 10 }])),
      {
        code: 'PROGRAM_CONFLICTING_FIELDS',
        blockId: 'b1',
        path: 'scripts[0].do[0]',
        mentions: ['« avancer »', 'le nombre de pas', 'la distance en centimètres'],
      },
    );
    expectProblem(onlyProblem(rawProgram([{ id: 'b2', op: 'move', direction: 'backward' }])), {
      code: 'PROGRAM_MISSING_FIELD',
      blockId: 'b2',
      path: 'scripts[0].do[0]',
      mentions: ['« reculer »', 'le nombre de pas ou la distance en centimètres'],
    });
    expectProblem(onlyProblem(rawProgram([{ id: 'b3', op: 'display', image: 'heart', text: 'hi' }])), {
      code: 'PROGRAM_CONFLICTING_FIELDS',
      blockId: 'b3',
      path: 'scripts[0].do[0]',
      mentions: ['« afficher »', "l'image", 'le texte'],
    });
  });

  it('still finds a move with neither steps nor cm when the block has another problem', () => {
    const problems = problemsOf(validateProgram(rawProgram([{ id: 'b1', op: 'move', direction: 'up' }])));
    expect(problems.map((p) => p.code).sort()).toEqual(['PROGRAM_BAD_CHOICE', 'PROGRAM_MISSING_FIELD']);
    expect(problems.every((p) => p.blockId === 'b1')).toBe(true);
  });

  it('names an unknown field', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'stop', speed: 3 }])), {
      code: 'PROGRAM_UNKNOWN_FIELD',
      blockId: 'b1',
      path: 'scripts[0].do[0].speed',
      mentions: ['« speed »', '« arrêter le programme »'],
    });
  });

  it('refuses a block id that is empty or too long, showing it on the enclosing block', () => {
    expectProblem(onlyProblem(rawProgram([{ id: '', op: 'stop' }])), {
      code: 'PROGRAM_BAD_ID',
      blockId: 's1',
      path: 'scripts[0].do[0].id',
      mentions: ['« arrêter le programme »', '64'],
    });
    expect(onlyProblem(rawProgram([{ id: 'x'.repeat(65), op: 'stop' }])).code).toBe('PROGRAM_BAD_ID');
  });

  it('refuses a blank or overlong name', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'set', var: '   ', value: 1 }])), {
      code: 'PROGRAM_BAD_NAME',
      blockId: 'b1',
      path: 'scripts[0].do[0].var',
      mentions: ['le nom de la variable', '« mettre la variable »', '40'],
    });
    expect(onlyProblem(rawProgram([{ id: 'b2', op: 'broadcast', name: 'm'.repeat(41) }])).code).toBe(
      'PROGRAM_BAD_NAME',
    );
    expectProblem(onlyProblem(rawProgram([{ id: 'b3', op: 'wait', seconds: { var: '' } }])), {
      code: 'PROGRAM_BAD_NAME',
      blockId: 'b3',
      path: 'scripts[0].do[0].seconds.var',
      mentions: ['« attendre »'],
    });
  });

  it('refuses a text over 200 characters', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'display', text: 'a'.repeat(201) }])), {
      code: 'PROGRAM_TEXT_TOO_LONG',
      blockId: 'b1',
      path: 'scripts[0].do[0].text',
      mentions: ['« afficher »', '200'],
    });
  });
});

describe('validateProgram: expressions, one clear message per place', () => {
  it('names an unknown sensor deep inside a calculation', () => {
    const input = rawProgram([{ id: 'b1', op: 'wait', seconds: { op: '+', a: 1, b: { sensor: 'radar' } } }]);
    expectProblem(onlyProblem(input), {
      code: 'PROGRAM_UNKNOWN_SENSOR',
      blockId: 'b1',
      path: 'scripts[0].do[0].seconds.b.sensor',
      mentions: ['« radar »', '« attendre »'],
    });
  });

  it('names an unknown operation', () => {
    expectProblem(
      onlyProblem(
        rawProgram([{ id: 'b1', op: 'turn', direction: 'left', degrees: { op: '^', a: 2, b: 3 } }]),
      ),
      {
        code: 'PROGRAM_UNKNOWN_OPERATOR',
        blockId: 'b1',
        path: 'scripts[0].do[0].degrees.op',
        mentions: ['« ^ »', '« tourner »'],
      },
    );
  });

  it('reports a missing operand', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'wait', seconds: { op: '-', a: 2 } }])), {
      code: 'PROGRAM_MISSING_FIELD',
      blockId: 'b1',
      path: 'scripts[0].do[0].seconds.b',
      mentions: ['une valeur du calcul', '« attendre »'],
    });
  });

  it('refuses random without two bounds', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'wait', seconds: { random: [1] } }])), {
      code: 'PROGRAM_BAD_EXPRESSION',
      blockId: 'b1',
      path: 'scripts[0].do[0].seconds.random',
      mentions: ['nombre au hasard', '« attendre »'],
    });
  });

  it('refuses an unknown key beside a variable', () => {
    expectProblem(
      onlyProblem(rawProgram([{ id: 'b1', op: 'set', var: 'x', value: { var: 'y', default: 0 } }])),
      {
        code: 'PROGRAM_UNKNOWN_FIELD',
        blockId: 'b1',
        path: 'scripts[0].do[0].value.default',
        mentions: ['« default »'],
      },
    );
  });

  it('reports every problem of the program, each once', () => {
    const problems = problemsOf(
      validateProgram(
        rawProgram([
          { id: 'b1', op: 'jump' },
          { id: 'b2', op: 'wait', seconds: null },
          { id: 'b3', op: 'repeat', times: 2, do: [{ id: 'b4', op: 'light', color: 'pink' }] },
          rawIf({ id: 'b5', cond: { op: 'and', a: { sensor: 'x' }, b: { op: '?' } } }),
        ]),
      ),
    );
    expect(problems.map((p) => [p.code, p.blockId])).toEqual([
      ['PROGRAM_UNKNOWN_BLOCK', 'b1'],
      ['PROGRAM_WRONG_TYPE', 'b2'],
      ['PROGRAM_BAD_COLOR', 'b4'],
      ['PROGRAM_UNKNOWN_SENSOR', 'b5'],
      ['PROGRAM_UNKNOWN_OPERATOR', 'b5'],
    ]);
  });
});

describe('validateProgram: every problem in one pass', () => {
  it('also checks the well-formed blocks of a program the schema refuses', () => {
    const problems = problemsOf(
      validateProgram(
        rawProgram([
          { id: 'p1', op: 'jump' },
          { id: 'p2', op: 'move', direction: 'forward', steps: 'loin' },
          { id: 'p3', op: 'repeat', times: 2, do: [{ id: 'p2', op: 'wait', seconds: { random: [3, 1] } }] },
          { id: 'p4', op: 'turn', direction: 'up', degrees: 'droit' },
        ]),
      ),
    );
    expect(problems.map((p) => [p.code, p.blockId, p.path])).toEqual([
      ['PROGRAM_UNKNOWN_BLOCK', 'p1', 'scripts[0].do[0].op'],
      ['PROGRAM_BAD_CHOICE', 'p4', 'scripts[0].do[3].direction'],
      ['PROGRAM_DUPLICATE_ID', 'p2', 'scripts[0].do[2].do[0].id'],
      ['PROGRAM_TEXT_NOT_ALLOWED', 'p2', 'scripts[0].do[1].steps'],
      ['PROGRAM_BAD_RANDOM', 'p2', 'scripts[0].do[2].do[0].seconds.random'],
      ['PROGRAM_TEXT_NOT_ALLOWED', 'p4', 'scripts[0].do[3].degrees'],
    ]);
  });
});

describe('validateProgram: what the schema cannot see', () => {
  it('refuses two blocks with the same id', () => {
    expectProblem(
      onlyProblem(
        rawProgram([
          { id: 'b1', op: 'stop_motors' },
          { id: 'b1', op: 'turn', direction: 'left' },
        ]),
      ),
      {
        code: 'PROGRAM_DUPLICATE_ID',
        blockId: 'b1',
        path: 'scripts[0].do[1].id',
        mentions: ['« b1 »', '« tourner »'],
      },
    );
    // A statement may not reuse its script's id either.
    expect(onlyProblem(rawProgram([{ id: 's1', op: 'stop' }])).code).toBe('PROGRAM_DUPLICATE_ID');
  });

  it('refuses a call to a procedure that does not exist', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'c1', op: 'call', name: 'carré' }])), {
      code: 'PROGRAM_UNKNOWN_PROCEDURE',
      blockId: 'c1',
      path: 'scripts[0].do[0].name',
      mentions: ['« appeler »', '« carré »'],
    });
  });

  it('refuses two procedures with the same name', () => {
    const input = rawProgram([], {
      procedures: [
        { name: 'danse', id: 'p1', do: [] },
        { name: 'danse', id: 'p2', do: [] },
      ],
    });
    expectProblem(onlyProblem(input), {
      code: 'PROGRAM_DUPLICATE_PROCEDURE',
      blockId: 'p2',
      path: 'procedures[1].name',
      mentions: ['« danse »', '« définir »'],
    });
  });

  it('refuses a procedure that calls itself', () => {
    const input = rawProgram([{ id: 'c0', op: 'call', name: 'spin' }], {
      procedures: [
        {
          name: 'spin',
          id: 'p1',
          do: [{ id: 'c1', op: 'repeat', times: 2, do: [{ id: 'c2', op: 'call', name: 'spin' }] }],
        },
      ],
    });
    expectProblem(onlyProblem(input), {
      code: 'PROGRAM_RECURSION',
      blockId: 'c2',
      path: 'procedures[0].do[0].do[0]',
      mentions: ['spin → spin', '« appeler »'],
    });
  });

  it('refuses indirect recursion once per cycle, on the call that closes it', () => {
    const input = rawProgram([{ id: 'c0', op: 'call', name: 'a' }], {
      procedures: [
        { name: 'a', do: [{ id: 'ca', op: 'call', name: 'b' }] },
        { name: 'b', do: [{ id: 'cb', op: 'call', name: 'c' }] },
        { name: 'c', do: [{ id: 'cc', op: 'call', name: 'a' }] },
        { name: 'd', do: [{ id: 'cd', op: 'call', name: 'a' }] },
      ],
    });
    expectProblem(onlyProblem(input), {
      code: 'PROGRAM_RECURSION',
      blockId: 'cc',
      path: 'procedures[2].do[0]',
      mentions: ['a → b → c → a', '« c »'],
    });
  });

  it('counts nesting through calls: a chain of procedures deeper than 40 is PROGRAM_TOO_DEEP', () => {
    const chain = (length: number) =>
      rawProgram([{ id: 'go', op: 'repeat', times: 1, do: [{ id: 'c0', op: 'call', name: 'p0' }] }], {
        procedures: Array.from({ length }, (_, i) => ({
          name: `p${i}`,
          do:
            i + 1 < length
              ? [{ id: `c${i + 1}`, op: 'call', name: `p${i + 1}` }]
              : [{ id: 'end', op: 'stop' }],
        })),
      });
    // repeat (1) + call (2) + one block per procedure: 39 procedures reach depth 41.
    expect(validateProgram(chain(38)).ok).toBe(true);
    expectProblem(onlyProblem(chain(39)), {
      code: 'PROGRAM_TOO_DEEP',
      blockId: 'c0',
      path: 'scripts[0].do[0].do[0]',
      mentions: ['40'],
    });
    // Thousands of procedures calling each other: a clean refusal, not a stack overflow.
    expect(onlyProblem(chain(4_000)).code).toBe('PROGRAM_TOO_DEEP');
  });

  it('accepts a procedure called from several places (no cycle)', () => {
    const input = rawProgram(
      [
        { id: 'c0', op: 'call', name: 'a' },
        { id: 'c1', op: 'call', name: 'b' },
      ],
      {
        procedures: [
          { name: 'a', do: [{ id: 'ca', op: 'call', name: 'b' }] },
          { name: 'b', do: [] },
        ],
      },
    );
    expect(validateProgram(input).ok).toBe(true);
  });

  it.each([
    ['move.steps', { op: 'move', direction: 'forward', steps: 'deux' }, 'steps', '« avancer »'],
    ['move.cm', { op: 'move', direction: 'forward', cm: '10' }, 'cm', '« avancer »'],
    ['turn.degrees', { op: 'turn', direction: 'left', degrees: '90' }, 'degrees', '« tourner »'],
    ['motors.left', { op: 'motors', left: 'vite', right: 50 }, 'left', '« moteurs »'],
    ['wait.seconds', { op: 'wait', seconds: 'un peu' }, 'seconds', '« attendre »'],
    ['repeat.times', { op: 'repeat', times: 'trois', do: [] }, 'times', '« répéter »'],
    ['sound.beats', { op: 'sound', note: 'C4', beats: 'deux' }, 'beats', '« note »'],
    ['change.by', { op: 'change', var: 'x', by: 'un' }, 'by', '« ajouter à la variable »'],
    ['arithmetic', { op: 'wait', seconds: { op: '+', a: 1, b: 'deux' } }, 'seconds.b', '« attendre »'],
    ['comparison', { op: 'wait_until', cond: { op: '<', a: 'a', b: 1 } }, 'cond.a', "« attendre jusqu'à »"],
    ['condition', rawIf({ cond: 'oui' }), 'cond', '« si »'],
    ['and', { op: 'while', cond: { op: 'and', a: true, b: 'non' }, do: [] }, 'cond.b', '« tant que »'],
    ['random bound', { op: 'wait', seconds: { random: ['1', 2] } }, 'seconds.random[0]', '« attendre »'],
    [
      'arithmetic in set',
      { op: 'set', var: 'x', value: { op: '*', a: 'ab', b: 2 } },
      'value.a',
      '« mettre la variable »',
    ],
  ])('refuses a text where a number or condition is expected: %s', (_name, statement, path, block) => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', ...statement }])), {
      code: 'PROGRAM_TEXT_NOT_ALLOWED',
      blockId: 'b1',
      path: `scripts[0].do[0].${path}`,
      mentions: [block, 'pas le texte'],
    });
  });

  it('allows texts in display.text, set.value and as operands of = and !=', () => {
    const input = rawProgram([
      { id: 'b1', op: 'display', text: 'Bravo' },
      { id: 'b2', op: 'set', var: 'x', value: 'chat' },
      ifBlock('b3', { op: '=', a: { var: 'x' }, b: 'Chat' }, []),
      ifBlock('b4', { op: '!=', a: 'a', b: 'b' }, []),
    ]);
    expect(validateProgram(input).ok).toBe(true);
  });

  it('wants whole random bounds, the smaller first', () => {
    expectProblem(onlyProblem(rawProgram([{ id: 'b1', op: 'wait', seconds: { random: [1.5, 3] } }])), {
      code: 'PROGRAM_BAD_RANDOM',
      blockId: 'b1',
      path: 'scripts[0].do[0].seconds.random',
      mentions: ['de 1.5 à 3', '« attendre »'],
    });
    expect(onlyProblem(rawProgram([{ id: 'b2', op: 'wait', seconds: { random: [5, 1] } }])).code).toBe(
      'PROGRAM_BAD_RANDOM',
    );
    expect(
      validateProgram(rawProgram([{ id: 'b3', op: 'wait', seconds: { random: [{ var: 'n' }, 1] } }])).ok,
    ).toBe(true);
    expect(validateProgram(rawProgram([{ id: 'b4', op: 'wait', seconds: { random: [2, 2] } }])).ok).toBe(
      true,
    );
  });
});
