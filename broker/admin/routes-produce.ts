/**
 * POST .../topics/{topic_name}/records: Confluent REST v3's produce. The body is one
 * ProduceRequest object or several concatenated; each record is sent through the cluster client's
 * idempotent producer (acks=all) and answered by one delivery report, in order. A chunked request
 * is streaming mode: the response (200) starts at once and each report is written as soon as
 * its record is acknowledged, so a client may wait for a report before sending the next record.
 * Otherwise a body holding a single record is answered with that record's status (400, 404, ...)
 * when it fails. Needs Write on the topic, as Produce does.
 *
 * Records are sent one at a time across the whole admin API (`ProduceQueue`): the producer batches
 * concurrent sends to one partition together and reports the batch's base offset to each, so
 * only a lone record's report can name its own offset.
 */
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AclOperation, ResourceType } from '../security/acl';
import type { RecordProducer } from './cluster-access';
import { JsonObjectSplitter, JsonStreamError } from './json-objects';
import { type ProduceRecordInput, RecordBodyError, parseProduceRequest } from './rest-records';
import { type RouteContext, type TopicParams, checkCluster, protocolErrorOf, sendError, sendNotFound, statusForKafkaCode } from './routes-common';
import { errorSchema, topicParams } from './schemas';

/** Bound on one record object of a produce body. */
export const produceRecordBytesMax = 1024 * 1024;
/** Bound on records waiting for the producer across all produce requests; past it records are refused with 429. */
export const produceQueueMax = 1_000;

type Report = Record<string, unknown> & { error_code: number };

/** Runs sends one after another, holding at most `produceQueueMax` waiting. */
class ProduceQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  run<T>(work: () => Promise<T>): Promise<T> | undefined {
    if (this.waiting >= produceQueueMax) return undefined;
    this.waiting++;
    const result = this.tail.then(work).finally(() => { this.waiting--; });
    this.tail = result.catch(() => undefined);
    return result;
  }
}

function errorReport(status: number, message: string): Report {
  return { error_code: status, message };
}

async function produceOne(ctx: RouteContext, queue: ProduceQueue, params: TopicParams, text: string): Promise<Report> {
  let record: ProduceRecordInput;
  try {
    record = parseProduceRequest(text);
  } catch (err) {
    if (err instanceof RecordBodyError) return errorReport(400, err.message);
    throw err;
  }
  const { cluster_id, topic_name } = params;
  const partitions = ctx.source.topic(topic_name)?.partitions.length ?? 0;
  if (record.partition !== undefined && record.partition >= partitions) return errorReport(404, `partition ${record.partition} of topic ${topic_name} not found`);
  const timestampMs = record.timestampMs ?? Date.now();
  const send = (producer: RecordProducer) => producer.send({
    topic: topic_name,
    messages: [{ key: record.key, value: record.value, partition: record.partition, headers: record.headers, timestamp: timestampMs }],
  });
  const sent = queue.run(async () => send(await ctx.cluster!.producer()));
  if (sent === undefined) return errorReport(429, 'too many records are waiting to be produced');
  try {
    const metadata = (await sent)[0];
    if (metadata === undefined) return errorReport(500, 'the producer reported nothing for the record');
    const size = (bytes: Buffer | null, type: string | null) => (bytes === null && type === null ? null : { type: type ?? 'BINARY', size: bytes?.length ?? 0 });
    return {
      error_code: 200, cluster_id, topic_name, partition_id: metadata.partition, offset: metadata.baseOffset,
      timestamp: new Date(metadata.logAppendTime >= 0 ? metadata.logAppendTime : timestampMs).toISOString(),
      key: size(record.key, record.keyType), value: size(record.value, record.valueType),
    };
  } catch (err) {
    const protocol = protocolErrorOf(err);
    const status = protocol === undefined ? 500 : statusForKafkaCode(protocol.code, protocol.retriable);
    return errorReport(status, protocol === undefined ? (err as Error).message : `${protocol.type}: ${protocol.message}`);
  }
}

/** Writes reports as they come: at once when streaming, otherwise holding the first until a second shows it is not alone. */
class ReportWriter {
  private out: PassThrough | undefined;
  private held: Report | undefined;
  count = 0;

  constructor(private readonly reply: FastifyReply, streaming: boolean) {
    if (streaming) this.start();
  }

  write(report: Report): void {
    this.count++;
    if (this.out === undefined && this.count === 1) {
      this.held = report;
      return;
    }
    if (this.out === undefined) this.start();
    this.out!.write(`${JSON.stringify(report)}\n`);
  }

  finish(): FastifyReply {
    if (this.out !== undefined) {
      this.out.end();
      return this.reply;
    }
    if (this.held === undefined) return sendError(this.reply, 422, 'the request body is empty: one JSON record object or more is needed');
    const r = this.held;
    return r.error_code === 200 ? this.reply.code(200).send(r) : sendError(this.reply, r.error_code, String(r.message));
  }

  private start(): void {
    this.out = new PassThrough();
    void this.reply.code(200).header('content-type', 'application/json').send(this.out);
    const held = this.held;
    this.held = undefined;
    if (held !== undefined) this.out.write(`${JSON.stringify(held)}\n`);
  }
}

async function produceBody(ctx: RouteContext, queue: ProduceQueue, request: FastifyRequest<{ Params: TopicParams }>, reply: FastifyReply): Promise<FastifyReply> {
  const writer = new ReportWriter(reply, request.headers['transfer-encoding'] === 'chunked');
  const body = request.body as NodeJS.ReadableStream | undefined;
  const splitter = new JsonObjectSplitter(produceRecordBytesMax);
  try {
    if (body !== undefined) {
      for await (const chunk of body) {
        for (const text of splitter.push(chunk as Buffer)) writer.write(await produceOne(ctx, queue, request.params, text));
      }
    }
    splitter.end();
  } catch (err) {
    if (!(err instanceof JsonStreamError)) throw err;
    writer.write(errorReport(400, err.message));
  }
  return writer.finish();
}

export function registerProduceRoute(app: FastifyInstance, ctx: RouteContext): void {
  const queue = new ProduceQueue();
  void app.register(async (scope) => {
    // The body is read here as a stream of JSON objects, not parsed whole; only JSON is accepted (415 otherwise).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', (_request, payload, done) => done(null, payload));
    scope.post<{ Params: TopicParams }>('/v3/clusters/:cluster_id/topics/:topic_name/records', {
      schema: {
        description: 'One Confluent ProduceRequest JSON object, or several concatenated (streaming mode with Transfer-Encoding: chunked); one delivery report per record, in order.',
        params: topicParams,
        response: { 200: { description: 'Delivery report(s): {error_code: 200, cluster_id, topic_name, partition_id, offset, timestamp, key, value}', type: 'object', additionalProperties: true }, 400: errorSchema, 403: errorSchema, 404: errorSchema, 415: errorSchema, 422: errorSchema, 503: errorSchema },
      },
    }, async (request, reply) => {
      const { cluster_id, topic_name } = request.params;
      if (!checkCluster(ctx.source, cluster_id, reply) || !ctx.acl.check(request, reply, AclOperation.WRITE, ResourceType.TOPIC, topic_name)) return reply;
      if (ctx.source.topic(topic_name) === undefined) return sendNotFound(reply, `topic ${topic_name} not found`);
      if (ctx.cluster === undefined) return sendError(reply, 503, 'the admin API has no client of the cluster');
      return produceBody(ctx, queue, request, reply);
    });
  });
}
