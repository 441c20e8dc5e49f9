/**
 * The example app's WebSocket protocol, a stand-in for the PAM assistant: `ping` gets a `pong`,
 * a `message` gets a short assistant reply, both echoing the client's `correlationId` so a
 * client can match answers to questions. Pure: text in, text out.
 */
/**
 * The reply to one frame, as JSON text; a frame that cannot be understood gets an `error` reply.
 * @param releaseId the running release, included in pongs so a client can see what it talks to
 */
export declare function assistantReply(frame: string, releaseId: string): string;
