/**
 * Follows one ACL change store (Kafka's ZkNodeChangeNotificationListener): a child watch on
 * /kafka-acl-changes (or /kafka-acl-extended-changes) wakes it, it hands every notification newer
 * than the last one it executed to `onChange` (which re-reads that pattern's ACLs), then deletes
 * notifications older than `aclChangeExpirationMs` as Kafka does. Runs are serial; a wake-up
 * during a run causes one more run. A failed run is retried after `aclChangeRetryBackoffMs`.
 * `close()` stops it.
 */
import type { Logger } from 'pino';
import { AclChangeNotificationZNode } from '../../../zk/paths';
import type { ZkAclStore } from '../../../zk/acl-store';
import type { ResourcePattern } from '../acl';

/** Kafka's ZkNodeChangeNotificationListener changeExpirationMs default: 15 minutes. */
export const aclChangeExpirationMs = 15 * 60_000;
/** Pause before retrying a run that failed (ZooKeeper unreachable). */
export const aclChangeRetryBackoffMs = 1_000;

export interface AclChangeListenerOptions {
  store: ZkAclStore;
  changePath: string;
  onChange: (pattern: ResourcePattern) => Promise<void>;
  nowMs: () => number;
  logger: Logger;
  expirationMs?: number;
}

export class AclChangeListener {
  private lastExecutedChange = -1;
  private running: Promise<void> | undefined;
  private rerun = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: AclChangeListenerOptions) {}

  /** Processes the notifications present now (and sets the watch); resolves when done. */
  async start(): Promise<void> {
    this.trigger();
    await this.idle();
  }

  /** Schedules a run (a watch fired, or a new ZooKeeper session lost the watch). */
  trigger(): void {
    if (this.closed) return;
    if (this.running !== undefined) {
      this.rerun = true;
      return;
    }
    this.running = this.runLoop().finally(() => {
      this.running = undefined;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    await this.running;
  }

  private async idle(): Promise<void> {
    while (this.running !== undefined) await this.running;
  }

  private async runLoop(): Promise<void> {
    do {
      this.rerun = false;
      try {
        await this.processNotifications();
      } catch (err) {
        if (this.closed) return;
        this.opts.logger.warn({ err, changePath: this.opts.changePath, retryMs: aclChangeRetryBackoffMs }, 'could not process ACL change notifications; retrying');
        this.retryTimer = setTimeout(() => this.trigger(), aclChangeRetryBackoffMs);
        return;
      }
    } while (this.rerun && !this.closed);
  }

  private async processNotifications(): Promise<void> {
    const { store, changePath } = this.opts;
    const children = await store.getChangeNotifications(changePath, () => this.trigger());
    for (const child of children) {
      if (this.closed) return;
      const changeId = sequenceNumberOf(child);
      if (changeId === undefined || changeId <= this.lastExecutedChange) continue;
      const notification = await store.getChangeNotification(changePath, child);
      if (notification?.unreadable !== undefined) {
        this.opts.logger.warn({ changePath, child, problem: notification.unreadable }, 'ignoring an unreadable ACL change notification');
      } else if (notification?.pattern !== undefined) {
        await this.opts.onChange(notification.pattern);
      }
      this.lastExecutedChange = changeId;
    }
    await this.purgeObsoleteNotifications(children);
  }

  private async purgeObsoleteNotifications(children: readonly string[]): Promise<void> {
    const { store, changePath } = this.opts;
    const nowMs = this.opts.nowMs();
    const expirationMs = this.opts.expirationMs ?? aclChangeExpirationMs;
    for (const child of children) {
      if (this.closed) return;
      const ctimeMs = await store.getChangeNotificationCtime(changePath, child);
      if (ctimeMs !== undefined && nowMs - ctimeMs > expirationMs) await store.deleteChangeNotification(changePath, child);
    }
  }
}

function sequenceNumberOf(child: string): number | undefined {
  if (!child.startsWith(AclChangeNotificationZNode.sequencePrefix)) return undefined;
  const n = Number(child.slice(AclChangeNotificationZNode.sequencePrefix.length));
  return Number.isInteger(n) ? n : undefined;
}
