"""Records as JSON lines, shared by the client scripts of test/kafka-clients/.

Keys, values and header values travel as hex (or null) so that the TypeScript side can compare
them byte for byte; header keys are strings. A record to produce:
  {"partition": 0, "key": "6b31", "value": "7631", "headers": [["h", "7631"]], "timestamp": 1700000000000}
A record read back adds "topic" and "offset". Every script prints one JSON object per line on
stdout and its diagnostics on stderr, and exits non-zero when it could not do what was asked.
"""
import json
import sys


def from_hex(text):
    return None if text is None else bytes.fromhex(text)


def to_hex(data):
    if data is None:
        return None
    if isinstance(data, str):
        data = data.encode('utf-8')
    return bytes(data).hex()


def read_records(stream):
    """The records to produce, one JSON object per non-empty line of stream."""
    return [json.loads(line) for line in stream if line.strip()]


def header_list(record):
    return [(k, from_hex(v)) for k, v in record.get('headers') or []]


def emit(obj):
    sys.stdout.write(json.dumps(obj, sort_keys=True) + '\n')
    sys.stdout.flush()


def read_record(topic, partition, offset, timestamp, key, value, headers):
    return {
        'topic': topic, 'partition': partition, 'offset': offset, 'timestamp': timestamp,
        'key': to_hex(key), 'value': to_hex(value),
        'headers': [[k, to_hex(v)] for k, v in headers or []],
    }


def fail(message):
    sys.stderr.write(message + '\n')
    sys.exit(1)


def run_command(commands, usage):
    """Runs the sub-command named by argv[1] with the remaining arguments, or prints usage."""
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        fail(usage)
    commands[sys.argv[1]](*sys.argv[2:])
