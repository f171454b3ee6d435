import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { rfmSpecSchema, rulesSpecSchema, type ModelSpec } from '../../shared/segments';

/** The model named on the command line. */
export function checkModel(model: string): 'rfm' | 'rules' {
  if (model !== 'rfm' && model !== 'rules') throw new AppError('E_USAGE', `--model takes rfm or rules, got "${model}"`);
  return model;
}

export function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new AppError('E_USAGE', `${flag} takes a positive whole number, got "${text}"`);
  return n;
}

/** A model spec from a JSON file (defaults for what it leaves out), checked with the schema the app uses. */
export function readSpec(file: string | undefined, model: 'rfm' | 'rules'): ModelSpec {
  let raw: unknown = {};
  if (file) {
    try {
      raw = JSON.parse(readFileSync(resolve(file), 'utf8'));
    } catch (err) {
      throw new AppError('E_BAD_SPEC', `${file}: ${(err as Error).message}`);
    }
  }
  const parsed = (model === 'rfm' ? rfmSpecSchema : rulesSpecSchema).safeParse({ ...(raw as object), model });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('E_BAD_SPEC', `${file}: ${issue.path.join('.') || 'spec'}: ${issue.message}`, { path: issue.path });
  }
  return parsed.data;
}
