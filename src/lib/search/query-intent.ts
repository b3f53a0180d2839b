/**
 * What a query asks for beyond its words, read the way citizens type: a date of a document
 * ("21/2/2022", "ngày 21-02-2022"), a point of the directive ("điểm 6", "diem 8", "khoản 3"), or
 * the assessment results ("kết quả năm 2024", "xếp loại", "điểm đánh giá").
 */
import { foldVi } from '../../vocab/fold-vi';

export interface QueryIntent {
  /** The query with any date written as documents write it ("21 tháng 02 năm 2022"). */
  query: string;
  /** Phrases a page holding the date has: "21 tháng 02 năm 2022", "21 tháng 2 năm 2022"… */
  datePhrases: string[];
  /** The directive's point asked for, 1–8. */
  point: number | null;
  /** Whether the words ask for assessment results (scores, rankings). */
  results: boolean;
}

/** d/m/yyyy, d-m-yy, d.m.yyyy, or d/m without a year. */
const DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)/;
/** The same written out, folded: "21 thang 2 nam 2022", "ngay 21 thang 02". */
const DATE_WORDS = /(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?(?!\d)/;
/** "điểm 6", "diem 6", "khoản 3", "mục 2", "điểm thứ 6" (folded). */
const POINT = /(?:^|\s)(?:diem|khoan|muc)\s+(?:thu\s+|so\s+)?([1-8])(?!\d|[.,]\d)/;
/** Folded words that ask for files to download: the open-data page answers them, not the results pages. */
const DATA_WORDS = /(?:^|\s)(?:du lieu|csv|json|tai ve|tai xuong|tep)(?:\s|$)/;
/** Folded words that ask for the assessment results. */
const RESULTS_WORDS =
  /(?:^|\s)(?:ket qua|xep loai|xep hang|diem danh gia|cham diem|tu cham|tham dinh|bang diem)(?:\s|$)/;

/**
 * Read a query's intent.
 *
 * @example
 * readIntent('chi thi 21/2/2022').datePhrases // ['21 tháng 02 năm 2022', '21 tháng 2 năm 2022', '21/02/2022', '21/2/2022']
 * readIntent('diem 8').point // 8
 * readIntent('kết quả năm 2024').results // true
 */
export function readIntent(raw: string): QueryIntent {
  const q = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const folded = foldVi(q);
  const intent: QueryIntent = {
    query: q,
    datePhrases: [],
    point: null,
    results: RESULTS_WORDS.test(folded) && !DATA_WORDS.test(folded),
  };
  const point = POINT.exec(folded);
  if (point && !intent.results) intent.point = Number(point[1]);
  const written = DATE_WORDS.exec(folded);
  const date = DATE.exec(q) ?? written;
  if (date) {
    const day = Number(date[1]);
    const month = Number(date[2]);
    const year = date[3] ? (date[3].length === 2 ? 2000 + Number(date[3]) : Number(date[3])) : null;
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      const dd = String(day).padStart(2, '0');
      const mm = String(month).padStart(2, '0');
      const y = year ? ` năm ${year}` : '';
      const slashed = (d: string, m: string) => `${d}/${m}${year ? `/${year}` : ''}`;
      intent.datePhrases = [
        ...new Set([
          `${dd} tháng ${mm}${y}`,
          `${day} tháng ${month}${y}`,
          slashed(dd, mm),
          slashed(String(day), String(month)),
        ]),
      ];
      // Documents write "ngày 21 tháng 02 năm 2022": the loose search looks for those words.
      if (date !== written) intent.query = q.replace(date[0], intent.datePhrases[0]!).replace(/\s+/g, ' ').trim();
    }
  }
  return intent;
}
