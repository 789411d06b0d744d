/**
 * A TCP proxy in front of the test ZooKeeper, so that a test can take one client's connection
 * away as a network partition would: `cut()` resets every proxied connection and refuses new
 * ones (the client sees its connection drop and keeps failing to reconnect), `blackhole()` keeps
 * accepting but forwards nothing (a connection that went silent), `heal()` restores forwarding.
 */
import net from 'node:net';

export type ProxyMode = 'forward' | 'cut' | 'blackhole';

export interface ZkProxy {
  /** `127.0.0.1:<port>` plus the chroot of `target`, for the client under test. */
  connect: string;
  cut(): void;
  blackhole(): void;
  heal(): void;
  close(): Promise<void>;
}

export async function startZkProxy(target: string): Promise<ZkProxy> {
  const slash = target.indexOf('/');
  const hostPort = slash >= 0 ? target.slice(0, slash) : target;
  const chroot = slash >= 0 ? target.slice(slash) : '';
  const [host, port] = hostPort.split(',')[0]!.split(':');
  let mode: ProxyMode = 'forward';
  const sockets = new Set<net.Socket>();
  const server = net.createServer((inbound) => {
    sockets.add(inbound);
    inbound.on('close', () => sockets.delete(inbound));
    inbound.on('error', () => undefined);
    if (mode === 'cut') {
      inbound.resetAndDestroy();
      return;
    }
    if (mode === 'blackhole') return;
    const outbound = net.connect({ host: host!, port: Number(port) });
    sockets.add(outbound);
    outbound.on('close', () => {
      sockets.delete(outbound);
      inbound.destroy();
    });
    outbound.on('error', () => undefined);
    inbound.on('close', () => outbound.destroy());
    inbound.pipe(outbound);
    outbound.pipe(inbound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  const dropAll = (): void => {
    for (const s of sockets) s.resetAndDestroy();
    sockets.clear();
  };
  return {
    connect: `127.0.0.1:${address.port}${chroot}`,
    cut: () => {
      mode = 'cut';
      dropAll();
    },
    blackhole: () => {
      mode = 'blackhole';
      dropAll();
    },
    heal: () => {
      mode = 'forward';
    },
    close: async () => {
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
