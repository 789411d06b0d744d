/**
 * AlterConfigs (33) v0-v2 (v2 flexible) and IncrementalAlterConfigs (44) v0-v1 (v1 flexible),
 * from Kafka's AlterConfigs*.json and IncrementalAlterConfigs*.json. Both answer one
 * {errorCode, errorMessage, resourceType, resourceName} per resource.
 */
import { ApiKey } from '../../../../proto/api';
import type { AlterConfigsResourceResponse, AlterConfigsResponse } from '../../../api/configs';
import type { DomainKafkaCodec } from './api-codec';
import { array, field, message, struct, versions, type KafkaStruct } from './schema';

function responseSpec(name: string, valid: string, flexible: string) {
  return message(name, valid, flexible,
    field('throttleTimeMs', 'int32', '0+'),
    field('responses', array(struct(
      field('errorCode', 'int16', '0+'),
      field('errorMessage', 'string', '0+', { nullableVersions: '0+' }),
      field('resourceType', 'int8', '0+'),
      field('resourceName', 'string', '0+'),
    )), '0+'),
  );
}

function encodeResponses(resp: AlterConfigsResponse): KafkaStruct {
  return {
    throttleTimeMs: 0,
    responses: resp.responses.map((r) => ({ ...r, errorMessage: r.errorMessage === '' ? null : r.errorMessage })),
  };
}

function errorResponses(resources: ReadonlyArray<{ resourceType: number; resourceName: string }>, errorCode: number, errorMessage: string): KafkaStruct {
  const responses: AlterConfigsResourceResponse[] = resources.map((r) => ({ resourceType: r.resourceType, resourceName: r.resourceName, errorCode, errorMessage }));
  return encodeResponses({ responses });
}

export const alterConfigsCodec: DomainKafkaCodec<typeof ApiKey.AlterConfigs> = {
  apiKey: ApiKey.AlterConfigs,
  versions: versions('0-2'),
  request: message('AlterConfigsRequest', '0-2', '2+',
    field('resources', array(struct(
      field('resourceType', 'int8', '0+'),
      field('resourceName', 'string', '0+'),
      field('configs', array(struct(
        field('name', 'string', '0+'),
        field('value', 'string', '0+', { nullableVersions: '0+' }),
      )), '0+'),
    )), '0+'),
    field('validateOnly', 'bool', '0+'),
  ),
  response: responseSpec('AlterConfigsResponse', '0-2', '2+'),
  decode: (body) => ({
    validateOnly: body.validateOnly as boolean,
    resources: (body.resources as KafkaStruct[]).map((r) => ({
      resourceType: r.resourceType as number,
      resourceName: r.resourceName as string,
      configs: (r.configs as KafkaStruct[]).map((c) => ({ name: c.name as string, value: c.value as string | null })),
    })),
  }),
  encode: (resp) => encodeResponses(resp),
  errorResponse: (req, errorCode, errorMessage) => errorResponses(req.resources, errorCode, errorMessage),
};

export const incrementalAlterConfigsCodec: DomainKafkaCodec<typeof ApiKey.IncrementalAlterConfigs> = {
  apiKey: ApiKey.IncrementalAlterConfigs,
  versions: versions('0-1'),
  request: message('IncrementalAlterConfigsRequest', '0-1', '1+',
    field('resources', array(struct(
      field('resourceType', 'int8', '0+'),
      field('resourceName', 'string', '0+'),
      field('configs', array(struct(
        field('name', 'string', '0+'),
        field('configOperation', 'int8', '0+'),
        field('value', 'string', '0+', { nullableVersions: '0+' }),
      )), '0+'),
    )), '0+'),
    field('validateOnly', 'bool', '0+'),
  ),
  response: responseSpec('IncrementalAlterConfigsResponse', '0-1', '1+'),
  decode: (body) => ({
    validateOnly: body.validateOnly as boolean,
    resources: (body.resources as KafkaStruct[]).map((r) => ({
      resourceType: r.resourceType as number,
      resourceName: r.resourceName as string,
      configs: (r.configs as KafkaStruct[]).map((c) => ({
        name: c.name as string, configOperation: c.configOperation as number, value: c.value as string | null,
      })),
    })),
  }),
  encode: (resp) => encodeResponses(resp),
  errorResponse: (req, errorCode, errorMessage) => errorResponses(req.resources, errorCode, errorMessage),
};
