import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Whose the cases are when a unit is assessed. */
export enum AssessmentFactAttribution {
  /** 属地: the township or street the case comes from */
  ORIGIN = 'ORIGIN',
  /** 牵头单位: the unit that leads the case */
  LEAD = 'LEAD',
}

registerEnumType(AssessmentFactAttribution, {
  name: 'AssessmentFactAttribution',
  valuesConfig: { ORIGIN: { description: '属地 (townships and streets)' }, LEAD: { description: '牵头单位 (district departments)' } },
});

@ObjectType({ description: 'One metric of one unit in a period: a count with its cases, or a rate\'s numerator and denominator' })
export class AssessmentFact {
  @Field(() => String, { description: 'e.g. collectiveVisits, closureRate (see the cases README)' })
  metric!: string;

  @Field(() => Float, { description: 'The count, or the rate\'s numerator' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Rates: the denominator' })
  denominator?: number;

  @Field(() => Int, { description: '人次 over the cases listed' })
  persons!: number;

  @Field(() => Float, { nullable: true, description: 'Counts: the same count a year earlier' })
  lastYearValue?: number;

  // parallel lists rather than a list of objects: a quarter of a district is tens of thousands of cases, and
  // lists of scalars are serialised several times faster than as many objects
  @Field(() => [ID], { description: 'Counts: the cases counted; rates: the cases of the denominator not in the numerator' })
  caseIds!: string[];

  @Field(() => [String], { description: 'Their numbers, in the same order' })
  caseNumbers!: string[];

  @Field(() => [Int], { description: 'Their head-counts (人数), in the same order' })
  casePersons!: number[];
}

@ObjectType({ description: '考核事实: what the cases of one unit say for one period' })
export class UnitAssessmentFacts {
  @Field(() => ID)
  unitId!: string;

  @Field(() => [AssessmentFact])
  facts!: AssessmentFact[];
}
