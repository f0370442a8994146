import { Action } from '@ideas-hub/domain';
import { SetMetadata } from '@nestjs/common';

export const ALLOW_KEY = 'ideas-hub:allow';

/** Names the policy action a resolver field performs; the PolicyGuard checks it against the one policy table. */
export const Allow = (action: Action) => SetMetadata(ALLOW_KEY, action);
