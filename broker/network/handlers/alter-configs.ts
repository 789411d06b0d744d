/**
 * AlterConfigs (33) and IncrementalAlterConfigs (44), served by any broker as Kafka's
 * ZkAdminManager does: a topic resource changes /config/topics/<t>; a broker resource named ''
 * changes the cluster-wide /config/brokers/<default>, one named by an id changes that broker's
 * /config/brokers/<id> and must be sent to that broker (else INVALID_REQUEST, as Kafka answers).
 * Each change is validated whole before anything is written (a refused resource changes nothing)
 * and announced under /config/changes, from which every broker applies it. Authorization as
 * KafkaApis 2.8: AlterConfigs on the topic (TOPIC_AUTHORIZATION_FAILED) or on the cluster
 * (CLUSTER_AUTHORIZATION_FAILED). validate_only checks and writes nothing.
 */
import { ErrorCode } from '../../../proto/errors';
import { topicNameProblem } from '../../../proto/topic-name';
import { defaultBrokerEntity, EntityConfigStore, type ConfigEntityType } from '../../../zk/admin/config-store';
import type {
  AlterableConfig, AlterConfigsRequest, AlterConfigsResource, AlterConfigsResourceResponse, AlterConfigsResponse, IncrementalAlterableConfig,
  IncrementalAlterConfigsRequest,
} from '../../api/configs';
import {
  ConfigAlterationError, incrementedConfigs, replacedConfigs, validateBrokerConfigs, validateTopicConfigs,
} from '../../config/dynamic-alterations';
import { AclOperation, ResourceType } from '../../security/acl';
import { requestAuthorization } from '../../security/authorize';
import type { RequestContext, RequestHandler } from '../request';
import { ConfigResourceType } from './describe-configs';
import type { BrokerServices } from './index';

type Change = (current: Record<string, string>) => Record<string, string>;

interface Target {
  type: ConfigEntityType;
  entity: string;
}

/** The entity a resource names, or a refusal with Kafka's code (bad name, unknown topic, another broker). */
async function targetOf(services: BrokerServices, resource: AlterConfigsResource): Promise<Target> {
  const name = resource.resourceName;
  if (resource.resourceType === ConfigResourceType.Topic) {
    const problem = topicNameProblem(name);
    if (problem !== undefined) throw new ConfigAlterationError(ErrorCode.INVALID_TOPIC_EXCEPTION, problem);
    if ((await services.zk.getReplicaAssignment(name)) === undefined) {
      throw new ConfigAlterationError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic ${name} does not exist`);
    }
    return { type: 'topics', entity: name };
  }
  if (resource.resourceType === ConfigResourceType.Broker) {
    if (name === '') return { type: 'brokers', entity: defaultBrokerEntity };
    if (!/^-?\d+$/.test(name)) throw new ConfigAlterationError(ErrorCode.INVALID_REQUEST, `Broker id must be an integer, but it is: ${name}`);
    if (Number(name) !== services.config.brokerId) {
      throw new ConfigAlterationError(ErrorCode.INVALID_REQUEST, `Unexpected broker id, expected ${services.config.brokerId}, but received ${name}`);
    }
    return { type: 'brokers', entity: name };
  }
  throw new ConfigAlterationError(ErrorCode.INVALID_REQUEST, `AlterConfigs is only supported for topics and brokers, but resource type is ${resource.resourceType}`);
}

function validated(services: BrokerServices, target: Target, next: Record<string, string>): Record<string, string> {
  if (target.type === 'topics') validateTopicConfigs(target.entity, next, services.dynamicConfig?.logDefaults() ?? services.config.logDefaults);
  else validateBrokerConfigs(target.entity === defaultBrokerEntity ? '' : target.entity, next);
  return next;
}

function refusal(services: BrokerServices, ctx: RequestContext, resource: AlterConfigsResource): number | undefined {
  const auth = requestAuthorization(services, ctx);
  if (resource.resourceType === ConfigResourceType.Topic) {
    return auth.allows(AclOperation.ALTER_CONFIGS, ResourceType.TOPIC, resource.resourceName) ? undefined : ErrorCode.TOPIC_AUTHORIZATION_FAILED;
  }
  if (resource.resourceType === ConfigResourceType.Broker) {
    return auth.allowsCluster(AclOperation.ALTER_CONFIGS) ? undefined : ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
  }
  return undefined;
}

async function alterOne<C extends AlterableConfig>(
  services: BrokerServices, ctx: RequestContext, resource: AlterConfigsResource<C>, validateOnly: boolean,
  plan: (target: Target) => Change,
): Promise<AlterConfigsResourceResponse> {
  const base = { resourceType: resource.resourceType, resourceName: resource.resourceName };
  const refused = refusal(services, ctx, resource);
  if (refused !== undefined) return { ...base, errorCode: refused, errorMessage: 'Authorization failed.' };
  try {
    const target = await targetOf(services, resource);
    const change = plan(target);
    const store = new EntityConfigStore(services.zk.zk);
    if (validateOnly) change(await store.read(target.type, target.entity));
    else await store.update(target.type, target.entity, change);
    return { ...base, errorCode: ErrorCode.NONE, errorMessage: '' };
  } catch (err) {
    if (err instanceof ConfigAlterationError) return { ...base, errorCode: err.errorCode, errorMessage: err.message };
    services.logger.warn({ err, ...base }, 'altering configs failed');
    return { ...base, errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: (err as Error).message };
  }
}

/** Kafka refuses a request naming one resource twice, answering INVALID_REQUEST for each copy. */
function duplicates(resources: readonly AlterConfigsResource<AlterableConfig>[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of resources) {
    const key = `${r.resourceType}:${r.resourceName}`;
    if (seen.has(key)) dup.add(key);
    seen.add(key);
  }
  return dup;
}

async function alterAll<C extends AlterableConfig>(
  services: BrokerServices, ctx: RequestContext, resources: readonly AlterConfigsResource<C>[], validateOnly: boolean,
  plan: (resource: AlterConfigsResource<C>, target: Target) => Change,
): Promise<AlterConfigsResponse> {
  const dup = duplicates(resources);
  const responses: AlterConfigsResourceResponse[] = [];
  for (const resource of resources) {
    if (dup.has(`${resource.resourceType}:${resource.resourceName}`)) {
      responses.push({ resourceType: resource.resourceType, resourceName: resource.resourceName, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Error due to duplicate resources' });
      continue;
    }
    responses.push(await alterOne(services, ctx, resource, validateOnly, (target) => plan(resource, target)));
  }
  return { responses };
}

export function alterConfigsHandler(services: BrokerServices): RequestHandler<AlterConfigsRequest, AlterConfigsResponse> {
  return (ctx, body) => alterAll(services, ctx, body.resources, body.validateOnly, (resource, target) => {
    const next = replacedConfigs(resource.configs);
    return () => validated(services, target, next);
  });
}

export function incrementalAlterConfigsHandler(
  services: BrokerServices,
): RequestHandler<IncrementalAlterConfigsRequest, AlterConfigsResponse> {
  return (ctx, body) => alterAll<IncrementalAlterableConfig>(services, ctx, body.resources, body.validateOnly, (resource, target) => {
    const kind = target.type === 'topics' ? 'topic' : 'broker';
    const defaults = services.dynamicConfig?.logDefaults() ?? services.config.logDefaults;
    return (current) => validated(services, target, incrementedConfigs(kind, current, resource.configs, defaults));
  });
}
