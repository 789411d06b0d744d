/** InitProducerId (22) as the domain sees it (idempotent producers; no transactions yet). */

export interface InitProducerIdRequest {
  /** Empty for an idempotent producer. */
  transactionalId: string;
  transactionTimeoutMs: number;
  /** -1 for a new producer. */
  producerId: number;
  /** -1 for a new producer. */
  producerEpoch: number;
}

export interface InitProducerIdResponse {
  errorCode: number;
  producerId: number;
  producerEpoch: number;
}
