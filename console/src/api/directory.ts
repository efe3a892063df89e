import { ref } from 'vue';
import type { Client } from '@urql/core';
import { DirectoryQuery } from './documents';
import { run } from './client';
import type { DirectoryQuery as Directory } from '../graphql/graphql';

const cached = ref<Directory | null>(null);

/** Units, categories and leaders for the forms' selects; read once per page load. */
export async function loadDirectory(client: Client): Promise<Directory> {
  cached.value ??= await run(client, DirectoryQuery, {}, 'query');
  return cached.value;
}
