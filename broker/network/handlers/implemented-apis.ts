/** The APIs this broker serves (advertised by ApiVersions; index.ts has one handler for each). */
import { ApiKey } from '../../../proto/api';

export const implementedApiKeys: readonly number[] = Object.freeze([
  ApiKey.Produce, ApiKey.Fetch, ApiKey.ListOffsets, ApiKey.Metadata, ApiKey.LeaderAndIsr, ApiKey.StopReplica,
  ApiKey.UpdateMetadata, ApiKey.ApiVersions, ApiKey.CreateTopics, ApiKey.DeleteTopics,
]);
