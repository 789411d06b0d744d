#!/usr/bin/env python3
"""A minimal Samsa client written only from proto/*.proto and proto/README.md.

It shows that a client in another language needs nothing but protoc's output, the standard
library and a CRC-32C: modules are generated at import time with
`protoc -I proto --python_out=<tmp> proto/*.proto`.

    python3 samsa_client.py --emit-test-batch   # print one record batch as hex (for tests)
"""

import glob
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import zlib

PROTO_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', 'proto'))
PROTOC = os.environ.get('PROTOC', '/usr/bin/protoc')


def _generate_modules():
    """Runs protoc into a temporary directory and imports the envelope and record modules."""
    if not os.path.exists(PROTOC) and shutil.which('protoc') is None:
        sys.exit('samsa_client: protoc not found at %s nor on PATH (apt-get install protobuf-compiler)' % PROTOC)
    protoc = PROTOC if os.path.exists(PROTOC) else shutil.which('protoc')
    out_dir = tempfile.mkdtemp(prefix='samsa-proto-')
    protos = sorted(glob.glob(os.path.join(PROTO_DIR, '*.proto')))
    subprocess.run([protoc, '-I', PROTO_DIR, '--python_out=' + out_dir] + protos, check=True)
    sys.path.insert(0, out_dir)
    import cluster_pb2  # noqa: E402 (generated above)
    import envelope_pb2  # noqa: E402
    import produce_fetch_pb2  # noqa: E402
    import record_pb2  # noqa: E402
    import topics_pb2  # noqa: E402
    shutil.rmtree(out_dir, ignore_errors=True)  # the modules are loaded; the files are not needed
    return cluster_pb2, envelope_pb2, produce_fetch_pb2, record_pb2, topics_pb2


cluster_pb2, envelope_pb2, produce_fetch_pb2, record_pb2, topics_pb2 = _generate_modules()

API_PRODUCE, API_FETCH, API_METADATA, API_API_VERSIONS, API_CREATE_TOPICS = 0, 1, 3, 18, 19
# The Request/Response oneof field carrying each API's body (field number 100 + api key).
BODY_FIELD = {API_PRODUCE: 'produce', API_FETCH: 'fetch', API_METADATA: 'metadata',
              API_API_VERSIONS: 'api_versions', API_CREATE_TOPICS: 'create_topics'}
ERROR_NONE, ERROR_TOPIC_ALREADY_EXISTS = 0, 36
FRAME_BYTES_MAX = 100 * 1024 * 1024

# ----------------------------------------------------------------------------------------------
# CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), table driven.

def _crc32c_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32C_TABLE = _crc32c_table()


def crc32c(data):
    crc = 0xFFFFFFFF
    table = _CRC32C_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF

# ----------------------------------------------------------------------------------------------
# Record batches: the 61-byte v2 header, then a RecordSet protobuf.

# baseOffset, batchLength, partitionLeaderEpoch, magic, crc, attributes, lastOffsetDelta,
# firstTimestamp, maxTimestamp, producerId, producerEpoch, baseSequence, recordCount
BATCH_HEADER = struct.Struct('>qiiBIhiqqqhii')
BATCH_HEADER_BYTES = BATCH_HEADER.size  # 61
CRC_START = 21  # the CRC covers attributes through the end of the batch


def _as_bytes(data):
    return data.encode('utf-8') if isinstance(data, str) else data


def encode_batch(records):
    """records: list of dicts {key, value, timestamp, headers: [(key, value)]}; None = null."""
    if not records:
        raise ValueError('a batch needs at least one record')
    first_ts = records[0]['timestamp']
    record_set = record_pb2.RecordSet()
    for i, r in enumerate(records):
        rec = record_set.records.add()
        rec.timestamp_delta = r['timestamp'] - first_ts
        rec.offset_delta = i
        if r.get('key') is not None:
            rec.key = _as_bytes(r['key'])
        if r.get('value') is not None:
            rec.value = _as_bytes(r['value'])
        for hkey, hvalue in r.get('headers', []):
            header = rec.headers.add()
            header.key = hkey
            if hvalue is not None:
                header.value = _as_bytes(hvalue)
    body = record_set.SerializeToString()
    max_ts = max(r['timestamp'] for r in records)
    n = len(records)
    header = BATCH_HEADER.pack(0, BATCH_HEADER_BYTES - 12 + len(body), -1, 2, 0, 0, n - 1,
                               first_ts, max_ts, -1, -1, -1, n)
    batch = bytearray(header + body)
    struct.pack_into('>I', batch, 17, crc32c(batch[CRC_START:]))
    return bytes(batch)


def decode_batches(data):
    """Yields (offset, key, value) from fetched bytes; a partial trailing batch is ignored."""
    pos = 0
    out = []
    while pos + BATCH_HEADER_BYTES <= len(data):
        fields = BATCH_HEADER.unpack_from(data, pos)
        base_offset, batch_length, _epoch, magic, crc, attributes = fields[:6]
        size = 12 + batch_length
        if pos + size > len(data):
            break
        if magic != 2:
            raise ValueError('batch at byte %d has magic %d' % (pos, magic))
        if crc32c(data[pos + CRC_START:pos + size]) != crc:
            raise ValueError('batch at byte %d fails its CRC-32C' % pos)
        body = data[pos + BATCH_HEADER_BYTES:pos + size]
        codec = attributes & 0x07
        if codec == 1:
            body = zlib.decompress(body, 16 + zlib.MAX_WBITS)  # gzip
        elif codec != 0:
            raise ValueError('compression codec %d is not supported by this client' % codec)
        if not attributes & 0x20:  # control batches carry no application records
            record_set = record_pb2.RecordSet.FromString(body)
            for rec in record_set.records:
                key = rec.key if rec.HasField('key') else None
                value = rec.value if rec.HasField('value') else None
                out.append((base_offset + rec.offset_delta, key, value))
        pos += size
    return out

