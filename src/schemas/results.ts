import { z } from 'astro/zod';
import { parseIsoDate } from '../vocab/format-date-vi';

/** A real calendar date as `YYYY-MM-DD` (2025-02-30 is refused, not rolled over to March). */
const isoDate = z.string().refine((s) => {
  try {
    parseIsoDate(s);
    return true;
  } catch {
    return false;
  }
}, 'Expected a real calendar date as YYYY-MM-DD');

/**
 * One year's published, anonymized results (data/results/YYYY.json), as written by
 * `npm run import:results`. It holds no unit name and no unit code, by construction, and its
 * per-unit rows are k-anonymous over what an outsider may know of a unit (src/lib/results/k-anonymity.ts).
 */
export const publishedUnitSchema = z.object({
  /** Random per-year pseudonym ("ĐV-017", "ĐV-1017" past 999 units); the same unit gets another one next year. */
  pseudonym: z.string().regex(/^ĐV-\d{3,}$/),
  group: z.string(),
  /** Reported by 15 November of the year; null when published only as the group's count. */
  onTime: z.boolean().nullable(),
  /** Exact, a band [from, to) (the top band includes the maximum), or null (suppressed). */
  selfScore: z.union([z.number().min(0), z.object({ from: z.number().min(0), to: z.number().min(0) }), z.null()]),
  /** Null when the rating is not published exactly (the score would give it back). */
  appraisedScore: z.number().min(0).nullable(),
  /** Rating band label from the year's rule, a merged label ("Tốt trở lên"), or null. */
  rating: z.string().nullable(),
  /** Appraised points per criterion code; null with the appraised score. */
  criteria: z.record(z.string(), z.number().min(0)).nullable(),
});

/** The generalization chosen for a group's rows (a node of the lattice). */
export const generalizationSchema = z.object({
  selfScore: z.enum(['exact', 'band-1', 'band-5', 'band-10', 'suppressed']),
  onTime: z.enum(['exact', 'group']),
  rating: z.enum(['exact', 'merged', 'suppressed']),
});

/** How much a group's rows lost to k-anonymity. */
export const lossSchema = z.object({
  cells: z.number().int().min(0),
  generalized: z.number().int().min(0),
  suppressed: z.number().int().min(0),
  hiddenRows: z.number().int().min(0),
  ratio: z.number().min(0).max(1),
});

export const groupStatusSchema = z.discriminatedUnion('status', [
  z.object({
    group: z.string(),
    status: z.literal('published'),
    /** Units assessed in the group (every one counts in the group's figures). */
    units: z.number().int().min(3),
    /** Reported by 15 November (count, exact). */
    onTime: z.number().int().min(0),
    /** Units per rating band label (exact). */
    ratings: z.record(z.string(), z.number().int().min(0)),
    /** Means over all the group's units, 2 decimals; null when publishing one would give back a value the rows hide. */
    meanSelf: z.number().nullable(),
    meanAppraised: z.number().nullable(),
    /** Mean of (self − appraised); null when either mean is withheld. */
    meanGap: z.number().nullable(),
    generalization: generalizationSchema,
    loss: lossSchema,
  }),
  /** Fewer than k units: nothing about the group is published, not even its exact size. */
  z.object({ group: z.string(), status: z.literal('suppressed'), reason: z.literal('below-k') }),
]);

export const yearResultsSchema = z.object({
  year: z.number().int().min(2020),
  /** Id of the rule file in data/rules/. */
  rule: z.string(),
  /** Minimum group size and equivalence class size published (never below 3). */
  k: z.number().int().min(3),
  /** Reporting deadline (15 November of the year). */
  deadline: isoDate,
  /** Date the results were imported for publication: the datasets' "last update". */
  published: isoDate,
  /** True for the generated illustrative data the site ships until real results are imported. */
  sample: z.boolean(),
  groups: z.array(groupStatusSchema),
  units: z.array(publishedUnitSchema),
});

export type PublishedUnit = z.infer<typeof publishedUnitSchema>;
export type GroupStatus = z.infer<typeof groupStatusSchema>;
export type PublishedGroup = Extract<GroupStatus, { status: 'published' }>;
export type Generalization = z.infer<typeof generalizationSchema>;
export type YearResults = z.infer<typeof yearResultsSchema>;
