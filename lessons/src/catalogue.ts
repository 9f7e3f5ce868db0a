/**
 * The catalogue of official expectations that lessons refer to (lessons/catalogue/competences.json):
 * each entry quotes one text of the French national curriculum word for word, with where it comes from.
 *
 * Honesty about the wording is part of the data. `verification.status` says how the quoted text was
 * checked:
 *  - `verified-official`: read in the Bulletin officiel or on an official site (education.gouv.fr, eduscol);
 *  - `verified-secondary`: read word for word in a page that quotes the official text (an academy's page,
 *    a teachers' site), named in `readAt`; to be checked against the Bulletin officiel once more;
 *  - `unverified`: not found in any source read; `text` is then only the heading or the idea, and
 *    `searched` says what was looked for, so that someone can finish the job.
 */
import { z } from 'zod';
import { CycleSchema } from './levels.ts';
import { CompetenceIdSchema } from './schema.ts';

export const VERIFICATION_STATUSES = ['verified-official', 'verified-secondary', 'unverified'] as const;

export const CompetenceSchema = z
  .strictObject({
    id: CompetenceIdSchema,
    cycles: z.array(CycleSchema).min(1),
    /** The programme's domain and sub-domain, as it names them. */
    domain: z.string().min(1),
    /** `attendu` (expected at the end of the cycle), `competence`, `repere` (a landmark of progression), `rubrique` (a heading), `extrait` (a sentence of the programme's text), `socle` (the common base). */
    kind: z.enum(['attendu', 'competence', 'repere', 'rubrique', 'extrait', 'socle']),
    /** The official wording, word for word (see `verification`). */
    text: z.string().min(1),
    source: z.strictObject({
      /** The text and its date, e.g. « Programme de l'école maternelle, arrêté du 18-2-2015 modifié ». */
      title: z.string().min(1),
      /** Bulletin officiel number and date, as read (« BOENJS n° 25 du 24 juin 2021 »). */
      bulletin: z.string().min(1),
      /** Whether this text is in force on `checkedOn`, as far as the sources read say. */
      inForce: z.enum(['yes', 'replaced', 'partly-replaced', 'unknown']),
      note: z.string().min(1).exactOptional(),
    }),
    verification: z.strictObject({
      status: z.enum(VERIFICATION_STATUSES),
      /** Pages where the wording was read. */
      readAt: z.array(z.url()).default([]),
      /** What was searched for when it could not be found. */
      searched: z.array(z.string().min(1)).default([]),
      note: z.string().min(1).exactOptional(),
    }),
  })
  .superRefine((entry, ctx) => {
    const { status, readAt, searched } = entry.verification;
    if (status !== 'unverified' && readAt.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['verification', 'readAt'],
        message: 'a verified wording names where it was read',
      });
    }
    if (status === 'unverified' && searched.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['verification', 'searched'],
        message: 'an unverified wording says what was searched',
      });
    }
    const cycle = Number(entry.id.charAt(1));
    if (!entry.cycles.some((c) => c === cycle)) {
      ctx.addIssue({ code: 'custom', path: ['cycles'], message: `the id says cycle ${cycle}` });
    }
  });
export type Competence = z.infer<typeof CompetenceSchema>;

export const CatalogueSchema = z
  .strictObject({
    format: z.literal('atelier.competences'),
    version: z.literal(1),
    /** When the sources were last searched (YYYY-MM-DD). */
    checkedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    competences: z.array(CompetenceSchema).min(1),
  })
  .superRefine((catalogue, ctx) => {
    const seen = new Set<string>();
    catalogue.competences.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['competences', index, 'id'],
          message: `« ${entry.id} » en double`,
        });
      }
      seen.add(entry.id);
    });
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;
