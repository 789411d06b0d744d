/**
 * Hands out producer ids for InitProducerId (Kafka's `ProducerIdManager`, ZooKeeper mode). Each
 * broker claims a block of ids (1000 by default) in /latest_producer_id_block with a conditional
 * write, so ids are unique cluster-wide without asking ZooKeeper per producer; ids left in a
 * block when the broker stops are simply never used.
 */
import { producerIdBlockSizeDefault } from '../../zk/leader-znode-writes';

/** The ZooKeeper side (KafkaZkClient satisfies it); bounds are inclusive. */
export interface ProducerIdBlockSource {
  allocateProducerIdBlock(brokerId: number, blockSize?: number): Promise<{ blockStart: number; blockEnd: number }>;
}

export interface ProducerIdManagerOptions {
  brokerId: number;
  source: ProducerIdBlockSource;
  blockSize?: number;
}

export class ProducerIdManager {
  private nextProducerId = 0;
  /** Inclusive end of the current block; below nextProducerId when no block is held. */
  private blockEnd = -1;
  /** The claim in progress: concurrent requests share it instead of claiming one block each. */
  private claiming: Promise<void> | undefined;
  private readonly blockSize: number;

  constructor(private readonly opts: ProducerIdManagerOptions) {
    this.blockSize = opts.blockSize ?? producerIdBlockSizeDefault;
    if (!Number.isInteger(this.blockSize) || this.blockSize <= 0) throw new RangeError(`producer id block size must be a positive integer, not ${this.blockSize}`);
  }

  async generateProducerId(): Promise<number> {
    while (this.nextProducerId > this.blockEnd) {
      this.claiming ??= this.claimBlock().finally(() => {
        this.claiming = undefined;
      });
      await this.claiming;
    }
    const id = this.nextProducerId;
    this.nextProducerId += 1;
    return id;
  }

  private async claimBlock(): Promise<void> {
    const block = await this.opts.source.allocateProducerIdBlock(this.opts.brokerId, this.blockSize);
    if (block.blockEnd < block.blockStart) throw new Error(`invariant: producer id block [${block.blockStart}, ${block.blockEnd}] is empty`);
    this.nextProducerId = block.blockStart;
    this.blockEnd = block.blockEnd;
  }
}
