/** Why logging time was refused. */
export enum TimeErrorCode {
  NOT_HOURLY = 'NOT_HOURLY',
  CONTRACT_NOT_ACTIVE = 'CONTRACT_NOT_ACTIVE',
  INVALID_MINUTES = 'INVALID_MINUTES',
  INVALID_START = 'INVALID_START',
}
