import type { Client } from 'urql';
import { e2eHooks } from '../../e2e/lib/hooks';
import { MessageCrypto } from '../../e2e/lib/messageCrypto';
import { engineFor, type EngineSocket, type MessagingEngine } from './engine';

/**
 * The session's messaging engine with end-to-end encryption through this browser's device: every
 * place that starts the engine goes through here, so whichever starts it first, it encrypts.
 */
export function sessionEngine(socket: EngineSocket, userId: string, client: Client): MessagingEngine {
  return engineFor(socket, userId, () => new MessageCrypto(client, userId, e2eHooks(client)));
}

export { releaseEngine } from './engine';
