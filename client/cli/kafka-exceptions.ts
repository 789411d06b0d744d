/**
 * How Kafka's tools print a per-item error: the exception's toString, `<class>: <message>`, with
 * the class Kafka's Errors enum maps the code to and the code's default message.
 */

import { errorFor } from '../../proto/errors';

/** Codes whose exception class is not the code's name in CamelCase plus "Exception". */
const irregular: Readonly<Record<string, string>> = {
  REQUEST_TIMED_OUT: 'TimeoutException',
  INVALID_TOPIC_EXCEPTION: 'InvalidTopicException',
  TOPIC_AUTHORIZATION_FAILED: 'TopicAuthorizationException',
  CLUSTER_AUTHORIZATION_FAILED: 'ClusterAuthorizationException',
  UNKNOWN_SERVER_ERROR: 'UnknownServerException',
  KAFKA_STORAGE_ERROR: 'KafkaStorageException',
};

export function kafkaExceptionClass(code: number): string {
  const { name } = errorFor(code);
  const simple = irregular[name] ?? `${name.toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}Exception`;
  return `org.apache.kafka.common.errors.${simple}`;
}

export function kafkaExceptionLine(code: number): string {
  return `${kafkaExceptionClass(code)}: ${errorFor(code).message}`;
}
