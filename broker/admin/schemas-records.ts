/** The records-browsing extension's list (routes-records.ts). */
const bytes = { anyOf: [{ type: 'object', properties: { type: { type: 'string' }, data: { type: 'string' } }, required: ['type', 'data'] }, { type: 'null' }] } as const;

export const recordSchema = {
  type: 'object',
  properties: {
    partition_id: { type: 'integer' },
    offset: { type: 'integer' },
    timestamp: { type: 'integer' },
    timestamp_type: { type: 'string' },
    key: bytes,
    value: bytes,
    headers: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, value: { type: ['string', 'null'] } }, required: ['name', 'value'] },
    },
  },
  required: ['partition_id', 'offset', 'timestamp', 'timestamp_type', 'key', 'value', 'headers'],
} as const;

export const recordListSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string' },
    metadata: { type: 'object', properties: { self: { type: 'string' }, next: { type: ['string', 'null'] } }, required: ['self', 'next'] },
    data: { type: 'array', items: recordSchema },
    next_offset: { type: 'integer' },
  },
  required: ['kind', 'metadata', 'data', 'next_offset'],
} as const;
