import type { EntityClass, EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/**
 * Read-only rows for GraphQL answers, without the unit of work.
 *
 * `em.find` builds each row into a managed entity (identity map, change-set snapshot, relation
 * accessors): about 1.2 ms of CPU for 50 directory rows, five times the SQL round trip itself. A read
 * that only answers a query needs none of it, so lists, loaders and `__resolveReference` read plain
 * objects with the entity's property names instead: scalar columns as the driver returns them (through
 * the property's custom type, as hydration would), and each to-one relation as `{ id }`. Writes still
 * load managed entities with `em.findOne` and change them under the version check.
 */
export type Plain<T> = T;

interface ColumnMapping {
  column: string;
  property: string;
  relation: boolean;
  convert?: (value: unknown) => unknown;
}

interface EntityReader {
  table: string;
  columns: ColumnMapping[];
  /** Builds the plain object of a row in one object literal (compiled once per entity, as hydrators are). */
  map: (row: Record<string, unknown>) => object;
}

const readers = new WeakMap<EntityClass<object>, EntityReader>();

/** A function that builds a row's plain object as one literal: far cheaper than adding properties one by one. */
function compileMapper(columns: ColumnMapping[]): (row: Record<string, unknown>) => object {
  const fields = columns.map(({ column, property, relation, convert }, i) => {
    const value = `(v = row[${JSON.stringify(column)}]) == null ? null : `;
    return `${JSON.stringify(property)}: ${value}${relation ? '{ id: v }' : convert ? `convert[${i}](v)` : 'v'}`;
  });
  const build = new Function('convert', `return function plainRow(row) { let v; return { ${fields.join(', ')} }; };`) as (
    convert: ColumnMapping['convert'][],
  ) => (row: Record<string, unknown>) => object;
  return build(columns.map((c) => c.convert));
}

function readerOf(em: EntityManager, entity: EntityClass<object>): EntityReader {
  let reader = readers.get(entity);
  if (reader) return reader;
  const meta = em.getMetadata().get(entity);
  const platform = em.getPlatform();
  const columns: ColumnMapping[] = [];
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    const relation = prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner === true);
    if (!relation && prop.kind !== 'scalar' && prop.kind !== 'embedded') continue;
    const customType = prop.customType;
    // the same conversions hydration applies (ObjectHydrator): custom types, booleans, dates from text
    let convert: ((value: unknown) => unknown) | undefined;
    if (relation) convert = undefined;
    else if (customType) convert = (value) => customType.convertToJSValue(value, platform, { mode: 'serialization' });
    else if (prop.runtimeType === 'boolean') convert = (value) => !!value;
    else if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
      convert = (value) => (value instanceof Date ? value : new Date(value as string));
    }
    columns.push({ column: prop.fieldNames[0], property: prop.name, relation, convert });
  }
  const schema = meta.schema ?? em.config.get('schema');
  reader = { table: schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`, columns, map: compileMapper(columns) };
  readers.set(entity, reader);
  return reader;
}

/** The plain object of one row (`select *` of the entity's table), with the entity's property names. */
export function plainRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): Plain<T> {
  return readerOf(em, entity as EntityClass<object>).map(row) as T;
}

/** The quoted `"schema"."table"` an entity is stored in, for SQL written by hand. */
export function tableOf(em: EntityManager, entity: EntityClass<object>): string {
  return readerOf(em, entity).table;
}

/**
 * Runs `select * from <table> <rest>` and returns plain objects (see `Plain`). `rest` is the SQL after the
 * table (alias, where, order, limit) with `?` placeholders for `params`.
 */
export async function selectPlain<T extends object>(em: EntityManager, entity: EntityClass<T>, rest: string, params: unknown[] = []): Promise<Plain<T>[]> {
  const reader = readerOf(em, entity as EntityClass<object>);
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select * from ${reader.table} ${rest}`, params);
  return rows.map(reader.map) as Plain<T>[];
}

/** Placeholders for a list of values in `in (…)`. */
export function marks(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Request-scoped loader of plain rows by primary key `id` (one statement per batch). */
export function plainLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return new DataLoader<string, Plain<T> | null>(async (ids) => {
    const rows = await selectPlain(em, entity, `where id in (${marks(ids)})`, [...ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
