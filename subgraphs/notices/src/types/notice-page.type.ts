import { PageInfo } from '@lianban/kit';
import { Field, ObjectType } from 'type-graphql';
import { NoticeDelivery } from '../entities/notice-delivery.entity';
import { Notice } from '../entities/notice.entity';

@ObjectType({ description: 'A page of the inbox, newest first' })
export class NoticePage {
  @Field(() => [Notice])
  items!: Notice[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'A page of outbound deliveries, latest change first' })
export class NoticeDeliveryPage {
  @Field(() => [NoticeDelivery])
  items!: NoticeDelivery[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
