import type { ReferenceResolvers } from '@lianban/kit';
import { Category } from '../entities/category.entity';
import type { DepartmentsContext } from '../loaders';

/** How the gateway turns `{ __typename, id }` representations into this subgraph's entities. */
export const referenceResolvers: ReferenceResolvers = {
  Department: {
    __resolveReference: (ref: { id: string }, ctx: DepartmentsContext) => ctx.loaders.department.load(ref.id),
  },
  Person: {
    __resolveReference: (ref: { id: string }, ctx: DepartmentsContext) => ctx.loaders.person.load(ref.id),
  },
  // read from the database, never taken from the representation a caller sends (its leadDepartment would be believed)
  Category: {
    __resolveReference: (ref: { id: string }, ctx: DepartmentsContext) => ctx.em.findOne(Category, { id: ref.id }),
  },
};
