import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeError } from './client';
import { addDays, chinaDay, chinaMidnight, endOfWeek, formatTime } from './labels';
import { unauthenticatedMessage } from './session';

describe('China time in the console', () => {
  it('days are China days whatever the machine zone: 23:30 UTC on 1 May is 2 May', () => {
    expect(chinaDay(new Date('2026-05-01T23:30:00Z'))).toBe('2026-05-02');
    expect(chinaDay(new Date('2026-05-01T15:59:59.999Z'))).toBe('2026-05-01');
    expect(formatTime('2026-05-01T15:59:59.999Z')).toBe('2026/05/01 23:59');
  });

  it('a week runs Monday to Sunday: 本周到期 ends on the Sunday', () => {
    expect(endOfWeek('2026-11-23')).toBe('2026-11-29'); // Monday
    expect(endOfWeek('2026-11-28')).toBe('2026-11-29'); // Saturday
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29'); // Sunday
    expect(endOfWeek('2026-12-30')).toBe('2027-01-03');
  });

  it('report periods are China midnights, the last day included', () => {
    expect(chinaMidnight(addDays('2026-12-31', 1))).toBe('2027-01-01T00:00:00+08:00');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('why a session ended', () => {
  it('says in Chinese what the API said (its refusals of a token)', () => {
    expect(unauthenticatedMessage('Your sign-in has expired: sign in again')).toContain('已过期');
    expect(unauthenticatedMessage('An administrator ended this sign-in: sign in again', 'ENDED_BY_ADMIN')).toContain('强制下线');
    expect(unauthenticatedMessage('This account has been deactivated: ask an administrator', 'ACCOUNT_DEACTIVATED')).toContain('已被停用');
    expect(unauthenticatedMessage('You signed out with this token: sign in again', 'SIGNED_OUT')).toContain('退出登录');
    expect(unauthenticatedMessage('The sign-in token is not genuine: sign in again')).toBe('登录已失效，请重新登录。');
  });
});

describe('what a refusal tells the user', () => {
  const notFound = (message: string) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } })] });
  it('names what was not found in the users\' words, a case as a case', () => {
    expect(describeError(notFound('Case 00000000-0000-4000-8000-000000000001 was not found'))).toBe('无权查看或不存在：该案件不在本单位的办理范围内。');
    expect(describeError(notFound('Meeting 00000000-0000-4000-8000-000000000001 was not found'))).toBe('无权查看或不存在：该会议不存在，或不在您的查看范围内。');
    expect(describeError(notFound('SensitivePeriod 00000000-0000-4000-8000-000000000001 was not found'))).toBe('无权查看或不存在：该敏感期不存在，或不在您的查看范围内。');
    expect(describeError(notFound('Something else entirely'))).toBe('无权查看或不存在：所查找的记录不存在，或不在您的查看范围内。');
  });
});
