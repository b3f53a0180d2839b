/**
 * A results year's key figures as short written sentences (the poster prints them; the
 * loudspeaker script says the same sentences with numbers in words).
 */
import { t } from '../../i18n/t';
import { formatDateShortVi } from '../../vocab/format-date-vi';
import { formatNumberVi, formatPercentVi } from '../results/format-number-vi';
import type { YearPosterFigures } from './year-figures';

export interface YearSentences {
  units: string;
  bands: string;
  /** Null when no unit was published (no mean to state). */
  means: string | null;
  onTime: string | null;
  /** Null when no group was hidden. */
  suppressed: string | null;
}

/**
 * @example
 * yearSentences(figures).units // '136 cơ quan, đơn vị thuộc 3 nhóm được công bố kết quả, chấm điểm theo Quyết định 04/2025/QĐ-UBND.'
 */
export function yearSentences(f: YearPosterFigures): YearSentences {
  return {
    units: t('poster.year.units', { units: formatNumberVi(f.units), groups: f.publishedGroups, rule: f.ruleNumber }),
    bands: t('poster.year.bands', {
      list: f.bands.map((b) => t('poster.year.band', { count: formatNumberVi(b.count), band: b.label })).join(', '),
    }),
    means:
      f.meanAppraised === null || f.meanSelf === null
        ? null
        : t('poster.year.means', { appraised: formatNumberVi(f.meanAppraised), self: formatNumberVi(f.meanSelf) }),
    onTime:
      f.onTimeRate === null
        ? null
        : t('poster.year.onTime', { rate: formatPercentVi(f.onTimeRate), deadline: formatDateShortVi(f.deadline) }),
    suppressed: f.suppressedGroups.length
      ? t('poster.year.suppressed', { k: f.k, groups: f.suppressedGroups.join(', ') })
      : null,
  };
}
