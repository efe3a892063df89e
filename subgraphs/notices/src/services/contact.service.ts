import { type Identity, ValidationError } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NoticeContact } from '../entities/notice.entity';

/** Where a person's notices are also sent (e-mail, SMS), kept with the person's unit of the time. */
export class ContactService {
  constructor(
    private readonly em: EntityManager,
    private readonly caller: Identity,
    private readonly now: () => Date,
  ) {}

  get(): Promise<NoticeContact | null> {
    return this.em.findOne(NoticeContact, { personId: this.caller.personId });
  }

  async set(email?: string | null, mobile?: string | null): Promise<NoticeContact> {
    const mail = email?.trim() || undefined;
    if (mail && (mail.length > 200 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(mail))) throw new ValidationError('email must be an e-mail address', 'email');
    const phone = mobile?.replace(/[\s-]/g, '') || undefined;
    if (phone && !/^1[3-9]\d{9}$/.test(phone)) throw new ValidationError('mobile must be a mainland mobile number (11 digits starting 13-19)', 'mobile');
    return this.em.transactional(async (em) => {
      const contact = (await em.findOne(NoticeContact, { personId: this.caller.personId })) ?? em.create(NoticeContact, { personId: this.caller.personId, unitId: this.caller.unitId, updatedAt: this.now() });
      contact.unitId = this.caller.unitId;
      contact.email = mail;
      contact.mobile = phone;
      contact.updatedAt = this.now();
      return contact;
    });
  }
}
