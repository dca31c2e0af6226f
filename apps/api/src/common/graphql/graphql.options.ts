import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { AppConfig } from '../../config/config.schema.js';
import { createFormatError, type ErrorSink } from './format-error.js';
import { queryLimitsPlugin } from './query-limits.plugin.js';

export interface GraphQLContext {
  req: Request;
  res: Response;
}

export function graphqlOptions(config: AppConfig, log: ErrorSink): Omit<ApolloDriverConfig, 'driver'> {
  const production = config.NODE_ENV === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      // Answers are private to the caller and never cached by HTTP caches; skipping the cache-control
      // plugin also spares a hook on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
      queryLimitsPlugin({ maxDepth: config.GRAPHQL_MAX_DEPTH, maxCost: config.GRAPHQL_MAX_COST }),
    ],
    formatError: createFormatError(log),
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
  };
}
