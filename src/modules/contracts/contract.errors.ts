import { domainUserErrors } from '../../graphql/user-errors';
import { InputErrorCode } from '../../shared/input';

/** Why a contract change was refused. */
export enum ContractErrorCode {
  CONTRACT_ENDED = 'CONTRACT_ENDED',
  CONTRACT_NOT_ACTIVE = 'CONTRACT_NOT_ACTIVE',
  CONTRACT_NOT_PAUSED = 'CONTRACT_NOT_PAUSED',
  NOT_HOURLY = 'NOT_HOURLY',
  INVALID_WEEKLY_LIMIT = 'INVALID_WEEKLY_LIMIT',
  NOTHING_TO_CHANGE = 'NOTHING_TO_CHANGE',
}

/** Base of the contract mutations' payloads: `userErrors` typed with `ContractErrorCode`. */
export const ContractPayload = domainUserErrors('Contract', { ...ContractErrorCode, ...InputErrorCode }, 'a contract change');
