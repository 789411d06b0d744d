/**
 * DescribeUserScramCredentials (50) and AlterUserScramCredentials (51) (KIP-554) as the domain
 * sees them. Mechanisms travel as Kafka's ScramMechanism codes; the request carries the salt and
 * salted password, never the password.
 */
export { ScramMechanismCode, scramMechanismOfCode } from '../../proto/scram-mechanism-code';

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
