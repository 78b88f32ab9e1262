import type { FastifyInstance } from "fastify";

/**
 * Once the server is closing, every answer still being sent ends its connection: a keep-alive socket
 * that turns idle after close began would otherwise hold shutdown until the keep-alive timeout.
 */
export function endConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", (_request, reply, payload, done) => {
    if (closing) reply.header("connection", "close");
    done(null, payload);
  });
}
