/**
 * Moved to src/vocab/format-date-vi.ts (the schemas need it, and src/vocab/ is the room below them).
 * This re-export keeps four callers outside this branch's files working until they point there:
 * src/lib/results/import-sheet.ts, src/lib/results/validate-sheet.ts, src/pages/du-lieu/index.astro,
 * src/pages/ket-qua/phuong-phap.astro.
 *
 * @deprecated import from src/vocab/format-date-vi.ts
 * @example
 * formatDateShortVi('2022-02-21') // '21/02/2022'
 */
export { formatDateShortVi, formatDateVi, parseIsoDate, toIsoDate } from '../vocab/format-date-vi';
