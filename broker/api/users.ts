/**
 * DescribeUserScramCredentials (50) and AlterUserScramCredentials (51) (KIP-554) as the domain
 * sees them. Mechanisms travel as Kafka's ScramMechanism codes; the request carries the salt and
 * salted password, never the password.
 */
import type { ScramMechanism } from '../../proto/scram';

/** Kafka's org.apache.kafka.clients.admin.ScramMechanism codes. */
export const ScramMechanismCode = { UNKNOWN: 0, 'SCRAM-SHA-256': 1, 'SCRAM-SHA-512': 2 } as const;

export function scramMechanismOfCode(code: number): ScramMechanism | undefined {
  if (code === ScramMechanismCode['SCRAM-SHA-256']) return 'SCRAM-SHA-256';
  if (code === ScramMechanismCode['SCRAM-SHA-512']) return 'SCRAM-SHA-512';
  return undefined;
}

export interface DescribeUserScramCredentialsRequest {
  /** Empty: every user that has a credential. */
  users: string[];
}

export interface CredentialInfo { mechanism: number; iterations: number }

export interface DescribeUserScramCredentialsResult {
  user: string;
  errorCode: number;
  errorMessage: string;
  credentialInfos: CredentialInfo[];
}

export interface DescribeUserScramCredentialsResponse {
  throttleTimeMs: number;
  errorCode: number;
  errorMessage: string;
  results: DescribeUserScramCredentialsResult[];
}

export interface ScramCredentialDeletion { name: string; mechanism: number }

export interface ScramCredentialUpsertion {
  name: string;
  mechanism: number;
  iterations: number;
  salt: Buffer;
  saltedPassword: Buffer;
}

export interface AlterUserScramCredentialsRequest {
  deletions: ScramCredentialDeletion[];
  upsertions: ScramCredentialUpsertion[];
}

export interface AlterUserScramCredentialsResult { user: string; errorCode: number; errorMessage: string }

export interface AlterUserScramCredentialsResponse {
  throttleTimeMs: number;
  results: AlterUserScramCredentialsResult[];
}
