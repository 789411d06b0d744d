/**
 * What the group codecs share: the domain says "none" with an empty string where Kafka's wire
 * has a nullable string (group instance ids, protocol names), and Samsa has no quotas yet, so
 * every response reports no throttling.
 */
import type { KafkaStruct } from './schema';

/** The throttle time of every group response: no quotas yet. */
export const throttleTimeMs = 0;

export function nullIfEmpty(value: string): string | null {
  return value === '' ? null : value;
}

export function emptyIfNull(value: unknown): string {
  return (value as string | null) ?? '';
}

/** A decoded array of structs (Kafka's arrays read as JS arrays; a null array as none). */
export function structs(value: unknown): KafkaStruct[] {
  return (value as KafkaStruct[] | null) ?? [];
}
