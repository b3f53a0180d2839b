import { z } from 'astro/zod';
import { parseIsoDate, toIsoDate } from '../vocab/format-date-vi';
import { t } from '../i18n/t';

/**
 * A calendar date written `YYYY-MM-DD` in YAML. YAML turns an unquoted date into a Date (UTC
 * midnight) and a quoted one stays a string; both come out as the `YYYY-MM-DD` string, so no
 * time zone can shift a day later.
 */
export const isoDate = z.union([z.date(), z.string()], { error: t('schema.date.format') }).transform((value, ctx) => {
  try {
    return typeof value === 'string' ? toIsoDate(parseIsoDate(value.trim())) : toIsoDate(value);
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: t('schema.date.invalid', { value: String(value) }),
    });
    return z.NEVER;
  }
});
