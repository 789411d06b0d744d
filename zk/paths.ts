/**
 * Every znode path and payload codec in one place (Kafka's `ZkData.scala`). A Kafka operator
 * reading the tree with zkCli.sh must find the same paths and the same JSON, so the encoders
 * below write Kafka's exact field names and versions.
 */

import { randomUUID } from 'node:crypto';
import { type TopicPartition } from '../proto/topic-partition';
import {
  PatternType, ResourceType, operationNames, permissionTypeNames, resourceTypeNames,
  type AccessControlEntry, type AclOperation, type AclPermissionType, type ResourcePattern,
} from '../broker/security/acl';

export const ClusterIdZNode = {
  path: '/cluster/id',
  encode(id: string): Buffer {
    // Kafka writes the version as a string here (unlike every other znode).
    return json({ version: '1', id });
  },
  decode(data: Buffer): string {
    const parsed = parse(data) as { id?: unknown };
    if (typeof parsed.id !== 'string') throw new Error('cluster id znode has no id');
    return parsed.id;
  },
  /** 22-character URL-safe base64 of a random UUID, as Kafka's `Uuid`/`CoreUtils.generateUuidAsBase64`. */
  generateId(): string {
    return Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64url');
  },
} as const;

export interface BrokerEndpointData { listenerName: string; securityProtocol: string; host: string; port: number }
export interface BrokerIdData { id: number; endpoints: BrokerEndpointData[]; rack: string | null; timestampMs: number }

export const BrokerIdsZNode = { path: '/brokers/ids' } as const;

export const BrokerIdZNode = {
  path(id: number): string {
    return `/brokers/ids/${id}`;
  },
  /** Version 4 registration (KIP-103 listeners, KIP-36 rack); host/port are the first PLAINTEXT endpoint. */
  encode(reg: { endpoints: BrokerEndpointData[]; rack?: string | null }, timestampMs: number): Buffer {
    const plaintext = reg.endpoints.find((e) => e.securityProtocol === 'PLAINTEXT');
    const protocolMap: Record<string, string> = {};
    for (const e of reg.endpoints) protocolMap[e.listenerName] = e.securityProtocol;
    return json({
      version: 4,
      host: plaintext ? plaintext.host : null,
      port: plaintext ? plaintext.port : -1,
      jmx_port: -1,
      timestamp: String(timestampMs),
      endpoints: reg.endpoints.map((e) => `${e.listenerName}://${e.host}:${e.port}`),
      listener_security_protocol_map: protocolMap,
      rack: reg.rack ?? null,
    });
  },
  decode(id: number, data: Buffer): BrokerIdData {
    const parsed = parse(data) as {
      endpoints?: string[]; listener_security_protocol_map?: Record<string, string>;
      rack?: string | null; timestamp?: string;
    };
    const protocolMap = parsed.listener_security_protocol_map ?? {};
    const endpoints = (parsed.endpoints ?? []).map((uri) => {
      const match = /^([^:]+):\/\/\[?([^\]]*)\]?:(\d+)$/.exec(uri);
      if (!match) throw new Error(`broker ${id}: malformed endpoint ${uri}`);
      const listenerName = match[1] ?? '';
      return {
        listenerName,
        securityProtocol: protocolMap[listenerName] ?? listenerName,
        host: match[2] ?? '',
        port: Number(match[3]),
      };
    });
    return { id, endpoints, rack: parsed.rack ?? null, timestampMs: Number(parsed.timestamp ?? 0) };
  },
} as const;

export const BrokerSequenceIdZNode = { path: '/brokers/seqid' } as const;

export const ControllerZNode = {
  path: '/controller',
  encode(brokerId: number, timestampMs: number): Buffer {
    return json({ version: 1, brokerid: brokerId, timestamp: String(timestampMs) });
  },
  decode(data: Buffer): number {
    const parsed = parse(data) as { brokerid?: unknown };
    if (typeof parsed.brokerid !== 'number') throw new Error('controller znode has no brokerid');
    return parsed.brokerid;
  },
} as const;

