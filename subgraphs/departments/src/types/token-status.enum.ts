import type { TokenStatus as KitTokenStatus } from '@lianban/kit';
import { registerEnumType } from 'type-graphql';

/** Where a sign-in token stands (the kit's TokenStatus as a GraphQL enum). */
export const TokenStatus: { [K in KitTokenStatus]: K } = {
  ACTIVE: 'ACTIVE',
  SIGNED_OUT: 'SIGNED_OUT',
  ENDED_BY_ADMIN: 'ENDED_BY_ADMIN',
  ACCOUNT_DEACTIVATED: 'ACCOUNT_DEACTIVATED',
  UNKNOWN: 'UNKNOWN',
};
registerEnumType(TokenStatus, {
  name: 'TokenStatus',
  valuesConfig: {
    ACTIVE: { description: 'still works' },
    SIGNED_OUT: { description: 'its holder signed out' },
    ENDED_BY_ADMIN: { description: 'an administrator ended it' },
    ACCOUNT_DEACTIVATED: { description: 'the account was deactivated' },
    UNKNOWN: { description: 'never issued' },
  },
});
