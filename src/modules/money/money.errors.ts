/** Why a money request was refused. */
export enum MoneyErrorCode {
  /** Not a decimal with at most two places, or not above zero. */
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  /** The account does not hold enough for this; accounts never go below zero. */
  INSUFFICIENT_FUNDS = 'INSUFFICIENT_FUNDS',
}
