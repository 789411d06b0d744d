/**
 * Produce (single, several and streaming), the records-browsing extension, 405 with Allow, the
 * OpenAPI document and CORS, through app.inject() over the cluster client's test double.
 */
// light-my-request (behind app.inject) requires `cookie` 2.x, an ES module Jest's CommonJS runtime cannot load.
jest.mock('cookie', () => ({ stringifySetCookie: (): string => { throw new Error('cookies are not used by these tests'); } }));

import { Readable } from 'node:stream';
import { alice, bob, testApp } from '../../test/support/admin-cluster-fake';

const records = '/v3/clusters/c1/topics/orders/records';
const json = { ...alice, 'content-type': 'application/json' };

describe('REST v3 produce', () => {
  it('produces one record with BINARY, JSON and STRING data, headers, partition and timestamp', async () => {
    const { app, cluster } = testApp();
    const res = await app.inject({
      method: 'POST', url: records, headers: json,
      payload: { partition_id: 1, key: { type: 'BINARY', data: 'Zm9vYmFy' }, value: { type: 'JSON', data: { foo: 'bar' } }, headers: [{ name: 'h', value: 'SGk=' }], timestamp: '2021-02-05T19:14:42Z' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      error_code: 200, cluster_id: 'c1', topic_name: 'orders', partition_id: 1, offset: 0, timestamp: '2021-02-05T19:14:42.000Z',
      key: { type: 'BINARY', size: 6 }, value: { type: 'JSON', size: 13 },
    });
    const stored = cluster.logs.get('orders-1')![0]!;
    expect([stored.key!.toString(), stored.value!.toString(), stored.headers[0]!.key, stored.headers[0]!.value!.toString(), stored.timestamp])
      .toEqual(['foobar', '{"foo":"bar"}', 'h', 'Hi', Date.parse('2021-02-05T19:14:42Z')]);
    const text = await app.inject({ method: 'POST', url: records, headers: json, payload: { value: { type: 'STRING', data: 'hello' } } });
    expect(text.json()).toMatchObject({ error_code: 200, partition_id: 0, offset: 0, key: null, value: { type: 'STRING', size: 5 } });
  });

  it('answers one delivery report per record, in order, for concatenated records, errors included', async () => {
    const { app } = testApp();
    const body = '{"value":{"type":"STRING","data":"a"}} {"value":{"type":"BINARY","data":"!!"}}\n{"value":{"type":"STRING","data":"b"}}';
    const res = await app.inject({ method: 'POST', url: records, headers: json, payload: body });
    expect(res.statusCode).toBe(200);
    const reports = res.body.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(reports.map((r) => [r.error_code, r.offset])).toEqual([[200, 0], [400, undefined], [200, 1]]);
    expect(reports[1]!.message).toBe('value.data must be base64');
  });

  it('streams reports of a chunked request as records arrive', async () => {
    const { app } = testApp();
    const res = await app.inject({
      method: 'POST', url: records, headers: { ...json, 'transfer-encoding': 'chunked' },
      payload: Readable.from([Buffer.from('{"value":{"type":"STRING","da'), Buffer.from('ta":"x"}}')]),
    });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body.trim())).toMatchObject({ error_code: 200, offset: 0 });
  });

  it('answers a lone bad record with its status: 400 bad fields or JSON, 404 unknown partition; 422 empty body; 415 not JSON; 403; 404 topic', async () => {
    const { app, cluster } = testApp();
    const post = (payload: string | object, headers: Record<string, string> = json, url = records) => app.inject({ method: 'POST', url, headers, payload });
    for (const [payload, message] of [
      [{ value: { type: 'AVRO', data: 1 } }, /schema registry/], [{ value: { type: 'STRING', data: 1 } }, /must be a string/],
      [{ value: { data: 'x' } }, /BINARY, JSON or STRING/], [{ partition_id: -1 }, /partition_id/], [{ headers: [{ value: 'SGk=' }] }, /headers\[0\].name/],
      [{ timestamp: 'yesterday' }, /RFC 3339/], [{ valu: {} }, /unknown field valu/], ['{"value": ', /ends inside/], ['[1]', /expected a JSON object/],
    ] as Array<[string | object, RegExp]>) {
      const res = await post(payload);
      expect([res.statusCode, res.json().message]).toEqual([400, expect.stringMatching(message)]);
    }
    expect((await post({ partition_id: 9 })).statusCode).toBe(404);
    expect((await post('')).statusCode).toBe(422);
    expect((await post('x', { ...alice, 'content-type': 'text/plain' })).statusCode).toBe(415);
    expect((await post({ value: null }, { ...bob, 'content-type': 'application/json' })).statusCode).toBe(403);
    expect((await post({ value: null }, json, '/v3/clusters/c1/topics/nope/records')).statusCode).toBe(404);
    expect(cluster.logs.get('orders-0')).toEqual([]);
  });
});

