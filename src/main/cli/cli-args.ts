import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { clusterSpecSchema } from '../../shared/cluster';
import { clvSpecSchema } from '../../shared/clv';
import { ordersSpecSchema, rfmSpecSchema, rulesSpecSchema, type ModelSpec } from '../../shared/segments';

export const MODELS = ['rfm', 'rules', 'kmeans', 'kprototypes', 'clv', 'orders'] as const;
export type ModelName = (typeof MODELS)[number];

/** The model named on the command line. */
export function checkModel(model: string): ModelName {
  if (!(MODELS as readonly string[]).includes(model))
    throw new AppError('E_USAGE', `--model takes ${MODELS.join(', ')}, got "${model}"`);
  return model as ModelName;
}

export function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new AppError('E_USAGE', `${flag} takes a positive whole number, got "${text}"`);
  return n;
}

/** A model spec from a JSON file (defaults for what it leaves out), checked with the schema the app uses. */
/** A number strictly between 0 and 1 (a rate, a level, a power). */
export function unitShare(text: string, flag: string): number {
  const v = Number(text);
  if (!(v > 0 && v < 1))
    throw new AppError('E_USAGE', `${flag} takes a share between 0 and 1 (0.05 for 5 %), got "${text}"`);
  return v;
}

export function readSpec(file: string | undefined, model: ModelName): ModelSpec {
  let raw: unknown = {};
  if (file) {
    try {
      raw = JSON.parse(readFileSync(resolve(file), 'utf8'));
    } catch (err) {
      throw new AppError('E_BAD_SPEC', `${file}: ${(err as Error).message}`);
    }
  }
  const schema =
    model === 'rfm'
      ? rfmSpecSchema
      : model === 'rules'
        ? rulesSpecSchema
        : model === 'clv'
          ? clvSpecSchema
          : model === 'orders'
            ? ordersSpecSchema
            : clusterSpecSchema;
  const parsed = schema.safeParse({ ...(raw as object), model });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('E_BAD_SPEC', `${file}: ${issue.path.join('.') || 'spec'}: ${issue.message}`, {
      path: issue.path,
    });
  }
  return parsed.data;
}

/** A value by a schema, or E_USAGE naming the first thing wrong with it. */
export function parse<T>(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError('E_USAGE', `invalid ${issue.path.join('.') || 'option'}: ${issue.message}`);
}
