import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/renderer/src/api';
import { describeError } from '../../../../src/renderer/src/errors/describe-error';
import type { ErrorData } from '../../../../src/shared/errors';
import { messages } from '../../../../src/shared/i18n';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: messages.en } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});
const shown = (err: unknown) => {
  const d = describeError(err, (key) => i18n.exists(key));
  return { code: d.code, text: i18n.t(d.textKey), details: d.details };
};

describe('describeError', () => {
  it('shows an ApiError with its own translated text', () => {
    const err = new ApiError({ code: 'E_NOT_A_WORKSPACE', message: 'not a SQLite database' });
    expect(shown(err)).toEqual({
      code: 'E_NOT_A_WORKSPACE',
      text: 'This file is not a SegmentDesk workspace. Choose a .segdesk file. The file was not changed.',
      details: 'E_NOT_A_WORKSPACE: not a SQLite database',
    });
  });

  it('shows plain { code } data (the menu with no workspace open) with its own text, not as an internal error', () => {
    expect(shown({ code: 'E_NO_WORKSPACE' })).toEqual({
      code: 'E_NO_WORKSPACE',
      text: 'Open or create a workspace first.',
      details: 'E_NO_WORKSPACE',
    });
    expect(shown({ code: 'E_NO_WORKSPACE', message: 'No workspace is open.' })).toEqual({
      code: 'E_NO_WORKSPACE',
      text: 'Open or create a workspace first.',
      details: 'E_NO_WORKSPACE: No workspace is open.',
    });
  });

  it('shows an Error without a code, a string and nothing at all as an internal error', () => {
    const internal = 'An unexpected error occurred. Your workspace was not changed.';
    expect(shown(new TypeError('x is undefined'))).toEqual({
      code: 'E_INTERNAL',
      text: internal,
      details: 'E_INTERNAL: x is undefined',
    });
    expect(shown('boom')).toEqual({ code: 'E_INTERNAL', text: internal, details: 'E_INTERNAL: boom' });
    expect(shown(undefined)).toEqual({ code: 'E_INTERNAL', text: internal, details: 'E_INTERNAL: undefined' });
    expect(shown({ code: 42, message: 'odd' })).toEqual({
      code: 'E_INTERNAL',
      text: internal,
      details: 'E_INTERNAL: odd',
    });
  });

  it('keeps an unknown code (for Details) but shows the internal error text', () => {
    expect(shown(new ApiError({ code: 'E_FROM_THE_FUTURE', message: 'new in main' } as unknown as ErrorData))).toEqual({
      code: 'E_FROM_THE_FUTURE',
      text: 'An unexpected error occurred. Your workspace was not changed.',
      details: 'E_FROM_THE_FUTURE: new in main',
    });
  });
});
