/**
 * The protobuf protocol (proto/envelope.proto): a Request envelope with a header and one body in
 * a oneof, answered by a Response with the correlation id and either a body of the same API or a
 * request-level error. `protobufCodecs` is its registry: one codec per API key.
 */
import { Reader } from 'protobufjs/minimal';
import { ApiKey, bodyFieldByApiKey } from '../../../../proto/api';
import { encodeResponseFrame, samsa } from '../../../../proto/frame';
import { encodeFetchResponseFrame } from '../../../../proto/fetch-frame';
import type { FetchResponse } from '../../../api/fetch';
import type { ApiRequest, ApiResponse } from '../../../api/apis';
import type { ParsedRequest, UnparsableRequest, WireProtocol } from '../../codec';
import type { RequestHeader } from '../../request';
import { createAclsCodec, deleteAclsCodec, describeAclsCodec } from './acls';
import { apiVersionsCodec, describeClusterCodec, metadataCodec } from './cluster';
import { alterConfigsCodec, incrementalAlterConfigsCodec } from './configs';
import { controlledShutdownCodec, leaderAndIsrCodec, stopReplicaCodec, updateMetadataCodec } from './control';
import {
  deleteGroupsCodec, describeGroupsCodec, findCoordinatorCodec, heartbeatCodec, joinGroupCodec, leaveGroupCodec, listGroupsCodec,
  offsetCommitCodec, offsetFetchCodec, syncGroupCodec,
} from './groups';
import { createPartitionsCodec, deleteRecordsCodec, describeLogDirsCodec } from './partitions';
import { fetchCodec, initProducerIdCodec, listOffsetsCodec, offsetForLeaderEpochCodec, produceCodec } from './produce-fetch';
import type { ProtobufCodec } from './protobuf-codec';
import { alterPartitionReassignmentsCodec, listPartitionReassignmentsCodec } from './reassignments';
import { saslAuthenticateCodec, saslHandshakeCodec } from './sasl';
import { createTopicsCodec, deleteTopicsCodec, describeConfigsCodec, electLeadersCodec } from './topics';
import {
  addOffsetsToTxnCodec, addPartitionsToTxnCodec, describeProducersCodec, describeTransactionsCodec, endTxnCodec, listTransactionsCodec,
  txnOffsetCommitCodec, writeTxnMarkersCodec,
} from './transactions';
import { alterUserScramCredentialsCodec, describeUserScramCredentialsCodec } from './users';

/** A body of the envelope's oneof, as protobufjs decodes it. */
type Body = object;

export const protobufCodecs: { readonly [K in ApiKey]: ProtobufCodec<ApiRequest<K>, ApiResponse<K>, Body, Body> } = {
  [ApiKey.Produce]: produceCodec,
  [ApiKey.Fetch]: fetchCodec,
  [ApiKey.ListOffsets]: listOffsetsCodec,
  [ApiKey.Metadata]: metadataCodec,
  [ApiKey.LeaderAndIsr]: leaderAndIsrCodec,
  [ApiKey.StopReplica]: stopReplicaCodec,
  [ApiKey.UpdateMetadata]: updateMetadataCodec,
  [ApiKey.ControlledShutdown]: controlledShutdownCodec,
  [ApiKey.OffsetCommit]: offsetCommitCodec,
  [ApiKey.OffsetFetch]: offsetFetchCodec,
  [ApiKey.FindCoordinator]: findCoordinatorCodec,
  [ApiKey.JoinGroup]: joinGroupCodec,
  [ApiKey.Heartbeat]: heartbeatCodec,
  [ApiKey.LeaveGroup]: leaveGroupCodec,
  [ApiKey.SyncGroup]: syncGroupCodec,
  [ApiKey.DescribeGroups]: describeGroupsCodec,
  [ApiKey.ListGroups]: listGroupsCodec,
  [ApiKey.DescribeConfigs]: describeConfigsCodec,
  [ApiKey.ApiVersions]: apiVersionsCodec,
  [ApiKey.CreateTopics]: createTopicsCodec,
  [ApiKey.DeleteTopics]: deleteTopicsCodec,
  [ApiKey.InitProducerId]: initProducerIdCodec,
  [ApiKey.OffsetForLeaderEpoch]: offsetForLeaderEpochCodec,
  [ApiKey.AddPartitionsToTxn]: addPartitionsToTxnCodec,
  [ApiKey.AddOffsetsToTxn]: addOffsetsToTxnCodec,
  [ApiKey.EndTxn]: endTxnCodec,
  [ApiKey.WriteTxnMarkers]: writeTxnMarkersCodec,
  [ApiKey.TxnOffsetCommit]: txnOffsetCommitCodec,
  [ApiKey.DescribeAcls]: describeAclsCodec,
  [ApiKey.CreateAcls]: createAclsCodec,
  [ApiKey.DeleteAcls]: deleteAclsCodec,
  [ApiKey.DeleteGroups]: deleteGroupsCodec,
  [ApiKey.ElectLeaders]: electLeadersCodec,
  [ApiKey.AlterPartitionReassignments]: alterPartitionReassignmentsCodec,
  [ApiKey.ListPartitionReassignments]: listPartitionReassignmentsCodec,
  [ApiKey.DescribeCluster]: describeClusterCodec,
  [ApiKey.DescribeProducers]: describeProducersCodec,
  [ApiKey.DescribeTransactions]: describeTransactionsCodec,
  [ApiKey.ListTransactions]: listTransactionsCodec,
  [ApiKey.DescribeUserScramCredentials]: describeUserScramCredentialsCodec,
  [ApiKey.AlterUserScramCredentials]: alterUserScramCredentialsCodec,
  [ApiKey.SaslHandshake]: saslHandshakeCodec,
  [ApiKey.SaslAuthenticate]: saslAuthenticateCodec,
  [ApiKey.AlterConfigs]: alterConfigsCodec,
  [ApiKey.IncrementalAlterConfigs]: incrementalAlterConfigsCodec,
  [ApiKey.DeleteRecords]: deleteRecordsCodec,
  [ApiKey.DescribeLogDirs]: describeLogDirsCodec,
  [ApiKey.CreatePartitions]: createPartitionsCodec,
};

