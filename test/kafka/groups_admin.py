"""Kafka's group admin calls through kafka-python's KafkaAdminClient, against the Kafka listener.

Usage: groups_admin.py BOOTSTRAP LIVE_GROUP EMPTY_GROUP

Prints one JSON object: the groups listed (ListGroups), LIVE_GROUP described (DescribeGroups),
EMPTY_GROUP's committed offsets (OffsetFetch for all topics), the results of deleting both groups
(DeleteGroups), and the groups listed afterwards.
"""
import json
import sys

from kafka import KafkaAdminClient


def main():
    bootstrap, live, empty = sys.argv[1:4]
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="groups-admin", request_timeout_ms=30000)
    try:
        listed = sorted([g, t] for g, t in admin.list_consumer_groups())
        described = []
        for g in admin.describe_consumer_groups([live]):
            members = []
            for m in g.members:
                members.append({
                    "client_id": m.client_id,
                    "client_host": m.client_host,
                    "subscription": list(m.member_metadata.subscription),
                    "assignment": sorted([t, sorted(ps)] for t, ps in m.member_assignment.assignment),
                })
            described.append({
                "error_code": g.error_code, "group": g.group, "state": g.state,
                "protocol_type": g.protocol_type, "protocol": g.protocol, "members": members,
            })
        offsets = sorted([tp.topic, tp.partition, om.offset] for tp, om in admin.list_consumer_group_offsets(empty).items())
        deleted = sorted([g, err.errno] for g, err in admin.delete_consumer_groups([empty, live]))
        listed_after = sorted([g, t] for g, t in admin.list_consumer_groups())
    finally:
        admin.close()
    print(json.dumps({"listed": listed, "described": described, "offsets": offsets, "deleted": deleted, "listed_after": listed_after}))


if __name__ == "__main__":
    main()
