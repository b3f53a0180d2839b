import { z } from 'astro/zod';
import { parseIsoDate } from '../lib/format-date-vi';

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
 * `npm run import:results`. It holds no unit name and no unit code, by construction.
 */
export const publishedUnitSchema = z.object({
  /** Random per-year pseudonym ("ĐV-017"; four digits and more from the 1000th unit); the same unit gets another one next year. */
  pseudonym: z.string().regex(/^ĐV-\d{3,}$/),
  group: z.string(),
  /** Reported by 15 November of the year. */
  onTime: z.boolean(),
  selfScore: z.number().min(0),
  appraisedScore: z.number().min(0),
  /** Rating band label from the year's rule. */
  rating: z.string(),
  /** Appraised points per criterion code. */
  criteria: z.record(z.string(), z.number().min(0)),
});

export const groupStatusSchema = z.discriminatedUnion('status', [
  z.object({ group: z.string(), status: z.literal('published'), units: z.number().int().min(3) }),
  /** Fewer than k units: nothing about the group is published, not even its exact size. */
  z.object({ group: z.string(), status: z.literal('suppressed'), reason: z.literal('below-k') }),
]);

export const yearResultsSchema = z.object({
  year: z.number().int().min(2020),
  /** Id of the rule file in data/rules/. */
  rule: z.string(),
  /** Minimum group size published (never below 3). */
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
export type YearResults = z.infer<typeof yearResultsSchema>;
