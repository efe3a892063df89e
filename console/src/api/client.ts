import { Client, type CombinedError, fetchExchange, mapExchange, type AnyVariables, type DocumentInput, type OperationResult } from '@urql/core';
import { endSession, sessionState, unauthenticatedMessage } from './session';

/**
 * The console's GraphQL client: same-origin /graphql with the session's token. An UNAUTHENTICATED
 * answer (token expired, signed out elsewhere, ended by an admin, account deactivated) ends the session
 * at once with a message saying why; the router then shows the sign-in page.
 */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    // queries as POST with a JSON body: the gateway's CSRF protection refuses simple GET requests
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const token = sessionState.current?.token;
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      mapExchange({
        onResult(result) {
          const refused = result.error?.graphQLErrors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
          const isLogin = result.operation.query.definitions.some(
            (d) => d.kind === 'OperationDefinition' && d.name?.value === 'Login',
          );
          if (refused && !isLogin && sessionState.current) {
            endSession(unauthenticatedMessage(refused.message, refused.extensions?.reason));
          }
          return result;
        },
      }),
      fetchExchange,
    ],
  });
}

/** The API's error code of a failed operation (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT…). */
export function errorCode(error: CombinedError | undefined | null): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return 'NETWORK';
  return error.graphQLErrors[0]?.extensions?.code as string | undefined;
}

/** The input field an error names (BAD_USER_INPUT's extensions.field), without the leading `input.`. */
export function errorField(error: CombinedError | undefined | null): string | undefined {
  const field = error?.graphQLErrors[0]?.extensions?.field;
  return typeof field === 'string' ? field.replace(/^input\./, '') : undefined;
}

/** The kinds of record a NOT_FOUND names, in the users' words. */
const NOT_FOUND_WHAT: Record<string, string> = {
  Meeting: '该会议', AgendaItem: '该议题', Decision: '该议定事项', Room: '该会议室', BusyTime: '该忙碌时间',
  ScreeningReport: '该排查报告', Warning: '该预警', SensitivePeriod: '该敏感期', Notice: '该通知',
  AssessmentScheme: '该考核方案', AssessmentRun: '该考核结果', Department: '该单位', Person: '该人员', Account: '该账号', MeetingPlan: '该排会方案',
};

/** What to tell the user about a failed operation, in Chinese, with the API's own message for details. */
export function describeError(error: CombinedError | undefined | null): string {
  if (!error) return '';
  const code = errorCode(error);
  const detail = error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
  switch (code) {
    case 'NETWORK':
      return '无法连接服务器，请检查网络后重试。';
    case 'NOT_FOUND':
      // the API says what was not found ("Case … was not found", "Meeting … was not found")
      return /^Case(Task)? /.test(detail) ? '无权查看或不存在：该案件不在本单位的办理范围内。' : `无权查看或不存在：${NOT_FOUND_WHAT[detail.split(' ')[0]] ?? '所查找的记录'}不存在，或不在您的查看范围内。`;
    case 'FORBIDDEN':
      return `无权执行此操作：${detail}`;
    case 'CONFLICT':
      return `数据已被他人修改，请刷新后重试：${detail}`;
    case 'BAD_USER_INPUT':
      return `输入有误：${detail}`;
    case 'UNAUTHENTICATED':
      return unauthenticatedMessage(detail, error.graphQLErrors[0]?.extensions?.reason);
    case 'SERVICE_UNAVAILABLE':
      return `服务暂不可用，请稍后重试：${detail}`;
    case 'PASSWORD_CHANGE_REQUIRED':
      return '管理员已重置您的密码，请先修改密码。';
    case 'TOO_MANY_ATTEMPTS':
      return '连续登录失败次数过多，请 15 分钟后再试。';
    default:
      return detail;
  }
}

/** Runs one operation and throws its CombinedError, for event handlers that await it. */
export async function run<Data, Variables extends AnyVariables>(
  client: Client,
  document: DocumentInput<Data, Variables>,
  variables: Variables,
  kind: 'query' | 'mutation' = 'mutation',
): Promise<Data> {
  const result: OperationResult<Data, Variables> =
    kind === 'query'
      ? await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise()
      : await client.mutation(document, variables).toPromise();
  if (result.error) throw result.error;
  return result.data as Data;
}
