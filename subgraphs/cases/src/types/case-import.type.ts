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

@ObjectType({ description: '重复访: a row recorded as a repeat of an earlier matter (同人+同事), as registerCase would record it' })
export class CaseImportRepeat {
  @Field(() => Int, { description: 'The row recorded as a repeat' })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The number of the case it repeats: a case already in the system, or (after an import) the number the earlier row of this workbook got',
  })
  repeatsNumber?: string;

  @Field(() => Int, { nullable: true, description: 'The earlier row of this workbook it repeats (null when it repeats a case already in the system)' })
  repeatsRow?: number;

  @Field(() => Boolean, { description: '不再受理: the matter it repeats was terminated (终结)' })
  notToBeAcceptedAgain!: boolean;

  @Field(() => String, { description: 'What will be (dry run) or was recorded, e.g. 重复访: 重复 XF2024-000123' })
  note!: string;
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

  @Field(() => [CaseImportRepeat], {
    description: '重复访: the rows without problems that will be (dry run) or were (import) recorded as repeats, each with the case it repeats, by row',
  })
  repeats!: CaseImportRepeat[];
}
