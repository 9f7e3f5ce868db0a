/**
 * The lesson format: one JSON file per lesson, `lessons/packs/<level>/<id>.json`, checked against this
 * schema wherever a lesson enters (the lesson check, the editor's lesson player); the types are inferred
 * from it. docs/lessons.md describes every field for the people who write lessons.
 *
 * What the schema cannot see — competences that exist in the catalogue, robots that have a profile,
 * programs that the robot can run and that use only the toolbox's blocks, goals that the solutions meet
 * and that a wrong program misses — is the lesson check's (check/check-lesson.ts).
 */
import { z } from 'zod';
import { ProfileIdSchema } from '../../firmware-profiles/src/schema.ts';
import { ProgramSchema } from '../../program/src/schema.ts';
import { BLOCK_TYPES } from './blocks.ts';
import { GoalSchema, goalDepth, MAX_GOAL_DEPTH } from './goals/schema.ts';
import { CycleSchema, LEVEL_CYCLE, LevelSchema } from './levels.ts';
import { LocalizedTextSchema } from './localized.ts';
import { DEFAULT_RUN_SETTINGS, RunSettingsSchema } from './run-settings.ts';
import { LessonWorldSchema } from './world.ts';

/** `ps-01-bonjour-robot`: the level, a two-digit rank, a few words; also the file's name. */
export const LessonIdSchema = z
  .string()
  .max(64)
  .regex(
    /^(ps|ms|gs|cp|ce1|ce2|cm1|cm2)-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'identifiant attendu : « ps-01-mots-en-minuscules »',
  );

/** `c1-espace-trajet-codage`: cycle, then words. */
export const CompetenceIdSchema = z
  .string()
  .max(80)
  .regex(/^c[1-3](?:-[a-z0-9]+)+$/, 'identifiant attendu : « c2-espace-coder-deplacements »');

/**
 * How long the instructions may be, read aloud: a 4-year-old follows one or two short sentences; a
 * CM2 pupil reads a short paragraph. Counted on the French text.
 */
export const INSTRUCTION_LIMITS = {
  1: { characters: 140, sentences: 2 },
  2: { characters: 300, sentences: 4 },
  3: { characters: 500, sentences: 6 },
} as const;

const LocalizedList = (min: number, max: number) => z.array(LocalizedTextSchema).min(min).max(max);

export const SolutionSchema = z.strictObject({
  program: ProgramSchema,
  /** What this way of solving shows, for the teacher (several solutions may be compared in the debrief). */
  note: LocalizedTextSchema.exactOptional(),
});

export const WrongProgramSchema = z.strictObject({
  program: ProgramSchema,
  /** The mistake it stands for (« tourne à gauche au lieu de droite »). */
  mistake: LocalizedTextSchema,
});

export const TeacherNotesSchema = z.strictObject({
  /** What the pupils learn, in the teacher's words. */
  objective: LocalizedTextSchema,
  /** What to prepare: the mat, the robots, the groups, printed cards. */
  preparation: LocalizedTextSchema,
  /** An activity without a robot or a screen, before the lesson (« en débranché »). */
  warmUp: LocalizedTextSchema,
  /** Questions for the debrief, in the order to ask them. */
  debrief: LocalizedList(2, 6),
  adaptations: z.strictObject({
    /** For a pupil of a ULIS class (unité localisée pour l'inclusion scolaire). */
    ulis: LocalizedTextSchema,
    /** For a pupil who does not speak French yet (élève allophone). */
    newToFrench: LocalizedTextSchema,
  }),
});

export const ParentSheetSchema = z.strictObject({
  whatWeDid: LocalizedTextSchema,
  /** How to help at home, without a robot. */
  helpAtHome: LocalizedTextSchema,
  /** A challenge to try at home (on paper, with the body, or on the simulated robot in home mode). */
  challenge: LocalizedTextSchema,
});

export const LessonSchema = z
  .strictObject({
    format: z.literal('atelier.lesson'),
    version: z.literal(1),
    id: LessonIdSchema,
    level: LevelSchema,
    cycle: CycleSchema,
    /** Rank in its level's progression, from 1. */
    order: z.number().int().min(1).max(99),
    title: LocalizedTextSchema,
    /** Read aloud to the pupil by the lesson player: see INSTRUCTION_LIMITS. */
    instructions: LocalizedTextSchema,
    /** Minutes, warm-up and debrief included. */
    durationMin: z.number().int().min(5).max(90),
    competences: z.array(CompetenceIdSchema).min(1).max(6),
    /** The robots this lesson is written and checked for (firmware profile ids). */
    robots: z.strictObject({ profiles: z.array(ProfileIdSchema).min(1) }),
    toolbox: z.strictObject({
      blocks: z.array(z.enum(BLOCK_TYPES)).min(1),
      /** The most statement blocks a program may have (a challenge that calls for a loop). */
      maxBlocks: z.number().int().min(1).max(100).exactOptional(),
    }),
    world: LessonWorldSchema,
    startProgram: ProgramSchema,
    goal: GoalSchema,
    /**
     * Other situations in which the same program must meet the goal (its own, or the lesson's): another
     * mat, other button presses, another draw of `random`. One program for every distance to the wall
     * is what makes a sensor worth reading.
     */
    variants: z
      .array(
        z.strictObject({
          world: LessonWorldSchema,
          goal: GoalSchema.exactOptional(),
          run: RunSettingsSchema.exactOptional(),
        }),
      )
      .max(5)
      .default([]),
    run: RunSettingsSchema.default(() => ({ ...DEFAULT_RUN_SETTINGS, inputs: [] })),
    solutions: z.array(SolutionSchema).min(1).max(5),
    /** Typical mistakes, each of which must miss the goal (the check proves it). */
    wrongPrograms: z.array(WrongProgramSchema).max(5).default([]),
    /** Each gives a little more than the one before. */
    hints: LocalizedList(2, 5),
    teacherNotes: TeacherNotesSchema,
    parentSheet: ParentSheetSchema,
  })
  .superRefine((lesson, ctx) => {
    const expected = LEVEL_CYCLE[lesson.level];
    if (lesson.cycle !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['cycle'],
        message: `le ${lesson.level} est au cycle ${expected}`,
      });
    }
    if (!lesson.id.startsWith(`${lesson.level.toLowerCase()}-`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `l'identifiant doit commencer par « ${lesson.level.toLowerCase()}- »`,
      });
    }
    if (new Set(lesson.toolbox.blocks).size !== lesson.toolbox.blocks.length) {
      ctx.addIssue({ code: 'custom', path: ['toolbox', 'blocks'], message: 'un bloc est nommé deux fois' });
    }
    if (goalDepth(lesson.goal) > MAX_GOAL_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['goal'],
        message: `buts imbriqués sur plus de ${MAX_GOAL_DEPTH} niveaux`,
      });
    }
  });
export type Lesson = z.infer<typeof LessonSchema>;
export type LessonInput = z.input<typeof LessonSchema>;
export type Solution = z.infer<typeof SolutionSchema>;