describe('REST v3 records browsing (Samsa extension)', () => {
  function withRecords() {
    const t = testApp();
    t.cluster.logs.set('orders-0', [0, 1, 2, 3].map((offset) => ({
      offset, timestamp: 1000 + offset, key: offset === 0 ? null : Buffer.from(`k${offset}`), value: Buffer.from([0xff, offset]), headers: [{ key: 'h', value: null }],
    })));
    return t;
  }

  it('answers records from an offset, bounded by max_records, with base64 data and next_offset', async () => {
    const { app } = withRecords();
    const body = (await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/orders/partitions/0/records?offset=1&max_records=2', headers: alice })).json();
    expect(body.kind).toBe('KafkaRecordList');
    expect(body.data).toEqual([
      { partition_id: 0, offset: 1, timestamp: 1001, timestamp_type: 'CREATE_TIME', key: { type: 'BINARY', data: Buffer.from('k1').toString('base64') }, value: { type: 'BINARY', data: '/wE=' }, headers: [{ name: 'h', value: null }] },
      expect.objectContaining({ offset: 2 }),
    ]);
    expect(body.next_offset).toBe(3);
  });

  it('starts at a timestamp, at the log start by default, and answers nothing past the end', async () => {
    const { app } = withRecords();
    const get = async (query: string) => (await app.inject({ method: 'GET', url: `/v3/clusters/c1/topics/orders/partitions/0/records${query}`, headers: alice })).json();
    expect((await get('?timestamp=1002')).data.map((r: { offset: number }) => r.offset)).toEqual([2, 3]);
    const all = await get('');
    expect([all.data.length, all.data[0].key]).toEqual([4, null]);
    expect(await get('?offset=9')).toMatchObject({ data: [], next_offset: 4 });
  });

  it('answers 400 for bad queries, 404 for unknown topics and partitions, 403 without Read', async () => {
    const { app } = withRecords();
    const status = async (url: string, headers = alice) => (await app.inject({ method: 'GET', url: `/v3/clusters/c1/topics/${url}`, headers })).statusCode;
    for (const q of ['offset=-1', 'offset=1&timestamp=2', 'max_records=0', 'max_records=501', 'offset=x', 'limit=3']) expect([q, await status(`orders/partitions/0/records?${q}`)]).toEqual([q, 400]);
    expect(await status('orders/partitions/5/records')).toBe(404);
    expect(await status('nope/partitions/0/records')).toBe(404);
    expect(await status('orders/partitions/0/records', bob)).toBe(403);
  });
});

describe('admin HTTP behaviour', () => {
  it('answers 405 with Allow for a wrong method on a known path, 404 for an unknown path', async () => {
    const { app } = testApp();
    const res = await app.inject({ method: 'PUT', url: '/v3/clusters/c1/topics/orders', headers: alice, payload: {} });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('DELETE, GET, HEAD, PATCH');
    expect(res.json().error_code).toBe(405);
    expect((await app.inject({ method: 'GET', url: '/v3/clusters/c1/topics/orders/configs:alter', headers: alice })).headers.allow).toBe('POST');
    expect((await app.inject({ method: 'DELETE', url: '/v3/clusters/c1/brokers', headers: alice })).headers.allow).toBe('GET, HEAD');
    expect((await app.inject({ method: 'PUT', url: '/v3/nowhere', headers: alice })).statusCode).toBe(404);
  });

  it('serves an OpenAPI 3 document generated from the route schemas', async () => {
    const { app } = testApp();
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json', headers: alice })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/v3/clusters/{cluster_id}/topics/{topic_name}', '/v3/clusters/{cluster_id}/topics/{topic_name}/configs:alter',
      '/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lag-summary', '/v3/clusters/{cluster_id}/topics/{topic_name}/records',
      '/v3/clusters/{cluster_id}/topics/{topic_name}/partitions/{partition_id}/records',
    ]));
    expect(doc.paths['/v3/clusters/{cluster_id}/topics'].post.requestBody.content['application/json'].schema.required).toEqual(['topic_name']);
  });

  it('sends CORS headers for configured origins and answers preflights without credentials', async () => {
    const { app } = testApp({ cors: { allowOrigins: ['http://console.example'], allowMethods: ['GET', 'POST'] } });
    const preflight = await app.inject({ method: 'OPTIONS', url: '/v3/clusters/c1/topics', headers: { origin: 'http://console.example', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://console.example');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, POST');
    const get = await app.inject({ method: 'GET', url: '/v3/clusters/c1', headers: { ...alice, origin: 'http://console.example' } });
    expect(get.headers['access-control-allow-origin']).toBe('http://console.example');
    const other = await app.inject({ method: 'GET', url: '/v3/clusters/c1', headers: { ...alice, origin: 'http://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect((await app.inject({ method: 'GET', url: '/v3/clusters/c1', headers: { origin: 'http://console.example' } })).statusCode).toBe(401);
    const { app: off } = testApp();
    expect((await off.inject({ method: 'GET', url: '/v3/clusters/c1', headers: { ...alice, origin: 'http://console.example' } })).headers['access-control-allow-origin']).toBeUndefined();
  });
});
