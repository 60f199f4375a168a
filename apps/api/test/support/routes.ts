import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';

export interface RegisteredRoute {
  /** `GET /api/users/:id` */
  key: string;
  method: string;
  path: string;
  controller: string;
  handler: string;
}

function paths(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : '/'];
}

function join(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p !== '')
    .join('/');
  return `/${joined}`;
}

/** Every handler method of a controller class, including inherited ones. */
export function handlersOf(controller: Type): Array<{ name: string; fn: object }> {
  const seen = new Set<string>();
  const result: Array<{ name: string; fn: object }> = [];
  for (
    let proto = controller.prototype as object | null;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || seen.has(name)) continue;
      const fn = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
      if (typeof fn !== 'function' || Reflect.getMetadata(PATH_METADATA, fn) === undefined) {
        continue;
      }
      seen.add(name);
      result.push({ name, fn });
    }
  }
  return result;
}

/**
 * Every route the running Nest application registered, read from its module container (the same
 * metadata Nest's router uses), with the global prefix.
 */
export function registeredRoutes(app: INestApplication, prefix = 'api'): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const bases = paths(Reflect.getMetadata(PATH_METADATA, controller));
      for (const { name, fn } of handlersOf(controller)) {
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod];
        for (const base of bases) {
          for (const sub of paths(Reflect.getMetadata(PATH_METADATA, fn))) {
            const path = join(prefix, base, sub);
            routes.push({
              key: `${method} ${path}`,
              method,
              path,
              controller: controller.name,
              handler: name,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}
