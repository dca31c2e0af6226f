import { RequestMethod } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { IS_PUBLIC } from '../decorators/public.decorator.js';

/**
 * Every Query, Mutation and HTTP route with the access it declares. A change to this list is a
 * permission change and is reviewed as one: add the endpoint here in the same change.
 * 'public' = reachable without a session; 'session' = the global guard requires a session.
 */
const DECLARED: Record<string, 'public' | 'session'> = {
  'Query.health': 'public',
  'GET /healthz': 'public',
  'GET /readyz': 'public',
};

describe('endpoint permission declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [DiscoveryModule] });
  });
  afterAll(() => t.close());

  function discovered(): Record<string, 'public' | 'session'> {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const found: Record<string, 'public' | 'session'> = {};
    const wrappers = [...discovery.getProviders(), ...discovery.getControllers()];
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      const classPublic = reflector.get<boolean>(IS_PUBLIC, instance.constructor) === true;
      for (const method of scanner.getAllMethodNames(proto)) {
        const handler = (proto as Record<string, unknown>)[method] as () => unknown;
        const access = classPublic || reflector.get<boolean>(IS_PUBLIC, handler) ? 'public' : 'session';
        const type = reflector.get<string>(RESOLVER_TYPE_METADATA, handler);
        if (type === 'Query' || type === 'Mutation' || type === 'Subscription') {
          found[`${type}.${reflector.get<string>(RESOLVER_NAME_METADATA, handler) ?? method}`] = access;
        }
        const path = reflector.get<string | string[]>(PATH_METADATA, handler);
        if (path !== undefined && wrapper.metatype && discovery.getControllers().includes(wrapper)) {
          const verb = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
          const base = reflector.get<string>(PATH_METADATA, instance.constructor) ?? '';
          const full = `/${[base, ...(Array.isArray(path) ? path : [path])].filter((p) => p && p !== '/').join('/')}`;
          found[`${verb} ${full}`] = access;
        }
      }
    }
    return found;
  }

  it('lists every endpoint with the access it declares', () => {
    expect(discovered()).toEqual(DECLARED);
  });
});
