/** SaslHandshake (17) and SaslAuthenticate (36) as the domain sees them (KIP-152). */

export interface SaslHandshakeRequest {
  mechanism: string;
}

export interface SaslHandshakeResponse {
  errorCode: number;
  mechanisms: string[];
}

export interface SaslAuthenticateRequest {
  authBytes: Buffer;
}

export interface SaslAuthenticateResponse {
  errorCode: number;
  errorMessage: string;
  authBytes: Buffer;
  /** 0: no re-authentication deadline (KIP-368 is not implemented). */
  sessionLifetimeMs: number;
}