# ----------------------------------------------------------------------------------------------
# Connections: one frame = 4-byte big-endian length + one Request/Response protobuf.


class SamsaError(Exception):
    def __init__(self, code, message):
        super().__init__('error %d: %s' % (code, message))
        self.code = code


class Connection:
    def __init__(self, host, port, client_id='samsa-python', timeout_s=30.0):
        self.sock = socket.create_connection((host, port), timeout=timeout_s)
        self.client_id = client_id
        self.correlation_id = 0

    def close(self):
        self.sock.close()

    def _recv_exact(self, n):
        chunks = bytearray()
        while len(chunks) < n:
            chunk = self.sock.recv(n - len(chunks))
            if not chunk:
                raise ConnectionError('broker closed the connection')
            chunks.extend(chunk)
        return bytes(chunks)

    def send(self, api_key, body):
        """Sends one request and returns its response body (responses arrive in order)."""
        self.correlation_id += 1
        request = envelope_pb2.Request()
        request.header.api_key = api_key
        request.header.api_version = 0
        request.header.correlation_id = self.correlation_id
        request.header.client_id = self.client_id
        getattr(request, BODY_FIELD[api_key]).CopyFrom(body)
        payload = request.SerializeToString()
        self.sock.sendall(struct.pack('>I', len(payload)) + payload)
        (length,) = struct.unpack('>I', self._recv_exact(4))
        if length > FRAME_BYTES_MAX:
            raise ConnectionError('response frame of %d bytes is too large' % length)
        response = envelope_pb2.Response.FromString(self._recv_exact(length))
        if response.correlation_id != self.correlation_id:
            raise ConnectionError('correlation id %d, expected %d' % (response.correlation_id, self.correlation_id))
        if response.error_code != ERROR_NONE:
            raise SamsaError(response.error_code, response.error_message)
        return getattr(response, BODY_FIELD[api_key])

    def api_versions(self):
        return self.send(API_API_VERSIONS, cluster_pb2.ApiVersionsRequest(client_software_name='samsa-python'))

    def metadata(self, topics, allow_auto_topic_creation=False):
        request = cluster_pb2.MetadataRequest(topics=topics, all_topics=not topics,
                                               allow_auto_topic_creation=allow_auto_topic_creation)
        return self.send(API_METADATA, request)

    def create_topic(self, name, num_partitions=1, replication_factor=-1, timeout_ms=30000):
        request = topics_pb2.CreateTopicsRequest(timeout_ms=timeout_ms)
        request.topics.add(name=name, num_partitions=num_partitions, replication_factor=replication_factor)
        result = self.send(API_CREATE_TOPICS, request).topics[0]
        if result.error_code not in (ERROR_NONE, ERROR_TOPIC_ALREADY_EXISTS):
            raise SamsaError(result.error_code, result.error_message)
        return result.error_code

    def produce(self, topic, partition, batch, acks=1, timeout_ms=30000):
        """Returns the base offset assigned to the batch."""
        request = produce_fetch_pb2.ProduceRequest(acks=acks, timeout_ms=timeout_ms)
        request.topics.add(name=topic).partitions.add(partition=partition, records=batch)
        result = self.send(API_PRODUCE, request).topics[0].partitions[0]
        if result.error_code != ERROR_NONE:
            raise SamsaError(result.error_code, result.error_message)
        return result.base_offset

    def fetch(self, topic, partition, offset, max_wait_ms=500, max_bytes=1024 * 1024):
        """Returns (high_watermark, records bytes) for one partition."""
        request = produce_fetch_pb2.FetchRequest(replica_id=-1, max_wait_ms=max_wait_ms, min_bytes=1,
                                            max_bytes=max_bytes, isolation_level=0)
        request.topics.add(name=topic).partitions.add(
            partition=partition, current_leader_epoch=-1, fetch_offset=offset,
            log_start_offset=-1, partition_max_bytes=max_bytes)
        response = self.send(API_FETCH, request)
        if response.error_code != ERROR_NONE:
            raise SamsaError(response.error_code, 'fetch failed')
        result = response.topics[0].partitions[0]
        if result.error_code != ERROR_NONE:
            raise SamsaError(result.error_code, 'fetch of %s-%d failed' % (topic, partition))
        return result.high_watermark, result.records


def test_batch_records():
    """The records --emit-test-batch encodes (proto/python-batch.test.ts expects the same)."""
    records = [{'key': 'k%d' % i, 'value': 'v%d' % i, 'timestamp': 1700000000000 + 10 * i} for i in range(5)]
    records[0]['headers'] = [('h', 'x'), ('empty', None)]
    # A null key, an empty value and a timestamp before the first: negative delta.
    records.append({'key': None, 'value': b'', 'timestamp': 1699999999999})
    return records


if __name__ == '__main__':
    if sys.argv[1:] == ['--emit-test-batch']:
        print(encode_batch(test_batch_records()).hex())
    else:
        sys.exit('usage: samsa_client.py --emit-test-batch')
