/** Errors of Kafka's ZooKeeper client layer that callers distinguish by type. */

import { BrokerIdZNode } from './paths';
import { SamsaError } from '../proto/errors';

export class TopicExistsError extends SamsaError {
  constructor(topic: string) {
    super(`Topic '${topic}' already exists.`);
  }
}

/** The controller epoch moved on: the caller is no longer controller and must resign. */
export class ControllerMovedError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

/** Another live session holds /brokers/ids/<id>. */
export class BrokerIdInUseError extends SamsaError {
  constructor(id: number) {
    super(`Error while creating ephemeral at ${BrokerIdZNode.path(id)}, node already exists and owner does not match current session`);
  }
}
