import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@cop/contracts';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, fieldExtensionsEstimator, simpleEstimator } from 'graphql-query-complexity';
import { type GraphQLSchema, separateOperations, validate, print, parse } from 'graphql';
import { AppError } from '../errors/app-error.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/**
 * Refuses a query before it runs when it is deeper than `maxDepth` or its estimated cost is above
 * `maxCost`. Each field costs 1; list fields declare their cost in `@Field({ complexity })`
 * (typically page size × child cost). Errors carry QUERY_TOO_DEEP / QUERY_TOO_COSTLY and HTTP 400.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const operationDoc = operationName ? onlyOperation(document, operationName) : document;
          const depthErrors = validate(schema, operationDoc, [depthLimit(limits.maxDepth)]);
          if (depthErrors.length > 0) {
            throw new AppError(
              ErrorCode.QUERY_TOO_DEEP,
              `This query is nested too deeply: the limit is ${limits.maxDepth} levels.`,
              { maxDepth: limits.maxDepth },
            );
          }
          const cost = estimateCost(schema, operationDoc, request.variables ?? {}, operationName);
          if (cost > limits.maxCost) {
            throw new AppError(
              ErrorCode.QUERY_TOO_COSTLY,
              `This query asks for too much at once (cost ${cost}, limit ${limits.maxCost}): request smaller pages.`,
              { cost, maxCost: limits.maxCost },
            );
          }
        },
      };
    },
  };
}

function onlyOperation(document: Parameters<typeof separateOperations>[0], name: string) {
  const separated = separateOperations(document)[name];
  return separated ? parse(print(separated)) : document;
}

function estimateCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    operationName: operationName ?? undefined,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}
