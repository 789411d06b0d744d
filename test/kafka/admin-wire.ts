/**
 * A Kafka client's side of the wire for tests: a request frame from a schema and a struct, and
 * the response struct read back from the broker's frame. Header v1 for non-flexible versions, v2
 * (tagged fields) for flexible ones; response header v1 in flexible versions.
 */
import { Socket } from 'node:net';
import type { ParsedRequest, WireProtocol } from '../../broker/network/codec';
import { KafkaReader, KafkaWriter } from '../../broker/network/codecs/kafka/primitives';
import { inVersions, readMessage, writeMessage, type KafkaStruct, type MessageSpec } from '../../broker/network/codecs/kafka/schema';

export interface KafkaCall {
  apiKey: number;
  version: number;
  request: MessageSpec;
  response: MessageSpec;
}

/** The request message (no length prefix): what a WireProtocol's parseRequest takes. */
export function requestMessage(call: KafkaCall, correlationId: number, body: KafkaStruct, clientId = 'admin-test'): Buffer {
  const w = new KafkaWriter();
  w.int16(call.apiKey).int16(call.version).int32(correlationId).string(clientId, false);
  if (inVersions(call.request.flexibleVersions, call.version)) w.uvarint(0);
  writeMessage(call.request, call.version, body, w);
  return Buffer.from(w.finish());
}

/** Reads a response frame (with its length prefix); every byte must belong to the response. */
export function readResponseFrame(call: KafkaCall, frame: Buffer): { correlationId: number; body: KafkaStruct } {
  const r = new KafkaReader(frame);
  const length = r.int32();
  if (length !== frame.length - 4) throw new Error(`frame length ${length} but ${frame.length - 4} bytes follow`);
  const correlationId = r.int32();
  if (inVersions(call.response.flexibleVersions, call.version)) r.taggedFields();
  const body = readMessage(call.response, call.version, r);
  if (r.remaining() !== 0) throw new Error(`${r.remaining()} bytes after the ${call.response.name} body`);
  return { correlationId, body };
}

export interface Exchange {
  /** The domain request the codec decoded. */
  decoded: unknown;
  /** The domain response as the client reads it. */
  response: KafkaStruct;
  /** The codec's errorResponse for this request, as the client reads it. */
  errorResponse(errorCode: number, message: string): KafkaStruct;
}

/** One request through `protocol` as the dispatcher drives it: parse, decode, encode the answer. */
export async function exchange(protocol: WireProtocol, call: KafkaCall, body: KafkaStruct, domainResponse: unknown): Promise<Exchange> {
  const parsed = protocol.parseRequest(requestMessage(call, 77, body));
  if (!parsed.ok) throw new Error(`unparsable: ${parsed.reason}`);
  const request: ParsedRequest = parsed;
  const decoded = await request.decode();
  const read = (frame: Buffer): KafkaStruct => {
    const { correlationId, body: response } = readResponseFrame(call, frame);
    if (correlationId !== 77) throw new Error(`correlation id ${correlationId}`);
    return response;
  };
  return {
    decoded,
    response: read(await request.encodeResponse!(domainResponse)),
    errorResponse: (errorCode, message) => read(request.encodeError!(errorCode, message)!),
  };
}

/** Bounds one exchange with a broker over a real socket. */
const socketCallTimeoutMs = 30_000;

/** Sends one request to host:port and reads its response over a fresh connection. */
export async function callOverSocket(host: string, port: number, call: KafkaCall, body: KafkaStruct): Promise<KafkaStruct> {
  const message = requestMessage(call, 1, body);
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(message.length);
  const socket = new Socket();
  try {
    const frame = await new Promise<Buffer>((resolve, reject) => {
      let received = Buffer.alloc(0);
      const timer = setTimeout(() => reject(new Error(`no response within ${socketCallTimeoutMs} ms`)), socketCallTimeoutMs);
      socket.on('error', (err) => { clearTimeout(timer); reject(err); });
      socket.on('close', () => { clearTimeout(timer); reject(new Error('connection closed before the response')); });
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        if (received.length >= 4 && received.length >= 4 + received.readUInt32BE(0)) {
          clearTimeout(timer);
          resolve(received.subarray(0, 4 + received.readUInt32BE(0)));
        }
      });
      socket.connect(port, host, () => socket.write(Buffer.concat([prefix, message])));
    });
    return readResponseFrame(call, frame).body;
  } finally {
    socket.destroy();
  }
}
