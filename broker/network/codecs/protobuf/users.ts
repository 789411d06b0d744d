/** Protobuf codecs for the SCRAM credential APIs (proto/users.proto, KIP-554). */
import type { samsa } from '../../../../proto/generated/samsa';
import type * as U from '../../../api/users';
import type { ProtobufCodec } from './protobuf-codec';

function bytesField(value: Uint8Array | null | undefined): Buffer {
  if (!value) return Buffer.alloc(0);
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

export const describeUserScramCredentialsCodec: ProtobufCodec<U.DescribeUserScramCredentialsRequest, U.DescribeUserScramCredentialsResponse,
  samsa.v1.IDescribeUserScramCredentialsRequest, samsa.v1.IDescribeUserScramCredentialsResponse> = {
  decodeRequest: (m) => ({ users: [...(m.users ?? [])] }),
  encodeResponse: (r) => r,
};

export const alterUserScramCredentialsCodec: ProtobufCodec<U.AlterUserScramCredentialsRequest, U.AlterUserScramCredentialsResponse,
  samsa.v1.IAlterUserScramCredentialsRequest, samsa.v1.IAlterUserScramCredentialsResponse> = {
  decodeRequest: (m) => ({
    deletions: (m.deletions ?? []).map((d) => ({ name: d.name ?? '', mechanism: d.mechanism ?? 0 })),
    upsertions: (m.upsertions ?? []).map((u) => ({
      name: u.name ?? '', mechanism: u.mechanism ?? 0, iterations: u.iterations ?? 0, salt: bytesField(u.salt), saltedPassword: bytesField(u.saltedPassword),
    })),
  }),
  encodeResponse: (r) => r,
};
