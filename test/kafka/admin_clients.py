#!/usr/bin/env python3
"""Topic admin through real Kafka clients against Samsa's KAFKA listener; one JSON line per step.

  admin_clients.py kafka-python <bootstrap> <topic> <broker-id>
  admin_clients.py confluent <bootstrap> <topic> <broker-id>

Each creates <topic> (and validates, without creating, <topic>-validated), describes the topic's
and broker <broker-id>'s configs, deletes <topic>, and prints what the broker answered.
"""
import json
import sys


def emit(step, **fields):
    print(json.dumps({"step": step, **fields}), flush=True)


def kafka_python(bootstrap, topic, broker_id):
    from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewTopic
    from kafka.errors import KafkaError

    admin = KafkaAdminClient(bootstrap_servers=bootstrap.split(","), client_id="admin-kafka-python",
                             request_timeout_ms=30000)
    try:
        created = admin.create_topics([NewTopic(topic, 3, 2, topic_configs={"retention.ms": "3600000"})], timeout_ms=30000)
        emit("create", version=created.API_VERSION, topics=[list(t[:2]) for t in created.topic_errors])
        validated = admin.create_topics([NewTopic(topic + "-validated", 2, 1)], timeout_ms=30000, validate_only=True)
        emit("validate", topics=[list(t[:2]) for t in validated.topic_errors])
        try:
            admin.create_topics([NewTopic(topic, 1, 1)], timeout_ms=30000)
            emit("create-again", error=None)
        except KafkaError as e:
            # KafkaAdminClient raises the first topic error it finds.
            emit("create-again", error=e.errno)

        described = admin.describe_configs([
            ConfigResource(ConfigResourceType.TOPIC, topic),
            ConfigResource(ConfigResourceType.BROKER, str(broker_id), configs={"broker.id": None}),
        ], include_synonyms=True)
        for response in described:
            for error_code, error_message, resource_type, resource_name, entries in response.resources:
                configs = {e[0]: {"value": e[1], "readOnly": e[2], "source": e[3], "isSensitive": e[4]} for e in entries}
                emit("describe", version=response.API_VERSION, errorCode=error_code, resourceType=resource_type,
                     resourceName=resource_name, configs=configs)

        deleted = admin.delete_topics([topic], timeout_ms=30000)
        emit("delete", version=deleted.API_VERSION, topics=[list(t[:2]) for t in deleted.topic_error_codes])
    finally:
        admin.close()


def confluent(bootstrap, topic, broker_id):
    from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic
    from confluent_kafka import KafkaException

    admin = AdminClient({"bootstrap.servers": bootstrap, "client.id": "admin-confluent"})

    def outcome(future):
        try:
            future.result(timeout=60)
            return "ok"
        except KafkaException as e:
            return e.args[0].name()

    futures = admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=3, config={"cleanup.policy": "compact"})],
                                  operation_timeout=30, request_timeout=60)
    emit("create", result=outcome(futures[topic]))
    futures = admin.create_topics([NewTopic(topic + "-validated", num_partitions=1, replication_factor=1)],
                                  validate_only=True, request_timeout=60)
    emit("validate", result=outcome(futures[topic + "-validated"]))
    futures = admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)], request_timeout=60)
    emit("create-again", result=outcome(futures[topic]))

    for resource in (ConfigResource("topic", topic), ConfigResource("broker", str(broker_id))):
        entries = admin.describe_configs([resource], request_timeout=60)[resource].result(timeout=60)
        emit("describe", resourceType=str(resource.restype), configs={
            name: {"value": e.value, "source": int(e.source), "readOnly": e.is_read_only, "isDefault": e.is_default,
                   "isSensitive": e.is_sensitive}
            for name, e in entries.items()})

    futures = admin.delete_topics([topic], operation_timeout=30, request_timeout=60)
    emit("delete", result=outcome(futures[topic]))


if __name__ == "__main__":
    client, bootstrap, topic_name, broker = sys.argv[1:5]
    {"kafka-python": kafka_python, "confluent": confluent}[client](bootstrap, topic_name, int(broker))
