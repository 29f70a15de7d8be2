import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Connections held open at most: a browser keeps ~6 per host; the rest is room to spare. */
export const DEFAULT_MAX_CONNECTIONS = 64;
/** The whole request head must arrive within this time (a slow-headers client is dropped). */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** A whole request, body included (a 64 MB commit over loopback takes well under a second). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;
/** An idle kept-alive connection is closed after this time. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

export interface ConnectionLimits {
  maxConnections?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

interface Tracked {
  /** A request is being answered on it. */
  busy: number;
  /** It has carried a request with the access token: the app's own. */
  trusted: boolean;
}

/**
 * Keeps the host answering its own app however many sockets others open. Node's timeouts drop
 * slow or silent clients (checked every second, not every 30 s); past `maxConnections`, each new
 * connection makes room by closing the oldest idle one, a stranger's before the app's own
 * (a connection is the app's once it carried a request with the token). Only when every
 * connection is answering a request is the newcomer itself turned away.
 */
export class ConnectionGuard {
  private readonly sockets = new Map<Socket, Tracked>();
  readonly maxConnections: number;

  constructor(server: Server, limits: ConnectionLimits = {}) {
    this.maxConnections = limits.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
    server.headersTimeout = limits.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
    server.requestTimeout = limits.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    server.on('connection', (socket: Socket) => this.admit(socket));
  }

  /** How many connections are open now (tests, diagnostics). */
  get size(): number {
    return this.sockets.size;
  }

  /** Marks the start of a request on `socket`; call `done` when its reply is finished. */
  begin(socket: Socket, trusted: boolean): () => void {
    const t = this.sockets.get(socket);
    if (!t) return () => undefined;
    t.busy++;
    if (trusted) t.trusted = true;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      t.busy--;
    };
  }

  private admit(socket: Socket): void {
    this.sockets.set(socket, { busy: 0, trusted: false });
    socket.once('close', () => this.sockets.delete(socket));
    if (this.sockets.size <= this.maxConnections) return;
    const victim = this.oldestIdle(false, socket) ?? this.oldestIdle(true, socket);
    (victim ?? socket).destroy();
  }

  /** The oldest idle connection other than `except` (Maps keep insertion order). */
  private oldestIdle(trusted: boolean, except: Socket): Socket | null {
    for (const [s, t] of this.sockets) if (s !== except && t.busy === 0 && t.trusted === trusted) return s;
    return null;
  }
}
