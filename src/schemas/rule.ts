import { z } from 'astro/zod';
import { t } from '../i18n/t';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t('schema.rule.date'));

/** One scored criterion of a rule. */
export const criterionSchema = z.object({
  /** Column name in the import sheet, e.g. "TC1". */
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, t('schema.rule.criterionCode')),
  name: z.string().min(3),
  /** Maximum points. */
  max: z.number().positive(),
});

/** A rating band: a unit whose appraised total is at least `min` (and below the next band) gets `label`. */
export const bandSchema = z.object({ label: z.string().min(2), min: z.number().min(0) });

/**
 * A provincial scoring rule (Quyết định … /QĐ-UBND) with the period it is in force. The rule of a
 * year is the one in force on that year's reporting deadline (see src/lib/results/rule-for-year.ts).
 */
export const ruleSchema = z
  .object({
    /** Official number, e.g. "04/2025/QĐ-UBND". */
    number: z.string().min(5),
    issued: isoDate,
    validFrom: isoDate,
    /**
     * false when nobody has verified the date the rule took effect: validFrom then only places the
     * rule in time for choosing each year's rule, and the site shows the date as "chưa cập nhật".
     */
    validFromKnown: z.boolean().optional(),
    /** Last day in force (inclusive); absent while still in force. */
    validTo: isoDate.optional(),
    /**
     * True while the criteria and points are placeholders: the project does not hold the official
     * text. Staff set it to false when they enter the official criteria; the site then stops saying
     * the rule is illustrative.
     */
    illustrative: z.boolean(),
    criteria: z.array(criterionSchema).min(1),
    bands: z.array(bandSchema).min(1),
  })
  .superRefine((rule, ctx) => {
    const codes = rule.criteria.map((c) => c.code);
    if (new Set(codes).size !== codes.length)
      ctx.addIssue({ code: 'custom', message: t('schema.rule.duplicateCodes') });
    if (!rule.bands.some((b) => b.min === 0)) ctx.addIssue({ code: 'custom', message: t('schema.rule.zeroBand') });
  });

export type Criterion = z.infer<typeof criterionSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Rule = z.infer<typeof ruleSchema> & { id: string };
