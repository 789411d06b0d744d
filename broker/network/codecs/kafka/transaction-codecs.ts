/** The Kafka listener's transaction API codecs (see api-codec.ts). */
import { addOffsetsToTxnCodec } from './add-offsets-to-txn';
import { addPartitionsToTxnCodec } from './add-partitions-to-txn';
import type { AnyKafkaApiCodec } from './api-codec';
import { describeProducersCodec } from './describe-producers';
import { describeTransactionsCodec } from './describe-transactions';
import { endTxnCodec } from './end-txn';
import { listTransactionsCodec } from './list-transactions';
import { txnOffsetCommitCodec } from './txn-offset-commit';
import { writeTxnMarkersCodec } from './write-txn-markers';

export const transactionCodecs: readonly AnyKafkaApiCodec[] = [
  addPartitionsToTxnCodec, addOffsetsToTxnCodec, endTxnCodec, writeTxnMarkersCodec, txnOffsetCommitCodec,
  describeProducersCodec, describeTransactionsCodec, listTransactionsCodec,
];