/** Plain decimal text, not JSON; its zkVersion is the controller's fencing token (KAFKA-6082). */
export const ControllerEpochZNode = {
  path: '/controller_epoch',
  encode(epoch: number): Buffer {
    return Buffer.from(String(epoch), 'utf8');
  },
  decode(data: Buffer): number {
    const epoch = Number(data.toString('utf8').trim());
    if (!Number.isInteger(epoch)) throw new Error('controller epoch znode is not an integer');
    return epoch;
  },
} as const;

export type ReplicaAssignment = Map<number, number[]>;
export interface TopicAssignmentData {
  partitions: ReplicaAssignment;
  addingReplicas: ReplicaAssignment;
  removingReplicas: ReplicaAssignment;
}

export const TopicsZNode = { path: '/brokers/topics' } as const;

export const TopicZNode = {
  path(topic: string): string {
    return `/brokers/topics/${topic}`;
  },
  /** Version 2 (KIP-455): adding/removing replicas carry an in-flight reassignment. */
  encode(partitions: ReplicaAssignment, adding: ReplicaAssignment = new Map(), removing: ReplicaAssignment = new Map()): Buffer {
    return json({
      version: 2,
      partitions: mapToObject(partitions),
      adding_replicas: mapToObject(adding),
      removing_replicas: mapToObject(removing),
    });
  },
  decode(data: Buffer): TopicAssignmentData {
    const parsed = parse(data) as {
      partitions?: Record<string, number[]>; adding_replicas?: Record<string, number[]>;
      removing_replicas?: Record<string, number[]>;
    };
    return {
      partitions: objectToMap(parsed.partitions),
      addingReplicas: objectToMap(parsed.adding_replicas),
      removingReplicas: objectToMap(parsed.removing_replicas),
    };
  },
} as const;

export const TopicPartitionsZNode = {
  path(topic: string): string {
    return `/brokers/topics/${topic}/partitions`;
  },
} as const;

export const TopicPartitionZNode = {
  path(topic: string, partition: number): string {
    return `/brokers/topics/${topic}/partitions/${partition}`;
  },
} as const;

export interface PartitionStateData { leader: number; leaderEpoch: number; isr: number[]; controllerEpoch: number }

export const TopicPartitionStateZNode = {
  path(topic: string, partition: number): string {
    return `/brokers/topics/${topic}/partitions/${partition}/state`;
  },
  encode(state: PartitionStateData): Buffer {
    return json({
      version: 1,
      leader: state.leader,
      leader_epoch: state.leaderEpoch,
      isr: state.isr,
      controller_epoch: state.controllerEpoch,
    });
  },
  decode(data: Buffer): PartitionStateData {
    const parsed = parse(data) as { leader: number; leader_epoch: number; isr: number[]; controller_epoch: number };
    return { leader: parsed.leader, leaderEpoch: parsed.leader_epoch, isr: parsed.isr, controllerEpoch: parsed.controller_epoch };
  },
} as const;

export const ConfigEntityZNode = {
  path(entityType: 'topics' | 'clients' | 'users' | 'brokers', entity: string): string {
    return `/config/${entityType}/${entity}`;
  },
  encode(config: Record<string, string>): Buffer {
    return json({ version: 1, config });
  },
  decode(data: Buffer | undefined): Record<string, string> {
    if (!data || data.length === 0) return {};
    const parsed = parse(data) as { config?: Record<string, string> };
    return parsed.config ?? {};
  },
} as const;

export const DeleteTopicsZNode = { path: '/admin/delete_topics' } as const;

export const DeleteTopicsTopicZNode = {
  path(topic: string): string {
    return `/admin/delete_topics/${topic}`;
  },
} as const;

export const IsrChangeNotificationZNode = { path: '/isr_change_notification' } as const;