function codecFor(apiKey: number): ProtobufCodec<unknown, unknown, Body, Body> | undefined {
  return (protobufCodecs as Partial<Record<number, ProtobufCodec<unknown, unknown, Body, Body>>>)[apiKey];
}

function fieldFor(apiKey: number): string | undefined {
  return (bodyFieldByApiKey as Partial<Record<number, string>>)[apiKey];
}

function parseRequest(message: Buffer): ParsedRequest | UnparsableRequest {
  let request: samsa.v1.Request;
  try {
    request = samsa.v1.Request.decode(message);
  } catch (err) {
    return { ok: false, correlationId: decodeHeaderOnly(message)?.correlationId ?? 0, reason: `undecodable request: ${(err as Error).message}` };
  }
  const h = request.header;
  if (h === null || h === undefined) return { ok: false, correlationId: 0, reason: 'request has no header' };
  const header: RequestHeader = { apiKey: h.apiKey ?? -1, apiVersion: h.apiVersion ?? 0, correlationId: h.correlationId ?? 0, clientId: h.clientId ?? '' };
  const field = fieldFor(header.apiKey);
  const bodyProblem = field === undefined || request.body === field ? undefined
    : `does not match ${request.body === undefined ? 'no body' : `a ${request.body} body`}`;
  return {
    ok: true, header, bodyProblem,
    decode: () => codecFor(header.apiKey)!.decodeRequest((request as unknown as Record<string, Body>)[field!]!, header.apiVersion),
  };
}

/** Every API speaks version 0 until a field changes meaning (proto/envelope.proto). */
const protobufVersions: readonly [number, number] = [0, 0];

export const protobufProtocol: WireProtocol = {
  name: 'protobuf',
  versionRange: (apiKey) => (fieldFor(apiKey) === undefined ? undefined : protobufVersions),
  parseRequest,
  encodeResponse: (header, response) => {
    // The same bytes as the codec path (fetchCodec's response is the domain one), with the
    // fetched batches handed to the socket rather than copied into the frame.
    if (header.apiKey === ApiKey.Fetch) return encodeFetchResponseFrame(header.correlationId, response as FetchResponse);
    const field = fieldFor(header.apiKey)!;
    const body = codecFor(header.apiKey)!.encodeResponse(response, header.apiVersion);
    return encodeResponseFrame({ correlationId: header.correlationId, [field]: body });
  },
  encodeError: ({ correlationId }, errorCode, errorMessage) => encodeResponseFrame({ correlationId, errorCode, errorMessage }),
};

/**
 * Reads only field 1 (the header) of a Request that failed to decode as a whole, so that the
 * error response can carry the client's correlation id when the damage is in the body.
 */
export function decodeHeaderOnly(bytes: Buffer): samsa.v1.RequestHeader | undefined {
  try {
    const reader = Reader.create(bytes);
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      const fieldNumber = tag >>> 3;
      const wireType = tag & 7;
      if (fieldNumber === 1 && wireType === 2) return samsa.v1.RequestHeader.decode(reader, reader.uint32());
      reader.skipType(wireType);
    }
  } catch {
    // Header unreadable too: the caller answers with correlation id 0.
  }
  return undefined;
}
