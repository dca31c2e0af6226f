/**
 * A stand-in for socket.io-client in tests (test/setup.ts mocks the module with this file): no
 * network; a test plays the server with `serverEmit` and `serverDisconnect`.
 */
type Handler = (...args: unknown[]) => void;

export interface FakeSocketOptions {
  path?: string;
  withCredentials?: boolean;
  transports?: string[];
}

export class FakeSocket {
  connected = true;
  connects = 1;
  private readonly handlers = new Map<string, Set<Handler>>();

  constructor(readonly options: FakeSocketOptions) {}

  on(event: string, handler: Handler): this {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)?.add(handler);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  removeAllListeners(): this {
    this.handlers.clear();
    return this;
  }

  connect(): this {
    this.connected = true;
    this.connects += 1;
    return this;
  }

  disconnect(): this {
    this.connected = false;
    return this;
  }

  /** The server sends `event`. */
  serverEmit(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }

  /** The server closes the connection (the session ended). */
  serverDisconnect(): void {
    this.connected = false;
    this.serverEmit('disconnect', 'io server disconnect');
  }
}

/** Every socket opened since the test began, oldest first. */
export const openedSockets: FakeSocket[] = [];

export function io(options: FakeSocketOptions = {}): FakeSocket {
  const socket = new FakeSocket(options);
  openedSockets.push(socket);
  return socket;
}
