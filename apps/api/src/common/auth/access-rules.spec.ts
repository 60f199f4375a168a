import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Controller, Get, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { describe, expect, it } from 'vitest';
import { ACCESS_KEY, Public, Roles } from './access.decorator.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function controllerFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return controllerFiles(full);
    return entry.name.endsWith('.controller.ts') ? [full] : [];
  });
}

function isController(value: unknown): value is Type {
  return typeof value === 'function' && Reflect.getMetadata(PATH_METADATA, value) !== undefined;
}

/** Handlers that declare neither `@Public()` nor `@Roles()`, on the method or on the class. */
function undeclaredHandlers(controller: Type): string[] {
  const proto = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(proto)
    .filter((name) => name !== 'constructor')
    .filter((name) => {
      const fn = proto[name];
      return typeof fn === 'function' && Reflect.getMetadata(METHOD_METADATA, fn) !== undefined;
    })
    .filter(
      (name) =>
        Reflect.getMetadata(ACCESS_KEY, proto[name] as object) === undefined &&
        Reflect.getMetadata(ACCESS_KEY, controller) === undefined,
    )
    .map((name) => `${controller.name}.${name}`);
}

describe('every endpoint states who may call it', () => {
  it('has @Public() or @Roles() on every handler of every controller in src', async () => {
    const controllers: Type[] = [];
    for (const file of controllerFiles(SRC)) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      controllers.push(...Object.values(module).filter(isController));
    }
    expect(controllers.map((c) => c.name)).toEqual(
      expect.arrayContaining(['AuthController', 'UsersController', 'AuditController']),
    );
    // Deny by default still protects a forgotten handler (admin only), but silence is a mistake.
    expect(controllers.flatMap(undeclaredHandlers)).toEqual([]);
  });

  it('notices a handler without a declaration', () => {
    @Controller('example')
    class ExampleController {
      @Get('open')
      @Public()
      open(): void {}

      @Get('staff')
      @Roles('admin')
      staff(): void {}

      @Get('forgotten')
      forgotten(): void {}
    }
    expect(undeclaredHandlers(ExampleController)).toEqual(['ExampleController.forgotten']);
  });
});
