import { reactive } from 'vue';
import type { AccountFieldsFragment, AccountRole } from '../graphql/graphql';

/** Stands in for the account while a page is torn down after its session ended. */
export const ANONYMOUS: AccountFieldsFragment = { id: '', username: '', role: 'LIAISON', active: false, mustChangePassword: false, unit: null, person: { id: '', name: '', position: '' } };

const STORAGE_KEY = 'lianban.session';

export interface Session {
  token: string;
  /** When the token stops working (ISO instant). */
  expiresAt: string;
  account: AccountFieldsFragment;
}

/** The signed-in user of this browser tab and why the last session ended (shown on the sign-in page). */
export const sessionState = reactive<{ current: Session | null; endedBecause: string | null }>({
  current: read(),
  endedBecause: null,
});

function read(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return new Date(session.expiresAt).getTime() > Date.now() ? session : null;
  } catch {
    return null;
  }
}

let expiryTimer: ReturnType<typeof setTimeout> | undefined;
const listeners: ((reason: string) => void)[] = [];

/** Called when a session ends by itself (expiry, revoked token), with the message to show. */
export function onSessionEnded(listener: (reason: string) => void) {
  listeners.push(listener);
}

function armExpiry() {
  clearTimeout(expiryTimer);
  const session = sessionState.current;
  if (!session) return;
  const left = new Date(session.expiresAt).getTime() - Date.now();
  // setTimeout cannot wait longer than about 24.8 days; tokens last 8 hours
  expiryTimer = setTimeout(() => endSession('登录已过期（有效期 8 小时），请重新登录。'), Math.max(0, Math.min(left, 2 ** 31 - 1)));
}

export function startSession(session: Session) {
  sessionState.current = session;
  sessionState.endedBecause = null;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  armExpiry();
}

/** Forgets the session; with a reason, the sign-in page says why. */
export function endSession(reason: string | null) {
  const had = sessionState.current !== null;
  sessionState.current = null;
  sessionState.endedBecause = reason;
  localStorage.removeItem(STORAGE_KEY);
  clearTimeout(expiryTimer);
  if (had && reason) listeners.forEach((listener) => listener(reason));
}

armExpiry();

export function currentRole(): AccountRole | null {
  return sessionState.current?.account.role ?? null;
}

/**
 * Why the API refused a token (UNAUTHENTICATED), in words for the user. The API says which case it is
 * (extensions.reason, or its message).
 */
export function unauthenticatedMessage(message: string, reason?: unknown): string {
  if (reason === 'ENDED_BY_ADMIN' || /administrator ended/i.test(message)) return '您的登录已被管理员强制下线，请重新登录。';
  if (reason === 'ACCOUNT_DEACTIVATED' || /deactivated/i.test(message)) return '您的账号已被停用，如有疑问请联系系统管理员。';
  if (reason === 'SIGNED_OUT' || /signed out/i.test(message)) return '您已在其他地方退出登录，请重新登录。';
  if (/expired/i.test(message)) return '登录已过期，请重新登录。';
  return '登录已失效，请重新登录。';
}
