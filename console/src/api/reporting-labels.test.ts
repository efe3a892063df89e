import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldProp, ownDayState, showFailure } from './reporting-labels';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('screening and daily-report forms', () => {
  it("a liaison's day is the one state its unit's tally counts: 按时, 迟报, 漏报 or 待报送", () => {
    expect(ownDayState({ onTime: 1, late: 0, missing: 0, pending: 0 })).toBe('ON_TIME');
    expect(ownDayState({ onTime: 0, late: 1, missing: 0, pending: 0 })).toBe('LATE');
    expect(ownDayState({ onTime: 0, late: 0, missing: 1, pending: 0 })).toBe('MISSING');
    expect(ownDayState({ onTime: 0, late: 0, missing: 0, pending: 1 })).toBe('PENDING');
  });

  it('a field the API names finds its form item: input.factors[1].measures → factors.1.measures', () => {
    expect(fieldProp('input.factors[1].measures')).toBe('factors.1.measures');
    expect(fieldProp('factors[0].place')).toBe('factors.0.place');
    expect(fieldProp('input.expectedOn')).toBe('expectedOn');
  });

  it("the API's message stands under the field it names; other refusals go to the form's alert", () => {
    const errors: Record<string, string> = {};
    const failure = { value: '' };
    showFailure(refused('input.factors[1].measures must not be empty', { code: 'BAD_USER_INPUT', field: 'input.factors[1].measures' }), errors, failure, '排查报告有误');
    expect(errors).toEqual({ 'factors.1.measures': 'input.factors[1].measures must not be empty' });
    expect(failure.value).toBe('排查报告有误');

    const conflict: Record<string, string> = {};
    showFailure(refused('changed by someone else (now version 3)', { code: 'CONFLICT' }), conflict, failure);
    expect(conflict).toEqual({});
    expect(failure.value).toBe('数据已被他人修改，请刷新后重试：changed by someone else (now version 3)');
  });
});
