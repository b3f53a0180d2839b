/**
 * Read and check data/van-hanh.yaml synchronously (the layout, the deploy-build guard and the
 * checker all need it before any page renders).
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { operatorSchema, type Operator } from '../../schemas/operator';

export const OPERATOR_FILE = 'data/van-hanh.yaml';

/**
 * Parse operator data; throws a Vietnamese message naming the file and field when it is wrong.
 *
 * @example
 * parseOperator({ email: 'a@b.vn' }, 'van-hanh.yaml').email // 'a@b.vn'
 */
export function parseOperator(raw: unknown, file: string): Operator {
  const parsed = operatorSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new Error(
      `Lỗi trong ${file}:\n${parsed.error.issues.map((i) => `  • ${i.path.join('.') || '(tệp)'}: ${i.message}`).join('\n')}`,
    );
  }
  return parsed.data;
}

/** The operator of this site, from data/van-hanh.yaml. */
export function readOperator(file: string = OPERATOR_FILE): Operator {
  return parseOperator(yaml.load(readFileSync(file, 'utf8')), file);
}
