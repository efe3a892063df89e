import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A problem in one cell of an import workbook' })
export class CaseImportProblem {
  @Field(() => Int, { description: 'Row number as Excel shows it (the header is row 1)' })
  row!: number;

  @Field(() => String, { description: 'The column header, as in the template (列名)' })
  column!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'A case written by an import: the row it came from and the number it got' })
export class ImportedCase {
  @Field(() => Int)
  row!: number;

  @Field(() => String, { description: '事项编号: the old number when it was free, else a new one' })
  number!: string;

  @Field(() => String, { nullable: true, description: '原编号' })
  legacyNumber?: string;
}

@ObjectType({ description: '补录: what a dry run found, or what an import wrote (all rows, or none while there is a problem)' })
export class CaseImportReport {
  @Field(() => Int, { description: 'Filled rows read' })
  rows!: number;

  @Field(() => [CaseImportProblem], { description: 'Every problem, by row and column; nothing is written while there is one' })
  problems!: CaseImportProblem[];

  @Field(() => Int, { description: 'Cases written: 0 on a dry run and on a refused import' })
  imported!: number;

  @Field(() => [ImportedCase], { description: 'The cases written, row by row (empty on a dry run)' })
  cases!: ImportedCase[];
}
