"""kafka-python (Debian python3-kafka) manages ACLs on Samsa's KAFKA listener.

  kafka_python_acls.py <bootstrap> <topic>
Creates an ALLOW Read ACL for User:py on the topic, describes the topic's ACLs, deletes them,
describes again, and prints one JSON line with what each step returned.
"""
import json
import sys

from kafka.admin import (ACL, ACLFilter, ACLOperation, ACLPermissionType, ACLResourcePatternType,
                         KafkaAdminClient, ResourcePattern, ResourcePatternFilter, ResourceType)


def error_name(error):
    return error.__name__ if isinstance(error, type) else type(error).__name__


def describe(admin, topic_filter):
    acls, error = admin.describe_acls(topic_filter)
    return {'error': error_name(error),
            'acls': sorted([a.principal, a.host, a.operation.name, a.permission_type.name, a.resource_pattern.resource_name] for a in acls)}


def main():
    bootstrap, topic = sys.argv[1], sys.argv[2]
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=30000)
    try:
        acl = ACL(principal='User:py', host='*', operation=ACLOperation.READ, permission_type=ACLPermissionType.ALLOW,
                  resource_pattern=ResourcePattern(ResourceType.TOPIC, topic))
        created = admin.create_acls([acl])
        topic_filter = ACLFilter(principal=None, host=None, operation=ACLOperation.ANY, permission_type=ACLPermissionType.ANY,
                                 resource_pattern=ResourcePatternFilter(ResourceType.TOPIC, topic, ACLResourcePatternType.LITERAL))
        described = describe(admin, topic_filter)
        deleted = admin.delete_acls([topic_filter])
        after = describe(admin, topic_filter)
        print(json.dumps({
            'created': len(created['succeeded']), 'failed': [str(f) for f in created['failed']],
            'described': described,
            'deleted': [[len(matches), error_name(error)] for _filter, matches, error in deleted],
            'after': after,
        }))
    finally:
        admin.close()


if __name__ == '__main__':
    main()
