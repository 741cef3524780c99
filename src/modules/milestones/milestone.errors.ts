/** Why a milestone change was refused. */
export enum MilestoneErrorCode {
  NOT_FIXED_PRICE = 'NOT_FIXED_PRICE',
  CONTRACT_NOT_ACTIVE = 'CONTRACT_NOT_ACTIVE',
}
