import { ref } from 'vue';
import type { Client } from '@urql/core';
import { UnreadNoticeCountQuery } from './reporting-documents';
import { run } from './client';

/** 未读通知数 of the signed-in person, shown by the bell in the header and updated by the inbox page. */
export const unreadNotices = ref<number | null>(null);

/** Asks the API again; a failure leaves the last count (the bell is no place for errors). */
export async function refreshUnread(client: Client): Promise<void> {
  try {
    unreadNotices.value = (await run(client, UnreadNoticeCountQuery, {}, 'query')).unreadNoticeCount;
  } catch {
    // the next poll tries again; an ended session is handled by the client
  }
}
