import { digestDemoLoader } from '../../digest/digest.demo.js';
import { discussionsDemoLoader } from '../../discussions/discussions.demo.js';
import { identityDemoLoader } from '../../identity/identity.demo.js';
import { jitDemoLoader } from '../../jit/jit.demo.js';
import { messagingDemoLoader } from '../../messaging/messaging.demo.js';
import type { DemoLoader } from './demo-loader.js';

/**
 * The one place where domains register their demo loaders, in dependency order (identity first:
 * other domains' demo content needs its people). Each domain adds its loader here.
 */
export const DEMO_LOADERS: readonly DemoLoader[] = [
  identityDemoLoader,
  discussionsDemoLoader,
  messagingDemoLoader,
  jitDemoLoader,
  digestDemoLoader,
];
