import { EvidenceController } from './evidence.controller.js';
import { EvidenceLoaderFactory } from './evidence.loaders.js';
import { CustodyEventResolver, EvidenceResolver } from './evidence.resolver.js';
import { EvidenceService } from './evidence.service.js';

/**
 * The evidence register and chain of custody, registered in JitModule (they use its
 * JitActivityService): GraphQL, the loaders, and the download and export routes.
 */
export const EVIDENCE_PROVIDERS = [
  EvidenceService,
  EvidenceLoaderFactory,
  EvidenceResolver,
  CustodyEventResolver,
];
export const EVIDENCE_CONTROLLERS = [EvidenceController];
export { EvidenceService };