export const IsrChangeNotificationSequenceZNode = {
  prefix: 'isr_change_',
  /** Path prefix for a PERSISTENT_SEQUENTIAL create; ZooKeeper appends a 10-digit counter. */
  pathPrefix(): string {
    return `/isr_change_notification/isr_change_`;
  },
  path(child: string): string {
    return `/isr_change_notification/${child}`;
  },
  encode(partitions: TopicPartition[]): Buffer {
    return json({ version: 1, partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition })) });
  },
  decode(data: Buffer): TopicPartition[] {
    return (parse(data) as { partitions?: TopicPartition[] }).partitions ?? [];
  },
} as const;

export const LogDirEventNotificationZNode = { path: '/log_dir_event_notification' } as const;
export const ConfigChangesZNode = { path: '/config/changes' } as const;

/**
 * One entity config change (Kafka's `ConfigEntityChangeNotificationSequenceZNode`, version 2):
 * whoever changes `/config/<type>/<name>` then creates a persistent sequential
 * `/config/changes/config_change_<10 digits>` naming the entity, and brokers watching
 * /config/changes reload it.
 */
export const ConfigEntityChangeNotificationSequenceZNode = {
  prefix: 'config_change_',
  /** Path prefix for a PERSISTENT_SEQUENTIAL create; ZooKeeper appends a 10-digit counter. */
  pathPrefix(): string {
    return '/config/changes/config_change_';
  },
  path(child: string): string {
    return `/config/changes/${child}`;
  },
  encode(entityPath: string): Buffer {
    return json({ version: 2, entity_path: entityPath });
  },
  /** The entity path (`users/alice`); undefined for a notification that is not version 2. */
  decode(data: Buffer): string | undefined {
    const parsed = parse(data) as { version?: unknown; entity_path?: unknown };
    return parsed.version === 2 && typeof parsed.entity_path === 'string' ? parsed.entity_path : undefined;
  },
} as const;

/**
 * Kafka's `Sanitizer.sanitize`: user principals become znode names URL-encoded (UTF-8, `%XX`
 * upper-case), keeping only letters, digits, `.`, `-` and `_`, so that any name (with `/`, `*`,
 * spaces) is one znode.
 */
export function sanitizeEntityName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/^[A-Za-z0-9._-]$/.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * Whether an entity name has a znode of its own: sanitizing keeps '.' and '..' (Kafka's Sanitizer
 * does too), which ZooKeeper refuses as relative paths, and '' would name the parent.
 */
export function isStorableEntityName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..';
}

/** Inverse of sanitizeEntityName (Kafka's `Sanitizer.desanitize`). */
export function desanitizeEntityName(znodeName: string): string {
  return decodeURIComponent(znodeName);
}

export interface PartitionReassignmentData { topic: string; partition: number; replicas: number[] }

/** Legacy reassignment request (pre-KIP-455 CLI form); the controller prunes finished entries. */
export const ReassignPartitionsZNode = {
  path: '/admin/reassign_partitions',
  encode(partitions: PartitionReassignmentData[]): Buffer {
    return json({ version: 1, partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition, replicas: p.replicas })) });
  },
  /** Malformed entries are dropped (Kafka logs and ignores a znode it cannot parse). */
  decode(data: Buffer): PartitionReassignmentData[] {
    const parsed = parse(data) as { partitions?: unknown };
    if (!Array.isArray(parsed.partitions)) return [];
    return (parsed.partitions as Array<Record<string, unknown>>).filter((p) => typeof p.topic === 'string'
      && Number.isInteger(p.partition) && Array.isArray(p.replicas) && p.replicas.every((r) => Number.isInteger(r)))
      .map((p) => ({ topic: p.topic as string, partition: p.partition as number, replicas: p.replicas as number[] }));
  },
} as const;

