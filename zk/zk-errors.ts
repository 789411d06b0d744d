/** Errors of Kafka's ZooKeeper client layer that callers distinguish by type. */

import { BrokerIdZNode } from './paths';

export class TopicExistsError extends Error {
  constructor(topic: string) {
    super(`Topic '${topic}' already exists.`);
    this.name = 'TopicExistsError';
  }
}

/** The controller epoch moved on: the caller is no longer controller and must resign. */
export class ControllerMovedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ControllerMovedError';
  }
}

/** Another live session holds /brokers/ids/<id>. */
export class BrokerIdInUseError extends Error {
  constructor(id: number) {
    super(`Error while creating ephemeral at ${BrokerIdZNode.path(id)}, node already exists and owner does not match current session`);
    this.name = 'BrokerIdInUseError';
  }
}
