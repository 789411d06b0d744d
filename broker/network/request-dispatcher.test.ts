import pino from 'pino';
import { ApiKey, apiName } from '../../proto/api';
import { ErrorCode } from '../../proto/errors';
import { encodeRequestFrame, samsa } from '../../proto/frame';
import type { WireProtocol } from './codec';
import { protobufProtocol } from './codecs/protobuf';
import { apiVersionsHandler } from './handlers/api-versions';
import { implementedApiKeys, type BrokerServices } from './handlers';
import { handlerTable, type HandlerTable, type RequestHeader } from './request';
import { controlPlaneApiKeys, RequestDispatcher } from './request-dispatcher';
import { responseFrameBytes } from './codec';

const bodyFields: Record<number, string> = {
  [ApiKey.LeaderAndIsr]: 'leaderAndIsr', [ApiKey.StopReplica]: 'stopReplica',
  [ApiKey.UpdateMetadata]: 'updateMetadata', [ApiKey.ControlledShutdown]: 'controlledShutdown', [ApiKey.Metadata]: 'metadata',
};

function setup(controlPlaneListenerName: string | undefined) {
  const ran: number[] = [];
  const handlers: HandlerTable = new Map(Object.keys(bodyFields).map((key) => [Number(key), async () => {
    ran.push(Number(key));
    return {};
  }]));
  const dispatcher = new RequestDispatcher(handlers, pino({ level: 'silent' }), undefined, { controlPlaneListenerName });
  const dispatch = async (apiKey: number, listenerName: string): Promise<samsa.v1.Response> => {
    // The frame's 4-byte length prefix is the socket layer's; the dispatcher gets the message.
    const frame = encodeRequestFrame({ header: { apiKey, apiVersion: 0, correlationId: 7, clientId: 't' }, [bodyFields[apiKey]!]: {} });
    const result = await dispatcher.dispatch(frame.subarray(4), {
      listenerName, clientAddress: '127.0.0.1:1', connectionId: 'c', closeConnection: () => undefined,
    });
    return samsa.v1.Response.decode(responseFrameBytes(result.frame!).subarray(4));
  };
  return { dispatch, ran };
}

describe('control.plane.listener.name', () => {
  it.each([...controlPlaneApiKeys].map((k) => [apiName(k), k]))('refuses %s on another listener without running its handler', async (_name, apiKey) => {
    const { dispatch, ran } = setup('CONTROLLER');
    const resp = await dispatch(apiKey, 'CLIENT');
    expect(resp.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect(resp.errorMessage).toMatch(/only on the control-plane listener/);
    expect(ran).toEqual([]);
    expect((await dispatch(apiKey, 'CONTROLLER')).errorCode).toBe(ErrorCode.NONE);
    expect(ran).toEqual([apiKey]);
  });

  it('leaves client APIs on every listener, and everything when unset', async () => {
    const confined = setup('CONTROLLER');
    expect((await confined.dispatch(ApiKey.Metadata, 'CLIENT')).errorCode).toBe(ErrorCode.NONE);
    const open = setup(undefined);
    expect((await open.dispatch(ApiKey.StopReplica, 'CLIENT')).errorCode).toBe(ErrorCode.NONE);
  });
});

describe('a second wire protocol', () => {
  /** A toy protocol: a frame is JSON {header, body}; bodies are the domain types already. */
  const jsonProtocol: WireProtocol = {
    name: 'json',
    versionRange: (apiKey) => protobufProtocol.versionRange(apiKey),
    parseRequest: (message) => {
      const { header, body } = JSON.parse(message.toString('utf8')) as { header: RequestHeader; body: unknown };
      return { ok: true, header, decode: () => body };
    },
    encodeResponse: (header, response) => Buffer.from(JSON.stringify({ correlationId: header.correlationId, response })),
    encodeError: (request, errorCode, message) => Buffer.from(JSON.stringify({ correlationId: request.correlationId, errorCode, message })),
  };

  it('runs the same handlers for the listener that speaks it, and protobuf elsewhere', async () => {
    const handlers = handlerTable({ [ApiKey.ApiVersions]: apiVersionsHandler({} as BrokerServices) });
    const dispatcher = new RequestDispatcher(handlers, pino({ level: 'silent' }), undefined, {
      protocolFor: (listenerName) => (listenerName === 'JSON' ? jsonProtocol : protobufProtocol),
    });
    const conn = (listenerName: string) => ({ listenerName, clientAddress: '127.0.0.1:1', connectionId: 'c', closeConnection: () => undefined });
    const header = { apiKey: ApiKey.ApiVersions, apiVersion: 0, correlationId: 4, clientId: 't' };
    const json = await dispatcher.dispatch(Buffer.from(JSON.stringify({ header, body: { clientSoftwareName: '', clientSoftwareVersion: '' } })), conn('JSON'));
    const answer = JSON.parse(responseFrameBytes(json.frame!).toString('utf8')) as { correlationId: number; response: { errorCode: number; apiKeys: { apiKey: number }[] } };
    expect(answer.correlationId).toBe(4);
    expect(answer.response.apiKeys.map((k) => k.apiKey)).toEqual([...implementedApiKeys]);
    const proto = await dispatcher.dispatch(encodeRequestFrame({ header, apiVersions: {} }).subarray(4), conn('PLAINTEXT'));
    const decoded = samsa.v1.Response.decode(responseFrameBytes(proto.frame!).subarray(4));
    expect(decoded.apiVersions?.apiKeys?.map((k) => k.apiKey)).toEqual(answer.response.apiKeys.map((k) => k.apiKey));
  });
});
