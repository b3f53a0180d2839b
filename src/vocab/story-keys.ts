/**
 * Every front-matter key a story may have, with what staff read about it: its Vietnamese name,
 * an example line, and what it is for. One table serves the schema's error messages, the checker
 * and the template that `npm run new:story` writes, so they never disagree.
 */
import { t } from '../i18n/t';

export interface StoryKeyDoc {
  /** Vietnamese name of the field, as error messages call it. */
  label: string;
  /** A correct line of front matter, shown in "how to fix". */
  example: string;
  /** What the field means, for the template's comments and the editor guide. */
  help: string;
  required: boolean;
}

export const STORY_KEYS = {
  title: {
    label: 'tiêu đề',
    example: 'title: "Chợ quê nói không với túi ni lông"',
    help: 'Tên bài, viết có dấu, ngắn gọn (tối đa 150 ký tự).',
    required: true,
  },
  summary: {
    label: 'tóm tắt',
    example: 'summary: "Một hai câu nói mô hình làm gì, ở đâu, kết quả ra sao."',
    help: 'Một hai câu (20–300 ký tự) hiện trên thẻ bài và khi chia sẻ.',
    required: true,
  },
  fields: {
    label: 'lĩnh vực',
    example: 'fields: [kinh-te, xa-hoi]',
    help: 'Một hoặc nhiều lĩnh vực: kinh-te, van-hoa, xa-hoi, an-ninh, quoc-phong (viết có dấu như “kinh tế” cũng được).',
    required: true,
  },
  place: {
    label: 'địa bàn',
    example: 'place: phuong-pho-hien (bài từ 01/07/2025) hoặc place: huyen-khoai-chau (bài đến 30/06/2025)',
    help: 'Nơi có mô hình, ghi như lúc đó (đến 30/06/2025: huyện, thị xã, thành phố; từ 01/07/2025: xã, phường hoặc tỉnh). Mã hoặc tên, có dấu hay không dấu, đều được; danh sách ở data/dia-ban.yaml.',
    required: true,
  },
  year: {
    label: 'năm của mô hình',
    example: 'year: 2024',
    help: 'Năm mô hình được thực hiện hoặc được giới thiệu (4 chữ số); ghi năm không có nghĩa là mô hình đã được công nhận chính thức.',
    required: true,
  },
  published: {
    label: 'ngày đăng',
    example: 'published: 2024-05-20',
    help: 'Ngày đăng bài, dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD), ví dụ 2024-05-20.',
    required: true,
  },
  agency: {
    label: 'cơ quan, đơn vị',
    example: 'agency: "Ủy ban nhân dân xã …"',
    help: 'Cơ quan, đơn vị thực hiện mô hình (không bắt buộc).',
    required: false,
  },
  cover: {
    label: 'ảnh bìa',
    example: 'cover: ./anh-bia.jpg',
    help: 'Tên tệp ảnh bìa đặt cùng thư mục với bài, bắt đầu bằng ./ (JPG, PNG, WebP hoặc SVG).',
    required: true,
  },
  coverAlt: {
    label: 'mô tả ảnh bìa',
    example: 'coverAlt: "Người dân xã … cùng dọn vệ sinh đường làng"',
    help: 'Mô tả ngắn nội dung ảnh bìa cho người khiếm thị (bắt buộc, 5–250 ký tự).',
    required: true,
  },
  points: {
    label: 'các điểm của Chỉ thị',
    example: 'points: [3, 4]',
    help: 'Các điểm của Chỉ thị (từ 1 đến 8) mà mô hình thực hiện; phong trào “Dân vận khéo” là điểm 3.',
    required: true,
  },
  principles: {
    label: 'phương châm',
    example: 'principles: [dan-ban, dan-lam]',
    help: 'Các vế của phương châm mô hình thể hiện: dan-biet, dan-ban, dan-lam, dan-kiem-tra, dan-giam-sat, dan-thu-huong (không bắt buộc).',
    required: false,
  },
  draft: {
    label: 'bản nháp',
    example: 'draft: true',
    help: 'true khi bài còn là bản nháp: xem được khi chạy npm run dev nhưng không lên trang; đổi thành false để đăng.',
    required: false,
  },
  illustrative: {
    label: 'bài minh họa',
    example: 'illustrative: true',
    help: 'true nếu là bài mẫu, không phải mô hình có thật: trang hiện nhãn “Bài viết minh họa”.',
    required: false,
  },
} as const satisfies Record<string, StoryKeyDoc>;

export type StoryKey = keyof typeof STORY_KEYS;

/**
 * "How to fix" text for a missing or wrong key.
 *
 * @example
 * missingMessage('title') // 'Thiếu tiêu đề (trường "title"). Cách sửa: thêm dòng title: "Chợ quê nói không với túi ni lông"'
 */
export function missingMessage(key: StoryKey): string {
  const doc = STORY_KEYS[key];
  return t('checker.key.missing', { label: doc.label, key, example: doc.example });
}

/**
 * Message for a key whose value is wrong: what is wrong, then a correct example.
 *
 * @example
 * invalidMessage('year', 'phải là năm có 4 chữ số') // 'Trường "year" (năm của mô hình) phải là năm có 4 chữ số. Cách sửa: viết như year: 2024'
 */
export function invalidMessage(key: StoryKey, problem: string): string {
  const doc = STORY_KEYS[key];
  return t('checker.key.invalid', { key, label: doc.label, problem, example: doc.example });
}

/** Edit distance, for "did you mean" on a mistyped key. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * Message for a key the schema does not know, suggesting the nearest real key.
 *
 * @example
 * unknownKeyMessage('titel') // 'Không có trường "titel". Có phải ý bạn là "title" (tiêu đề)? Cách sửa: sửa tên trường cho đúng hoặc xóa dòng này.'
 */
export function unknownKeyMessage(key: string): string {
  const keys = Object.keys(STORY_KEYS) as StoryKey[];
  const lower = key.toLowerCase();
  const best = keys.map((k) => ({ k, d: distance(lower, k.toLowerCase()) })).sort((x, y) => x.d - y.d)[0]!;
  const guess =
    best.d <= Math.max(2, Math.floor(best.k.length / 3))
      ? t('checker.key.guess', { key: best.k, label: STORY_KEYS[best.k].label })
      : '';
  return t('checker.key.unknown', { key, guess });
}
