/**
 * One Kafka API on the Kafka listener: the versions this broker implements and advertises, the
 * request and response schemas (transcribed from Kafka's message JSON), and the mapping between
 * Kafka's structs and the domain request and response of `broker/api/`.
 */
import type { ApiKey } from '../../../../proto/api';
import type { ApiRequest, ApiResponse } from '../../../api/apis';
import type { KafkaStruct, MessageSpec, VersionRange } from './schema';

export interface KafkaApiCodec<Req, Resp> {
  readonly apiKey: number;
  /**
   * The versions advertised in ApiVersions and accepted: only versions the mapping implements and
   * a test exercises (a subset of `request.validVersions`).
   */
  readonly versions: VersionRange;
  readonly request: MessageSpec;
  readonly response: MessageSpec;
  /**
   * The decoded Kafka request into the domain request. May be async (record conversion). A
   * request Kafka would refuse whole throws SamsaProtocolError (the connection is closed, as
   * Kafka closes it on a request it cannot parse).
   */
  decode(body: KafkaStruct, version: number): Req | Promise<Req>;
  /** The handler's domain response as Kafka's response struct at `version`. */
  encode(response: Resp, version: number, request: Req): KafkaStruct | Promise<KafkaStruct>;
  /**
   * Kafka's `getErrorResponse`: the response that answers `request` with `errorCode` everywhere it
   * has a place for one (request-level failures such as an unexpected handler error).
   */
  errorResponse(request: Req, errorCode: number, message: string, version: number): KafkaStruct;
}

/** A codec for an API the domain already names: its types come from `broker/api/apis.ts`. */
export type DomainKafkaCodec<K extends ApiKey> = KafkaApiCodec<ApiRequest<K>, ApiResponse<K>>;

/** Type-erased, for the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKafkaApiCodec = KafkaApiCodec<any, any>;
