import {
  BrokerIdZNode, ClusterIdZNode, ConfigEntityZNode, ControllerEpochZNode, ControllerZNode, DeleteTopicsTopicZNode,
  IsrChangeNotificationSequenceZNode, PersistentZkPaths, ProducerIdBlockZNode, TopicPartitionStateZNode, TopicZNode,
} from './paths';

describe('ZkData paths and codecs', () => {
  it('encodes a broker registration as Kafka version 4 JSON with every listener', () => {
    const data = BrokerIdZNode.encode({
      endpoints: [
        { listenerName: 'INTERNAL', securityProtocol: 'PLAINTEXT', host: 'broker1', port: 29092 },
        { listenerName: 'EXTERNAL', securityProtocol: 'PLAINTEXT', host: 'localhost', port: 9092 },
      ],
      rack: null,
    }, 1600000000000);
    expect(data.toString()).toBe(
      '{"version":4,"host":"broker1","port":29092,"jmx_port":-1,"timestamp":"1600000000000",'
      + '"endpoints":["INTERNAL://broker1:29092","EXTERNAL://localhost:9092"],'
      + '"listener_security_protocol_map":{"INTERNAL":"PLAINTEXT","EXTERNAL":"PLAINTEXT"},"rack":null}',
    );
    expect(BrokerIdZNode.path(3)).toBe('/brokers/ids/3');
    expect(BrokerIdZNode.decode(1, data)).toEqual({
      id: 1, rack: null, timestampMs: 1600000000000,
      endpoints: [
        { listenerName: 'INTERNAL', securityProtocol: 'PLAINTEXT', host: 'broker1', port: 29092 },
        { listenerName: 'EXTERNAL', securityProtocol: 'PLAINTEXT', host: 'localhost', port: 9092 },
      ],
    });
  });

  it('encodes the controller znode and the plain-decimal controller epoch', () => {
    expect(ControllerZNode.encode(2, 1600000000000).toString()).toBe('{"version":1,"brokerid":2,"timestamp":"1600000000000"}');
    expect(ControllerZNode.decode(Buffer.from('{"version":1,"brokerid":2,"timestamp":"1"}'))).toBe(2);
    expect(ControllerEpochZNode.encode(7).toString()).toBe('7');
    expect(ControllerEpochZNode.decode(Buffer.from('7'))).toBe(7);
  });

  it('encodes a topic assignment as version 2 with adding/removing replicas', () => {
    const data = TopicZNode.encode(new Map([[1, [2, 1]], [0, [1, 2]]]));
    expect(data.toString()).toBe('{"version":2,"partitions":{"0":[1,2],"1":[2,1]},"adding_replicas":{},"removing_replicas":{}}');
    expect(TopicZNode.decode(Buffer.from('{"version":1,"partitions":{"0":[1,2,3]}}')).partitions).toEqual(new Map([[0, [1, 2, 3]]]));
    expect(TopicZNode.path('t')).toBe('/brokers/topics/t');
  });

  it('encodes partition state with Kafka field names', () => {
    const data = TopicPartitionStateZNode.encode({ leader: 1, leaderEpoch: 0, isr: [1], controllerEpoch: 3 });
    expect(data.toString()).toBe('{"version":1,"leader":1,"leader_epoch":0,"isr":[1],"controller_epoch":3}');
    expect(TopicPartitionStateZNode.decode(data)).toEqual({ leader: 1, leaderEpoch: 0, isr: [1], controllerEpoch: 3 });
    expect(TopicPartitionStateZNode.path('t', 4)).toBe('/brokers/topics/t/partitions/4/state');
  });

  it('encodes the cluster id with a string version and a 22-character url-safe id', () => {
    const id = ClusterIdZNode.generateId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(ClusterIdZNode.encode('hB0HwZtYS9mN6hS3ffeALg').toString()).toBe('{"version":"1","id":"hB0HwZtYS9mN6hS3ffeALg"}');
    expect(ClusterIdZNode.decode(ClusterIdZNode.encode(id))).toBe(id);
  });

  it('encodes config entities, deletion markers, ISR notifications and producer id blocks', () => {
    expect(ConfigEntityZNode.path('topics', 't')).toBe('/config/topics/t');
    expect(ConfigEntityZNode.encode({ 'retention.ms': '3600000' }).toString()).toBe('{"version":1,"config":{"retention.ms":"3600000"}}');
    expect(ConfigEntityZNode.decode(undefined)).toEqual({});
    expect(DeleteTopicsTopicZNode.path('t')).toBe('/admin/delete_topics/t');
    expect(IsrChangeNotificationSequenceZNode.encode([{ topic: 't', partition: 0 }]).toString())
      .toBe('{"version":1,"partitions":[{"topic":"t","partition":0}]}');
    expect(ProducerIdBlockZNode.encode({ brokerId: 2, blockStart: 3000, blockEnd: 3999 }).toString())
      .toBe('{"version":1,"broker":2,"block_start":"3000","block_end":"3999"}');
  });

  it('lists the persistent containers brokers create at startup', () => {
    expect(PersistentZkPaths).toEqual(expect.arrayContaining([
      '/consumers', '/brokers/ids', '/brokers/topics', '/config/changes', '/admin/delete_topics', '/brokers/seqid',
      '/isr_change_notification', '/latest_producer_id_block', '/log_dir_event_notification',
      '/config/topics', '/config/clients', '/config/users', '/config/brokers',
    ]));
  });
});