/** Legacy preferred-leader election request; the controller deletes it once processed. */
export const PreferredReplicaElectionZNode = {
  path: '/admin/preferred_replica_election',
  encode(partitions: TopicPartition[]): Buffer {
    return json({ version: 1, partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition })) });
  },
  decode(data: Buffer): TopicPartition[] {
    const parsed = parse(data) as { partitions?: unknown };
    if (!Array.isArray(parsed.partitions)) return [];
    return (parsed.partitions as Array<Record<string, unknown>>)
      .filter((p) => typeof p.topic === 'string' && Number.isInteger(p.partition))
      .map((p) => ({ topic: p.topic as string, partition: p.partition as number }));
  },
} as const;

export interface ProducerIdBlockData { brokerId: number; blockStart: number; blockEnd: number }

export const ProducerIdBlockZNode = {
  path: '/latest_producer_id_block',
  encode(block: ProducerIdBlockData): Buffer {
    // Bounds are inclusive and written as strings (Kafka's ProducerIdManager).
    return json({ version: 1, broker: block.brokerId, block_start: String(block.blockStart), block_end: String(block.blockEnd) });
  },
  decode(data: Buffer): ProducerIdBlockData | undefined {
    if (data.length === 0) return undefined;
    const parsed = parse(data) as { broker: number; block_start: string; block_end: string };
    return { brokerId: parsed.broker, blockStart: Number(parsed.block_start), blockEnd: Number(parsed.block_end) };
  },
} as const;

/**
 * ACLs (Kafka's ZkAclStore): LITERAL patterns under /kafka-acl/<ResourceType>/<name>, PREFIXED
 * ones under /kafka-acl-extended/prefixed/<ResourceType>/<name>, each znode holding
 * `{"version":1,"acls":[{"principal","permissionType","operation","host"}]}` with Kafka's names
 * ("Topic", "Allow", "Read").
 */
export const LiteralAclZNode = { path: '/kafka-acl' } as const;
export const ExtendedAclZNode = { path: '/kafka-acl-extended' } as const;
export const PrefixedAclZNode = { path: '/kafka-acl-extended/prefixed' } as const;

export const ResourceAclZNode = {
  /** The container of one pattern type's resource types. */
  root(patternType: PatternType): string {
    return patternType === PatternType.PREFIXED ? PrefixedAclZNode.path : LiteralAclZNode.path;
  },
  path(pattern: ResourcePattern): string {
    return `${ResourceAclZNode.root(pattern.patternType)}/${resourceTypeNames[pattern.resourceType]}/${pattern.name}`;
  },
  encode(entries: readonly AccessControlEntry[]): Buffer {
    return json({
      version: 1,
      acls: entries.map((e) => ({
        principal: e.principal, permissionType: permissionTypeNames[e.permissionType],
        operation: operationNames[e.operation], host: e.host,
      })),
    });
  },
  /** Throws on an entry Kafka could not read either (unknown names, missing fields). */
  decode(data: Buffer): AccessControlEntry[] {
    if (data.length === 0) return [];
    const parsed = parse(data) as { acls?: unknown };
    if (!Array.isArray(parsed.acls)) throw new Error('ACL znode has no acls array');
    return (parsed.acls as Array<Record<string, unknown>>).map((a) => {
      const operation = codeOfName(operationNames, a.operation) as AclOperation | undefined;
      const permissionType = codeOfName(permissionTypeNames, a.permissionType) as AclPermissionType | undefined;
      if (typeof a.principal !== 'string' || typeof a.host !== 'string' || operation === undefined || permissionType === undefined) {
        throw new Error(`unreadable ACL entry ${JSON.stringify(a)}`);
      }
      return { principal: a.principal, host: a.host, operation, permissionType };
    });
  },
  /** The resource type stored under this znode name ("Topic"), or undefined. */
  resourceTypeOf(name: string): ResourceType | undefined {
    return codeOfName(resourceTypeNames, name) as ResourceType | undefined;
  },
} as const;

