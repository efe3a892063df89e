import type { SubgraphModule } from '@lianban/kit';
import { assessmentSubgraph } from '@lianban/assessment';
import { casesSubgraph } from '@lianban/cases';
import { departmentsSubgraph } from '@lianban/departments';
import { meetingsSubgraph } from '@lianban/meetings';
import { screeningSubgraph } from '@lianban/screening';
import { noticesSubgraph } from '@lianban/notices';

/** Every subgraph of the platform, in the order they are migrated and started. */
export const subgraphModules = [
  departmentsSubgraph,
  casesSubgraph,
  meetingsSubgraph,
  assessmentSubgraph,
  screeningSubgraph,
  noticesSubgraph,
] as unknown as SubgraphModule[];
