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
  // Apollo keeps one parsed document per query text, so verdicts are remembered per document:
  // whether it is too deep (per operation) and its cost (per operation and variables, a few).
  const verdicts = new WeakMap<object, Map<string, { deep: boolean; costs: Map<string, number> }>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          let byOperation = verdicts.get(document);
          if (!byOperation) {
            byOperation = new Map();
            verdicts.set(document, byOperation);
          }
          let verdict = byOperation.get(operationName ?? '');
          const operationDoc = () => (operationName ? onlyOperation(document, operationName) : document);
          if (!verdict) {
            const deep = validate(schema, operationDoc(), [depthLimit(limits.maxDepth)]).length > 0;
            verdict = { deep, costs: new Map() };
            byOperation.set(operationName ?? '', verdict);
          }
          if (verdict.deep) {
            throw new AppError(
              ErrorCode.QUERY_TOO_DEEP,
              `This query is nested too deeply: the limit is ${limits.maxDepth} levels.`,
              { maxDepth: limits.maxDepth },
            );
          }
          const variablesKey = JSON.stringify(request.variables ?? {});
          let cost = verdict.costs.get(variablesKey);
          if (cost === undefined) {
            cost = estimateCost(schema, operationDoc(), request.variables ?? {}, operationName);
            // Reads repeat with the same small variables; writes carry texts not worth keeping.
            if (variablesKey.length <= 2000) {
              if (verdict.costs.size >= 32) verdict.costs.clear();
              verdict.costs.set(variablesKey, cost);
            }
          }
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
