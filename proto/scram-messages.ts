/**
 * The four SCRAM messages of RFC 5802 section 7, formatted and parsed strictly, for the client
 * and the broker alike. Channel binding is not supported (gs2 flag `n`, or `y` from a client that
 * could bind but sees no -PLUS mechanism); `p=` is refused. User names travel as saslname
 * (`,` as `=2C`, `=` as `=3D`), normalised as SASLprep does (NFKC).
 */

export class ScramFormatError extends Error {}

export interface ClientFirstMessage {
  /** "n,," or "n,a=<authzid>," etc.: echoed base64-encoded in the client-final message. */
  gs2Header: string;
  authzid: string | undefined;
  username: string;
  nonce: string;
  /** client-first-message-bare: part of the AuthMessage. */
  bare: string;
  /** RFC 7677 extensions after the nonce (Kafka: tokenauth=true). */
  extensions: Map<string, string>;
}

export interface ServerFirstMessage {
  nonce: string;
  salt: Buffer;
  iterations: number;
  text: string;
}

export interface ClientFinalMessage {
  channelBinding: Buffer;
  nonce: string;
  proof: Buffer;
  /** client-final-message-without-proof: part of the AuthMessage. */
  withoutProof: string;
}

const printable = /^[\x21-\x2b\x2d-\x7e]+$/;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function encodeSaslName(name: string): string {
  return name.normalize('NFKC').replace(/=/g, '=3D').replace(/,/g, '=2C');
}

export function decodeSaslName(text: string): string {
  if (/=(?!2C|3D)/.test(text)) throw new ScramFormatError('saslname has an = not followed by 2C or 3D');
  return text.replace(/=2C/g, ',').replace(/=3D/g, '=').normalize('NFKC');
}

function decodeBase64(field: string, text: string): Buffer {
  if (!base64.test(text) || text.length % 4 !== 0) throw new ScramFormatError(`${field} is not base64`);
  return Buffer.from(text, 'base64');
}

function attribute(part: string | undefined, name: string): string {
  if (part === undefined || !part.startsWith(`${name}=`)) throw new ScramFormatError(`expected attribute ${name}=`);
  return part.slice(name.length + 1);
}

export function formatClientFirst(username: string, nonce: string): string {
  return `n,,n=${encodeSaslName(username)},r=${nonce}`;
}

export function parseClientFirst(text: string): ClientFirstMessage {
  const parts = text.split(',');
  const flag = parts[0];
  if (flag !== undefined && flag.startsWith('p=')) throw new ScramFormatError('channel binding (p=) is not supported');
  if (flag !== 'n' && flag !== 'y') throw new ScramFormatError('gs2 header must start with n or y');
  const authzPart = parts[1] ?? '';
  if (authzPart !== '' && !authzPart.startsWith('a=')) throw new ScramFormatError('gs2 header authzid must be a=<name>');
  const authzid = authzPart === '' ? undefined : decodeSaslName(authzPart.slice(2));
  if (parts[2]?.startsWith('m=')) throw new ScramFormatError('mandatory extensions (m=) are not supported');
  const username = decodeSaslName(attribute(parts[2], 'n'));
  if (username === '') throw new ScramFormatError('user name is empty');
  const nonce = attribute(parts[3], 'r');
  if (!printable.test(nonce)) throw new ScramFormatError('client nonce is empty or not printable');
  const extensions = new Map<string, string>();
  for (const ext of parts.slice(4)) {
    const eq = ext.indexOf('=');
    if (eq <= 0) throw new ScramFormatError('extension is not name=value');
    extensions.set(ext.slice(0, eq), ext.slice(eq + 1));
  }
  return { gs2Header: `${flag},${authzPart},`, authzid, username, nonce, bare: parts.slice(2).join(','), extensions };
}

export function formatServerFirst(nonce: string, salt: Buffer, iterations: number): string {
  return `r=${nonce},s=${salt.toString('base64')},i=${iterations}`;
}

export function parseServerFirst(text: string): ServerFirstMessage {
  const parts = text.split(',');
  if (parts[0]?.startsWith('m=')) throw new ScramFormatError('mandatory extensions (m=) are not supported');
  const nonce = attribute(parts[0], 'r');
  if (!printable.test(nonce)) throw new ScramFormatError('server nonce is empty or not printable');
  const salt = decodeBase64('salt', attribute(parts[1], 's'));
  const iterations = Number(attribute(parts[2], 'i'));
  if (!Number.isInteger(iterations) || iterations < 1) throw new ScramFormatError('iteration count is not a positive integer');
  return { nonce, salt, iterations, text };
}

export function formatClientFinalWithoutProof(gs2Header: string, nonce: string): string {
  return `c=${Buffer.from(gs2Header, 'utf8').toString('base64')},r=${nonce}`;
}

export function parseClientFinal(text: string): ClientFinalMessage {
  const proofAt = text.lastIndexOf(',p=');
  if (proofAt < 0) throw new ScramFormatError('client-final message has no proof');
  const withoutProof = text.slice(0, proofAt);
  const parts = withoutProof.split(',');
  const channelBinding = decodeBase64('channel binding', attribute(parts[0], 'c'));
  const nonce = attribute(parts[1], 'r');
  const proof = decodeBase64('proof', text.slice(proofAt + 3));
  return { channelBinding, nonce, proof, withoutProof };
}

export function formatServerFinal(serverSignature: Buffer): string {
  return `v=${serverSignature.toString('base64')}`;
}

/** The server's signature, or the error it sent (`e=...`). */
export function parseServerFinal(text: string): { signature: Buffer } | { error: string } {
  if (text.startsWith('e=')) return { error: text.slice(2) };
  return { signature: decodeBase64('server signature', attribute(text.split(',')[0], 'v')) };
}

/** AuthMessage = client-first-bare "," server-first "," client-final-without-proof. */
export function authMessage(clientFirstBare: string, serverFirst: string, clientFinalWithoutProof: string): string {
  return `${clientFirstBare},${serverFirst},${clientFinalWithoutProof}`;
}
