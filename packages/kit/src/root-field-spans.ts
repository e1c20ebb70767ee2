import { type Attributes, context } from '@opentelemetry/api';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { clientErrorCode } from './errors.ts';
import { currentObservation } from './graphql-observation.ts';
import { activeTracer, markFailed } from './trace-context.ts';

const traced = new WeakSet<GraphQLSchema>();

/**
 * Gives every root field (each `Query` and `Mutation` field, `_entities` included) a span of its
 * own, active while its resolver runs, so that the SQL it sends and the look-ups it makes go under
 * it. Other fields run under the operation's span: a span per scalar would cost more than it tells.
 *
 * The resolvers are wrapped in place, once per schema, as Apollo Server does for its own resolver
 * hooks: a plugin's `willResolveField` is told a resolver starts, but cannot make a span active
 * for it. The wrapper uses the tracer of the request being served, so one schema may be served by
 * several instances.
 */
export function traceRootFields(schema: GraphQLSchema): GraphQLSchema {
  if (traced.has(schema)) return schema;
  traced.add(schema);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      field.resolve = inSpan(field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}

function inSpan(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, contextValue, info) => {
    const tracer = activeTracer();
    if (!tracer || !currentObservation()) return resolve(source, args, contextValue, info);
    const attributes: Attributes = {
      'graphql.field.name': info.fieldName,
      'graphql.field.parent_type': info.parentType.name,
      'graphql.field.path': String(info.path.key),
    };
    const representations = (args as { representations?: unknown }).representations;
    if (info.fieldName === '_entities' && Array.isArray(representations)) {
      attributes['graphql.entities.count'] = representations.length;
      attributes['graphql.entities.typenames'] = [
        ...new Set(representations.map((entity) => String((entity as { __typename?: unknown }).__typename))),
      ];
    }
    const name = `resolve ${info.parentType.name}.${info.fieldName}`;
    return tracer.startActiveSpan(name, { attributes }, context.active(), (span) => {
      const fail = (error: unknown) => {
        markFailed(span, error, clientErrorCode(error as { extensions?: Record<string, unknown> }));
        span.end();
        throw error;
      };
      let result: unknown;
      try {
        result = resolve(source, args, contextValue, info);
      } catch (error) {
        fail(error);
      }
      if (result instanceof Promise) {
        return result.then((value) => {
          span.end();
          return value;
        }, fail);
      }
      span.end();
      return result;
    });
  };
}
