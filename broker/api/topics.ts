/** The topic admin APIs as the domain sees them: CreateTopics (19), DeleteTopics (20), DescribeConfigs (32), ElectLeaders (43). */

export interface CreatableReplicaAssignment {
  partition: number;
  brokerIds: number[];
}

export interface CreatableTopicConfig {
  name: string;
  /** null only from Kafka's wire (a nullable string there): refused with INVALID_REQUEST, as Kafka does. */
  value: string | null;
}

export interface CreatableTopic {
  name: string;
  /** 0 or -1: the broker's num.partitions. */
  numPartitions: number;
  /** 0 or -1: the broker's default.replication.factor. */
  replicationFactor: number;
  /** Explicit placement instead of the two above. */
  assignments: CreatableReplicaAssignment[];
  configs: CreatableTopicConfig[];
}

export interface CreateTopicsRequest {
  topics: CreatableTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

export interface CreatableTopicResult {
  name: string;
  errorCode: number;
  errorMessage: string;
  numPartitions: number;
  replicationFactor: number;
  /**
   * The created (or validated) topic's effective configs (KIP-525, CreateTopics v5+); absent on an
   * error. The protobuf response has no place for them.
   */
  configs?: DescribeConfigsResourceResult[];
  /** TOPIC_AUTHORIZATION_FAILED when the configs are withheld (no DescribeConfigs on the topic); absent: NONE. */
  topicConfigErrorCode?: number;
}

export interface CreateTopicsResponse {
  topics: CreatableTopicResult[];
}

export interface DeleteTopicsRequest {
  topicNames: string[];
  timeoutMs: number;
}

export interface DeletableTopicResult {
  name: string;
  errorCode: number;
  errorMessage: string;
}

export interface DeleteTopicsResponse {
  responses: DeletableTopicResult[];
}

export interface DescribeConfigsResource {
  /** Kafka's ConfigResource type: 2 topic, 4 broker. */
  resourceType: number;
  resourceName: string;
  /** Empty: every key. */
  configurationKeys: string[];
}

export interface DescribeConfigsRequest {
  resources: DescribeConfigsResource[];
  /** Whether the protobuf answer carries each value's source and synonyms (the Kafka codec decides by version). */
  includeSynonyms?: boolean;
}

/** Kafka's DescribeConfigsResponse.ConfigSource ids that this broker reports. */
export const ConfigSource = { TopicConfig: 1, DynamicBrokerConfig: 2, DynamicDefaultBrokerConfig: 3, StaticBrokerConfig: 4, DefaultConfig: 5 } as const;

export interface DescribeConfigsSynonym {
  name: string;
  value: string;
  source: number;
}

export interface DescribeConfigsResourceResult {
  name: string;
  value: string;
  readOnly: boolean;
  isDefault: boolean;
  isSensitive: boolean;
  /** Kafka's ConfigSource of `value`. The protobuf response has no place for it. */
  configSource?: number;
  /**
   * Where the value could come from, highest precedence first (KIP-226): the topic override,
   * the broker keys it defaults to, their defaults. The protobuf response has no place for them.
   */
  synonyms?: DescribeConfigsSynonym[];
}

export interface DescribeConfigsResult {
  errorCode: number;
  errorMessage: string;
  resourceType: number;
  resourceName: string;
  configs: DescribeConfigsResourceResult[];
}

export interface DescribeConfigsResponse {
  results: DescribeConfigsResult[];
  /** The request's includeSynonyms: the protobuf answer leaves sources and synonyms out without it. */
  includeSynonyms?: boolean;
}

export interface TopicPartitions {
  topic: string;
  partitions: number[];
}

export interface ElectLeadersRequest {
  /** 0 preferred, 1 unclean. */
  electionType: number;
  /** Empty with allPartitions: every partition. */
  topicPartitions: TopicPartitions[];
  allPartitions: boolean;
  timeoutMs: number;
}

export interface ElectLeadersPartitionResult {
  partition: number;
  errorCode: number;
  errorMessage: string;
}

export interface ReplicaElectionResult {
  topic: string;
  partitionResult: ElectLeadersPartitionResult[];
}

export interface ElectLeadersResponse {
  errorCode: number;
  replicaElectionResults: ReplicaElectionResult[];
}