/**
 * ACL change notifications (Kafka's ZkAclChangeStore): a PERSISTENT_SEQUENTIAL `acl_changes_`
 * child per changed pattern. The literal store keeps the pre-KIP-290 payload `TOPIC:name` (text);
 * the extended store writes `{"version":1,"resourceType":"TOPIC","name":..,"patternType":"PREFIXED"}`.
 * Readers accept the type in any case, as Kafka's ResourceType.fromString does.
 */
export const AclChangeNotificationZNode = {
  sequencePrefix: 'acl_changes_',
  literalPath: '/kafka-acl-changes',
  extendedPath: '/kafka-acl-extended-changes',
  /** The change store of a pattern type. */
  pathFor(patternType: PatternType): string {
    return patternType === PatternType.LITERAL ? AclChangeNotificationZNode.literalPath : AclChangeNotificationZNode.extendedPath;
  },
  encode(pattern: ResourcePattern): Buffer {
    // Kafka's Java enum name of the type: TOPIC, TRANSACTIONAL_ID.
    const type = Object.entries(ResourceType).find(([, code]) => code === pattern.resourceType)?.[0] ?? 'UNKNOWN';
    if (pattern.patternType === PatternType.LITERAL) return Buffer.from(`${type}:${pattern.name}`, 'utf8');
    return json({ version: 1, resourceType: type, name: pattern.name, patternType: 'PREFIXED' });
  },
  decode(changePath: string, data: Buffer): ResourcePattern {
    const text = data.toString('utf8');
    if (changePath === AclChangeNotificationZNode.literalPath) {
      const colon = text.indexOf(':');
      const resourceType = colon < 0 ? undefined : resourceTypeFromText(text.slice(0, colon));
      if (resourceType === undefined) throw new Error(`ACL change "${text}" is not ResourceType:name`);
      return { resourceType, name: text.slice(colon + 1), patternType: PatternType.LITERAL };
    }
    const event = parse(data) as { version?: unknown; resourceType?: unknown; name?: unknown; patternType?: unknown };
    const resourceType = typeof event.resourceType === 'string' ? resourceTypeFromText(event.resourceType) : undefined;
    if (resourceType === undefined || typeof event.name !== 'string' || String(event.patternType).toUpperCase() !== 'PREFIXED') {
      throw new Error(`unreadable extended ACL change ${text}`);
    }
    return { resourceType, name: event.name, patternType: PatternType.PREFIXED };
  },
} as const;

function codeOfName(names: Readonly<Record<number, string>>, name: unknown): number | undefined {
  for (const [code, n] of Object.entries(names)) if (n === name) return Number(code);
  return undefined;
}

/** "TOPIC", "Topic", "TRANSACTIONAL_ID", "TransactionalId". */
function resourceTypeFromText(text: string): ResourceType | undefined {
  const folded = text.replace(/_/g, '').toLowerCase();
  for (const [code, n] of Object.entries(resourceTypeNames)) if (n.toLowerCase() === folded) return Number(code) as ResourceType;
  return undefined;
}

/** Containers every broker ensures at startup (`ZkData.PersistentZkPaths`). */
export const PersistentZkPaths: readonly string[] = [
  '/consumers',
  BrokerIdsZNode.path,
  TopicsZNode.path,
  ConfigChangesZNode.path,
  '/config/topics',
  '/config/clients',
  '/config/users',
  '/config/brokers',
  DeleteTopicsZNode.path,
  BrokerSequenceIdZNode.path,
  IsrChangeNotificationZNode.path,
  ProducerIdBlockZNode.path,
  LogDirEventNotificationZNode.path,
];

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

function parse(data: Buffer): unknown {
  return JSON.parse(data.toString('utf8'));
}

function mapToObject(map: ReplicaAssignment): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [partition, replicas] of [...map.entries()].sort((a, b) => a[0] - b[0])) out[String(partition)] = replicas;
  return out;
}

function objectToMap(obj: Record<string, number[]> | undefined): ReplicaAssignment {
  const out: ReplicaAssignment = new Map();
  for (const [partition, replicas] of Object.entries(obj ?? {})) out.set(Number(partition), replicas);
  return out;
}
