/**
 * Kafka's wire codes for SCRAM mechanisms (org.apache.kafka.clients.admin.ScramMechanism), as
 * DescribeUserScramCredentials and AlterUserScramCredentials carry them (KIP-554).
 */
import type { ScramMechanism } from './scram';

export const ScramMechanismCode = { UNKNOWN: 0, 'SCRAM-SHA-256': 1, 'SCRAM-SHA-512': 2 } as const;

export function scramMechanismOfCode(code: number): ScramMechanism | undefined {
  if (code === ScramMechanismCode['SCRAM-SHA-256']) return 'SCRAM-SHA-256';
  if (code === ScramMechanismCode['SCRAM-SHA-512']) return 'SCRAM-SHA-512';
  return undefined;
}
