import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Drainable {
  /**
   * Stops taking connections and lets the requests in flight finish, for at most `timeoutMs`.
   * Resolves with how many responses were still unfinished at the deadline and were cut off.
   */
  drain(timeoutMs: number): Promise<{ cut: number }>;
}

/**
 * Node's `server.close()` stops listening but keeps every keep-alive connection
 * open until the client lets go, and answers in-flight requests with
 * `Connection: keep-alive`. So the hub keeps the set of unfinished responses:
 * at a drain each is marked `Connection: close` (the client opens its next
 * connection elsewhere instead of being cut off), and idle connections close at once.
 */
export function drainable(server: Server): Drainable {
  const open = new Set<ServerResponse>();
  let draining = false;
  const closeAfterResponse = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    res.once('close', () => open.delete(res));
    // A request a client sent (or pipelined) on its open connection after the drain began.
    if (draining) closeAfterResponse(res);
  });

  return {
    async drain(timeoutMs) {
      draining = true;
      open.forEach(closeAfterResponse);
      const closed = new Promise<void>((done) => server.close(() => done()));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'deadline'>((done) => (timer = setTimeout(done, timeoutMs, 'deadline')));
      const outcome = await Promise.race([closed.then(() => 'drained' as const), deadline]);
      clearTimeout(timer);
      if (outcome === 'drained') return { cut: 0 };
      const cut = open.size;
      server.closeAllConnections();
      await closed;
      return { cut };
    },
  };
}
