import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CasesContext } from '../loaders';
import { type PersonalField, PetitionerView } from '../types/petitioner.type';
import { maskName, maskPhone, maskResidentId } from '../validation/identity';

const MASKS: Record<PersonalField, (value: string) => string> = {
  name: maskName,
  idNumber: maskResidentId,
  phone: maskPhone,
  address: () => '（已隐藏）',
};

/**
 * Each personal data field decides for itself: masked, or written to the audit log and then shown in
 * full. So what is audited is exactly what the response holds: a field the query names twice, through
 * fragments, or skips with @skip/@include is audited once or not at all, like it is returned.
 */
async function reveal(petitioner: PetitionerView, field: PersonalField, ctx: CasesContext): Promise<string | null> {
  const value = petitioner.person[field];
  if (value === undefined || value === null) return null;
  if (petitioner.masked) return MASKS[field](value);
  // on the audit log before the data is returned; if the log cannot be written, nothing is
  await ctx.loaders.audit.load(`${petitioner.caseId}|${field}`);
  return value;
}

@Resolver(() => PetitionerView)
export class PetitionerResolver {
  @FieldResolver(() => String)
  async name(@Root() petitioner: PetitionerView, @Ctx() ctx: CasesContext): Promise<string> {
    return (await reveal(petitioner, 'name', ctx)) as string;
  }

  @FieldResolver(() => String, { nullable: true })
  idNumber(@Root() petitioner: PetitionerView, @Ctx() ctx: CasesContext): Promise<string | null> {
    return reveal(petitioner, 'idNumber', ctx);
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() petitioner: PetitionerView, @Ctx() ctx: CasesContext): Promise<string | null> {
    return reveal(petitioner, 'phone', ctx);
  }

  @FieldResolver(() => String, { nullable: true })
  address(@Root() petitioner: PetitionerView, @Ctx() ctx: CasesContext): Promise<string | null> {
    return reveal(petitioner, 'address', ctx);
  }
}
