/**
 * The dynamic configuration APIs as the domain sees them: AlterConfigs (33), which replaces a
 * resource's whole set of dynamic configs, and IncrementalAlterConfigs (44, KIP-339), which sets,
 * deletes, appends to or subtracts from single keys. Both answer one result per resource.
 */

/** Kafka's AlterConfigOp.OpType ids. */
export const AlterConfigOp = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;
export type AlterConfigOpType = (typeof AlterConfigOp)[keyof typeof AlterConfigOp];

export interface AlterableConfig {
  name: string;
  /** null: no value (a DELETE, or a key AlterConfigs sets to nothing). */
  value: string | null;
}

export interface IncrementalAlterableConfig extends AlterableConfig {
  /** Kafka's operation byte; anything but 0-3 is refused with INVALID_REQUEST. */
  configOperation: number;
}

export interface AlterConfigsResource<C extends AlterableConfig = AlterableConfig> {
  /** Kafka's ConfigResource type: 2 topic, 4 broker. */
  resourceType: number;
  resourceName: string;
  configs: C[];
}

export interface AlterConfigsRequest {
  resources: AlterConfigsResource[];
  validateOnly: boolean;
}

export interface IncrementalAlterConfigsRequest {
  resources: AlterConfigsResource<IncrementalAlterableConfig>[];
  validateOnly: boolean;
}

export interface AlterConfigsResourceResponse {
  errorCode: number;
  errorMessage: string;
  resourceType: number;
  resourceName: string;
}

export interface AlterConfigsResponse {
  responses: AlterConfigsResourceResponse[];
}
