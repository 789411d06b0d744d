/**
 * InitProducerId (22) as the domain sees it: an idempotent producer (empty transactional id) gets
 * a fresh producer id from any broker; a transactional one asks its transaction coordinator,
 * which bumps the epoch to fence the previous instance (KIP-98) or, when the caller passes its
 * current id and epoch, recovers it after an abortable error (KIP-360).
 */

export interface InitProducerIdRequest {
  /** Empty for an idempotent producer. */
  transactionalId: string;
  /** A transactional producer's transaction.timeout.ms; ignored for idempotent producers. */
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
