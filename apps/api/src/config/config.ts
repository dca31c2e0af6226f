import { z } from 'zod';
import { type AppConfig, CONFIG_VARIABLES, configProblems } from './config.schema.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration once, at start-up. An empty variable counts as unset.
 * Throws a ConfigError naming every variable that is wrong; never echoes a secret value.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const shape = Object.fromEntries(Object.entries(CONFIG_VARIABLES).map(([k, v]) => [k, v.schema]));
  const input = Object.fromEntries(
    Object.keys(CONFIG_VARIABLES).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const config = result.data as AppConfig;
  const problems = configProblems(config);
  if (problems.length > 0) throw new ConfigError(problems.map((p) => `${p.variable}: ${p.message}`));
  return Object.freeze(config);
}

/** The configuration with secrets masked, for a start-up log line. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => {
      const meta = CONFIG_VARIABLES[k as keyof typeof CONFIG_VARIABLES];
      return [k, meta?.secret && v !== undefined ? '[secret]' : v];
    }),
  );
}
